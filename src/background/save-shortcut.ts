/**
 * Feature: save from the keyboard (command "save-article", Alt+Shift+S) and from the
 * context menu ("Save to Quiet Reader" on a page, and on a link without opening it). The
 * result shows as a toast with Undo in the tab.
 */
import { sendToTab } from "../messages/send-message.js";
import type { SaveReply } from "../messages/messages.js";
import { browser } from "../platform/browser-api.js";
import { t } from "../platform/i18n.js";
import { ensureContentScript } from "../messages/reader-tab.js";
import { commandsApi, contextMenusApi } from "./optional-apis.js";
import { saveUrl, type ExtractFetchedPage } from "./save-link.js";
import { saveTab } from "./save-tab.js";

export const SAVE_COMMAND = "save-article";
export const SAVE_PAGE_MENU_ID = "save-page";
export const SAVE_LINK_MENU_ID = "save-link";

async function report(tabId: number | undefined, reply: SaveReply): Promise<void> {
  if (tabId === undefined) return;
  if (!reply.ok) console.warn("Quiet Reader: save failed", reply.error, reply.detail);
  try {
    await ensureContentScript(tabId);
    if (reply.ok) await sendToTab<"library/show-saved">(tabId, { type: "library/show-saved", title: reply.title, undoToken: reply.undoToken, created: reply.created });
    else await sendToTab<"library/show-failed">(tabId, { type: "library/show-failed", error: reply.error });
  } catch {
    // A page where scripts cannot run: the badge says it instead.
    await browser.action.setBadgeText({ tabId, text: reply.ok ? "✓" : "!" }).catch(() => {});
  }
}

/** Opens the library page asking the user to confirm (and grant) saving this link. */
async function askInLibrary(url: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`library/library.html?save=${encodeURIComponent(url)}`) });
}

export function registerSaveShortcut(extractFetchedPage: ExtractFetchedPage): void {
  // Firefox for Android has neither keyboard commands nor context menus.
  commandsApi()?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    if (command !== SAVE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await report(tabId, await saveTab(tabId));
  });
  const menus = contextMenusApi();
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    menus.create({ id: SAVE_PAGE_MENU_ID, title: t("saveToLibraryMenu"), contexts: ["page"] });
    menus.create({ id: SAVE_LINK_MENU_ID, title: t("saveLinkToLibraryMenu"), contexts: ["link"] });
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_PAGE_MENU_ID && tab?.id !== undefined) {
      const tabId = tab.id;
      void saveTab(tabId).then((reply) => report(tabId, reply));
    }
    if (info.menuItemId === SAVE_LINK_MENU_ID && info.linkUrl && /^https?:/i.test(info.linkUrl)) {
      const url = info.linkUrl;
      // Requested synchronously inside the click's user gesture; where the browser does not
      // allow that from the background, the library page asks instead.
      let request: Promise<boolean>;
      try {
        request = browser.permissions.request({ origins: [`${new URL(url).origin}/*`] });
      } catch {
        request = Promise.reject(new Error("no gesture"));
      }
      void request
        .then(async (granted) => (granted ? report(tab?.id, await saveUrl(url, extractFetchedPage)) : askInLibrary(url)))
        .catch(() => askInLibrary(url));
    }
  });
}
