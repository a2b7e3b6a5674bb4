/**
 * The library page: lists saved articles (search, filter by site and tag, sort), opens one
 * in the reader offline, exports it (HTML, Markdown) or everything (Markdown zip, JSON
 * backup), imports a backup, deletes with undo, edits tags, shows used space, holds the
 * saving settings, and confirms saving a link when the menu could not ask for permission.
 */
import { sanitizeHtml } from "../core/sanitize-html.js";
import { articleHtmlFile, articleMarkdownFile } from "../export/export-article.js";
import { jsonBackupFile, markdownLibraryZip } from "../export/export-library.js";
import { sendToExtension } from "../messages/send-message.js";
import { browser } from "../platform/browser-api.js";
import { t } from "../platform/i18n.js";
import { localizePage } from "../platform/localize-page.js";
import { DEFAULT_BACKUP_LIMITS, parseBackup } from "../storage/backup.js";
import { LibraryError } from "../storage/library-error.js";
import { DEFAULT_LIBRARY_SETTINGS, loadLibrarySettings, saveLibrarySettings, type LocalAreaLike } from "../storage/library-settings.js";
import { LibraryStore } from "../storage/library-store.js";
import type { LibraryItem, LibraryQuery, LibrarySort } from "../storage/library-types.js";
import { currentReader, openSavedArticle } from "./article-reader.js";
import { queryOverlay } from "../content/overlay/test-access.js";
import { downloadFile, formatBytes } from "./download.js";
import { fillSelect, renderItems, type ItemAction } from "./list-view.js";
import { saveErrorKey } from "../ui/save-messages.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const MB = 1024 * 1024;

const search = $<HTMLInputElement>("search");
const siteFilter = $<HTMLSelectElement>("filter-site");
const tagFilter = $<HTMLSelectElement>("filter-tag");
const sort = $<HTMLSelectElement>("sort");
const list = $<HTMLUListElement>("articles");
const status = $<HTMLParagraphElement>("status");
const empty = $<HTMLParagraphElement>("empty");
const usage = $<HTMLParagraphElement>("usage");

let store: LibraryStore;

function say(text: string, action?: { label: string; run: () => void }): void {
  status.replaceChildren(text);
  if (action) {
    const button = document.createElement("button");
    button.type = "button";
    button.id = "status-action";
    button.textContent = action.label;
    button.addEventListener("click", () => {
      button.disabled = true;
      action.run();
    });
    status.append(button);
  }
}

function query(): LibraryQuery {
  return { search: search.value, site: siteFilter.value || undefined, tag: tagFilter.value || undefined, sort: sort.value as LibrarySort };
}

let refreshes = 0;

/** Re-runs the query and redraws the list (what typing in the search box needs). */
async function refreshList(): Promise<void> {
  const turn = ++refreshes;
  const items = await store.list(query());
  // A later refresh (the user typed on) has started: its results win.
  if (turn !== refreshes) return;
  renderItems(list, items, (action, item) => void act(action, item));
  empty.hidden = items.length > 0;
  empty.textContent = list.dataset.total === "0" ? t("libEmpty") : t("libNoResults");
}

/** After a change: the filters' choices and the used space too. */
async function refresh(): Promise<void> {
  const [facets, used] = await Promise.all([store.facets(), store.usage()]);
  fillSelect(siteFilter, [["", t("libAllSites")], ...facets.sites.map((s): [string, string] => [s, s])], siteFilter.value);
  fillSelect(tagFilter, [["", t("libAllTags")], ...facets.tags.map((s): [string, string] => [s, s])], tagFilter.value);
  usage.textContent = t("libUsage", [String(used.articles), formatBytes(used.bytes)]);
  list.dataset.total = String(used.articles);
  await refreshList();
}

async function open(id: string): Promise<void> {
  const saved = await store.get(id);
  if (!saved) {
    say(t("libNotFound"));
    history.replaceState(null, "", location.pathname);
    return;
  }
  if (new URLSearchParams(location.search).get("id") !== id) history.pushState(null, "", `?id=${encodeURIComponent(id)}`);
  await openSavedArticle(saved, () => {
    if (new URLSearchParams(location.search).has("id")) history.replaceState(null, "", location.pathname);
    void refresh();
  });
}

async function act(action: ItemAction, item: LibraryItem): Promise<void> {
  if (action === "open") return open(item.id);
  if (action === "delete") {
    const token = await store.delete(item.id);
    await refresh();
    say(t("libDeleted", item.title), { label: t("undo"), run: () => void store.undo(token).then(refresh).then(() => say(t("saveUndone"))) });
    return;
  }
  if (action === "tags") {
    const answer = prompt(t("libTagsPrompt"), item.tags.join(", "));
    if (answer === null) return;
    await store.setTags(item.id, answer.split(","));
    return refresh();
  }
  const saved = await store.get(item.id);
  if (!saved) return say(t("libNotFound"));
  if (action === "markdown") return downloadFile(document, articleMarkdownFile(saved));
  const { loadRemoteImages } = await loadLibrarySettings(browser.storage.local as unknown as LocalAreaLike).catch(() => DEFAULT_LIBRARY_SETTINGS);
  downloadFile(
    document,
    articleHtmlFile(saved, {
      remoteImages: loadRemoteImages ? "load" : "link",
      label: (alt, size) => (size ? t("libExportRemoteImageSized", [alt || t("imageWithoutAlt"), size]) : t("libExportRemoteImage", alt || t("imageWithoutAlt"))),
      doc: document,
    }),
  );
}

async function importFile(file: File): Promise<void> {
  let message: string;
  try {
    if (file.size > DEFAULT_BACKUP_LIMITS.maxFileChars) throw new LibraryError("invalid-backup", `the file is larger than ${formatBytes(DEFAULT_BACKUP_LIMITS.maxFileChars)}`);
    const records = parseBackup(await file.text(), (html) => sanitizeHtml(html, window));
    const result = await store.importRecords(records);
    message = t("libImported", [String(result.added), String(result.updated), String(result.unchanged)]);
  } catch (error) {
    if (error instanceof LibraryError && error.code === "invalid-backup") message = t("libImportRejected", error.message);
    else if (error instanceof LibraryError && error.code === "quota") message = t("libImportQuota");
    else message = t("saveFailed");
  }
  // The list shows the outcome before the status line announces it.
  await refresh();
  say(message);
}

async function initSettings(): Promise<void> {
  const area = browser.storage.local as unknown as LocalAreaLike;
  const inline = $<HTMLInputElement>("inline-images");
  const loadRemote = $<HTMLInputElement>("load-remote-images");
  const maxImage = $<HTMLInputElement>("max-image");
  const maxArticle = $<HTMLInputElement>("max-article");
  const settings = await loadLibrarySettings(area);
  inline.checked = settings.inlineImages;
  loadRemote.checked = settings.loadRemoteImages;
  maxImage.value = String(settings.maxImageBytes / MB);
  maxArticle.value = String(settings.maxArticleImageBytes / MB);
  const store = async () => {
    await saveLibrarySettings(area, {
      inlineImages: inline.checked,
      maxImageBytes: Math.round(Math.max(0, Number(maxImage.value) || 0) * MB),
      maxArticleImageBytes: Math.round(Math.max(0, Number(maxArticle.value) || 0) * MB),
      loadRemoteImages: loadRemote.checked,
    });
    say(t("libSettingsSaved"));
  };
  for (const input of [inline, loadRemote, maxImage, maxArticle]) input.addEventListener("change", () => void store());
}

function initSaveLink(url: string): void {
  const section = $<HTMLElement>("save-link");
  const button = $<HTMLButtonElement>("save-link-button");
  $<HTMLElement>("save-link-url").textContent = url;
  section.hidden = false;
  button.addEventListener("click", () => {
    button.disabled = true;
    // Asked first thing in the click: browsers only show the prompt inside a user gesture.
    void browser.permissions
      .request({ origins: [`${new URL(url).origin}/*`] })
      .then(async (granted) => {
        const reply = granted ? await sendToExtension<"library/save-url">({ type: "library/save-url", url }) : { ok: false as const, error: "permission" as const, detail: "" };
        if (reply.ok) section.hidden = true;
        // The list first, then the status: "Saved" never announces an article the list does not show yet.
        await refresh();
        say(reply.ok ? t(reply.created ? "savedToLibrary" : "updatedInLibrary", reply.title) : t(saveErrorKey(reply.error)));
      })
      .finally(() => {
        button.disabled = false;
      });
  });
}

async function init(): Promise<void> {
  localizePage(document);
  document.title = t("libTitle");
  search.placeholder = t("libSearch");
  search.setAttribute("aria-label", t("libSearch"));
  siteFilter.setAttribute("aria-label", t("libAllSites"));
  tagFilter.setAttribute("aria-label", t("libAllTags"));
  sort.setAttribute("aria-label", t("libSort"));
  fillSelect(sort, [["saved-desc", t("libSortNewest")], ["saved-asc", t("libSortOldest")], ["title", t("libSortTitle")], ["site", t("libSortSite")]], "saved-desc");
  store = await LibraryStore.open();
  for (const control of [siteFilter, tagFilter, sort]) control.addEventListener("change", () => void refreshList());
  let typing: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => void refreshList(), 120);
  });
  $("export-zip").addEventListener("click", async () => downloadFile(document, markdownLibraryZip(await store.exportAll(), new Date())));
  $("export-json").addEventListener("click", async () => downloadFile(document, jsonBackupFile(await store.exportAll(), new Date())));
  const fileInput = $<HTMLInputElement>("import-file");
  $("import-button").addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    fileInput.value = "";
    if (file) void importFile(file);
  });
  // Saves made elsewhere (popup, shortcut, menu) show up when the page is looked at again.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && !currentReader()) void refresh();
  });
  window.addEventListener("popstate", () => {
    const id = new URLSearchParams(location.search).get("id");
    if (id) void open(id);
    else currentReader()?.close();
  });
  void initSettings();
  const params = new URLSearchParams(location.search);
  const saveUrl = params.get("save");
  if (saveUrl && /^https?:\/\//i.test(saveUrl)) initSaveLink(saveUrl);
  await refresh();
  const id = params.get("id");
  if (id) await open(id);
  document.documentElement.dataset.ready = "true";
  // Reading every article's text is the slow part of the first search: do it while idle.
  setTimeout(() => void store.warmSearch().catch(() => {}), 300);
}

declare global {
  /** Test build only (`__QR_TEST_BUILD__`): what the reader opened from the library shows. */
  var __quietLibrary: { reader: () => ReturnType<NonNullable<ReturnType<typeof currentReader>>["inspect"]> | null; imageStates: () => Array<{ src: string; loaded: boolean }> } | undefined;
}

if (__QR_TEST_BUILD__) {
  globalThis.__quietLibrary = {
    reader: () => currentReader()?.inspect() ?? null,
    imageStates: () => {
      const reader = currentReader();
      const out: Array<{ src: string; loaded: boolean }> = [];
      for (let i = 0; reader; i++) {
        const img = queryOverlay(reader, "article img", i) as HTMLImageElement | null;
        if (!img) break;
        out.push({ src: img.src.slice(0, 40), loaded: img.complete && img.naturalWidth > 0 });
      }
      return out;
    },
  };
}

void init();
