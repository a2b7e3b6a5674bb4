/**
 * The reader overlay: a full-viewport modal dialog in a closed shadow root, so page CSS
 * cannot restyle it and page scripts cannot reach into it. It renders an Article (or a "no
 * article" message) with the user's typography and theme, the contents and the removed-blocks
 * audit, and hosts the reading tools (typography, read aloud, element picker, print, keyboard
 * help, lightbox), which register themselves in tools/ (tools/tool.ts): this shell builds their
 * toolbar controls, panels, shortcuts and Esc from the registry and starts a tool on first use,
 * loading its lazy bundle when it has one. While open the page is inert and does not scroll;
 * closing restores it exactly.
 */
import type { Article } from "../../core/article.js";
import type { RemovedBlockSource } from "../../core/removed-blocks.js";
import { t } from "../../platform/i18n.js";
import { DEFAULT_SETTINGS, nextCycleTheme, stepValue, type ReaderSettings } from "../../settings/schema.js";
import { matchRules, type HideRule } from "../../settings/site-rules.js";
import { applySettings } from "../../ui/apply-settings.js";
import { renderHeader } from "./article-header.js";
import { gateEvents, trustedOnly, type AcceptEvent } from "./event-gate.js";
import { trapTab } from "./focus-trap.js";
import { actionForKey, type KeyAction } from "./keyboard.js";
import overlayCss from "./overlay.css";
import { guardPage, type PageGuard } from "./page-guard.js";
import type { ReadAloudState } from "./read-aloud.js";
import { staticLoader, type LazyLoad } from "../lazy/registry.js";
import { RemovedPanel, type NormaliseText } from "./removed-panel.js";
import { lockPageScroll, type ScrollLock } from "./scroll-lock.js";
import { buildToc } from "./toc.js";
import { button, el, iconButton } from "./ui.js";
import "./tools/all.js";
import { registeredTools, type Tool, type ToolContext, type ToolModule, type ToolSession } from "./tools/tool.js";
import { adoptStyles } from "../../ui/adopt-styles.js";
import { markOpen } from "../perf-marks.js";
import { articleFragment, eagerImages } from "./article-images.js";

export const OVERLAY_HOST_ATTRIBUTE = "data-quiet-reader";

const HIDDEN_CLASS = "qr-user-hidden";
const LINE_SCROLL_PX = 48;

export interface OverlayOptions {
  settings: ReaderSettings;
  /** Per-site rules that hide picked elements on this page's site. */
  hideRules: HideRule[];
  /** Persists a settings change (the overlay applies it at once as well). */
  updateSettings: (patch: Partial<ReaderSettings>) => void;
  /** Persists a rule the user just picked. */
  addHideRule: (rule: HideRule) => void;
  /** Finds the removed blocks' original markup on the page (called only when the user reveals one). */
  locateRemoved: () => Array<RemovedBlockSource | null>;
  /** The text normalisation locateRemoved's anchors were made with (core/removed-blocks.ts's normaliseText). */
  normaliseAnchor: NormaliseText;
  onClosed: () => void;
  /** Which input events count; page-dispatched (untrusted) ones must not (see event-gate.ts). */
  acceptEvent: AcceptEvent;
  /**
   * Puts the sanitized article HTML into the article element. The default assigns it (the
   * page being read has loaded its images already); the library's reader holds remote
   * images back until the user asks (remote-images-bar.ts), and kept out of content.js.
   */
  renderContent: ContentRenderer;
  /**
   * Loads a tool kept out of content.js (src/content/lazy/) on first use. Content script: the
   * background injects it; the default serves what the page bundled itself (the library).
   */
  loadBundle: LazyLoad;
}

/** What a content renderer may do to the reader around the article. */
export interface ReaderHooks {
  /** Says something in the reader's status line (a live region). */
  announce: (message: string) => void;
  /** Moves focus to the reader dialog itself (when the focused control went away). */
  focusReader: () => void;
}

/** Fills `article` from `html`; returns a control to show above the article, or null. */
export type ContentRenderer = (article: HTMLElement, html: string, reader: ReaderHooks) => HTMLElement | null;

// contentHtml was sanitized by the core (DOMPurify, explicit allow-list) moments ago.
const assignContent: ContentRenderer = (article, html) => {
  article.append(articleFragment(article.ownerDocument, html));
  return null;
};

const DEFAULT_OPTIONS: OverlayOptions = {
  settings: DEFAULT_SETTINGS,
  hideRules: [],
  updateSettings: () => {},
  addHideRule: () => {},
  locateRemoved: () => [],
  // No locator, no anchors: nothing to compare.
  normaliseAnchor: (text) => text ?? "",
  onClosed: () => {},
  acceptEvent: trustedOnly,
  renderContent: assignContent,
  loadBundle: staticLoader,
};

/** What tests see of the overlay (read from the content script's isolated world). */
export interface OverlayInspection {
  open: boolean;
  title: string | null;
  text: string;
  html: string;
  theme: string | null;
  settings: ReaderSettings | null;
  style: { fontFamily: string; fontSize: string; lineHeight: string; background: string; color: string; maxWidth: string; direction: string } | null;
  dir: string | null;
  toc: string[];
  removed: { count: number; open: boolean; revealed: number; items: Array<{ reason: string; label: string; text: string }> };
  hidden: string[];
  focused: string | null;
  scrollTop: number;
  panels: string[];
  picking: boolean;
  readAloud: ReadAloudState;
}

export class ReaderOverlay {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private root: HTMLElement | null = null;
  private articleEl: HTMLElement | null = null;
  private scrollLock: ScrollLock | null = null;
  private pageGuard: PageGuard | null = null;
  private previousFocus: Element | null = null;
  private readonly options: OverlayOptions;
  private settings: ReaderSettings;
  private hideRules: HideRule[];
  private removedPanel: RemovedPanel | null = null;
  /** The tools started in this reader (tools/tool.ts), by id. */
  private readonly sessions = new Map<string, ToolSession>();
  private readonly panels = new Map<string, { panel: HTMLElement; toggle: HTMLButtonElement }>();
  private readonly controls: Array<(settings: ReaderSettings) => void> = [];
  private status: HTMLElement | null = null;
  private progress: HTMLElement | null = null;
  private saveHandler: (() => void) | null = null;
  private darkQuery: MediaQueryList | null = null;

  private readonly onRootKeyDown = (event: KeyboardEvent): void => {
    this.handleKey(event);
    // Keys pressed in the reader are the reader's: page shortcuts must not fire behind it.
    event.stopPropagation();
  };
  /**
   * Keys that arrive while focus is on the page behind (e.g. the inert body). Other
   * extension UI beside <body> (a toast in its own shadow root) keeps its keys.
   */
  private readonly onDocKeyDown = (event: KeyboardEvent): void => {
    if (!this.options.acceptEvent(event)) return;
    const target = event.target as Node | null;
    const onPage = target === this.doc.documentElement || target === this.doc || (!!target && !!this.doc.body?.contains(target));
    if (target === this.host || !onPage) return;
    this.handleKey(event);
    event.stopPropagation();
  };
  private readonly onSchemeChange = (): void => this.applyCurrentSettings();
  private readonly onScroll = (): void => this.updateProgress();
  private readonly onBeforePrint = (event: Event): void => {
    if (!this.options.acceptEvent(event)) return;
    this.scrollLock?.release();
    this.scrollLock = null;
    if (this.articleEl) eagerImages(this.articleEl);
  };
  private readonly onAfterPrint = (event: Event): void => {
    if (!this.options.acceptEvent(event)) return;
    if (this.isOpen && !this.scrollLock) this.scrollLock = lockPageScroll(this.doc);
  };

  constructor(
    private readonly doc: Document,
    private readonly article: Article | null,
    options: Partial<OverlayOptions> = {},
  ) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
    this.settings = structuredClone(this.options.settings);
    this.hideRules = [...this.options.hideRules];
  }

  get isOpen(): boolean {
    return this.host?.isConnected === true;
  }

  open(): void {
    if (this.isOpen) return;
    if (!this.host) {
      this.build();
      markOpen("overlay-built");
    }
    const win = this.doc.defaultView!;
    this.previousFocus = this.doc.activeElement;
    this.scrollLock = lockPageScroll(this.doc);
    this.doc.documentElement.append(this.host!);
    this.pageGuard = guardPage(this.doc);
    this.doc.addEventListener("keydown", this.onDocKeyDown, true);
    win.addEventListener("beforeprint", this.onBeforePrint);
    win.addEventListener("afterprint", this.onAfterPrint);
    this.darkQuery = typeof win.matchMedia === "function" ? win.matchMedia("(prefers-color-scheme: dark)") : null;
    this.darkQuery?.addEventListener("change", this.onSchemeChange);
    this.applyCurrentSettings();
    markOpen("overlay-attached");
    // focus() and the progress bar's scroll read make the browser style and lay out now.
    this.root!.focus({ preventScroll: true });
    this.updateProgress();
  }

  close(): void {
    if (!this.isOpen) return;
    const win = this.doc.defaultView!;
    for (const session of this.sessions.values()) session.stop?.();
    this.doc.removeEventListener("keydown", this.onDocKeyDown, true);
    win.removeEventListener("beforeprint", this.onBeforePrint);
    win.removeEventListener("afterprint", this.onAfterPrint);
    this.darkQuery?.removeEventListener("change", this.onSchemeChange);
    this.host!.remove();
    this.pageGuard?.release();
    this.pageGuard = null;
    this.scrollLock?.release();
    this.scrollLock = null;
    const previous = this.previousFocus as HTMLElement | null;
    if (typeof previous?.focus === "function") previous.focus({ preventScroll: true });
    this.options.onClosed();
  }

  /** New settings from storage (another overlay, the popup or the options page changed them). */
  setSettings(settings: ReaderSettings): void {
    this.settings = structuredClone(settings);
    if (this.root) this.applyCurrentSettings();
  }

  setHideRules(rules: HideRule[]): void {
    this.hideRules = [...rules];
    this.applyHideRules();
  }

  /** For the saving feature: shows the toolbar's Save button and calls `handler` on click. */
  setSaveHandler(handler: (() => void) | null): void {
    this.saveHandler = handler;
    const save = this.shadow?.querySelector<HTMLButtonElement>(".qr-save");
    if (save) save.hidden = handler === null;
  }

  /** What the reader shows, for tests running in the content script's isolated world. */
  inspect(): OverlayInspection {
    const root = this.root;
    const win = this.doc.defaultView!;
    const rootStyle = root && this.isOpen ? win.getComputedStyle(root) : null;
    const page = this.shadow?.querySelector<HTMLElement>(".qr-page") ?? null;
    const articleStyle = this.articleEl && this.isOpen ? win.getComputedStyle(this.articleEl) : null;
    const active = this.shadow?.activeElement ?? null;
    return {
      open: this.isOpen,
      title: this.shadow?.querySelector(".qr-title")?.textContent ?? null,
      text: page?.textContent ?? "",
      html: this.articleEl?.innerHTML ?? "",
      theme: root?.dataset.theme ?? null,
      settings: root ? structuredClone(this.settings) : null,
      style:
        rootStyle && articleStyle && page
          ? {
              fontFamily: articleStyle.fontFamily,
              fontSize: articleStyle.fontSize,
              lineHeight: articleStyle.lineHeight,
              background: rootStyle.backgroundColor,
              color: rootStyle.color,
              maxWidth: win.getComputedStyle(page).maxWidth,
              direction: articleStyle.direction,
            }
          : null,
      dir: this.articleEl?.getAttribute("dir") ?? null,
      toc: Array.from(this.shadow?.querySelectorAll(".qr-toc-entry") ?? []).map((entry) => entry.textContent ?? ""),
      removed: {
        count: this.article?.removed.length ?? 0,
        open: this.removedPanel?.isOpen ?? false,
        revealed: this.removedPanel?.revealedCount() ?? 0,
        items: this.removedPanel?.items() ?? [],
      },
      hidden: Array.from(this.articleEl?.querySelectorAll(`.${HIDDEN_CLASS}`) ?? []).map((node) => (node.textContent ?? "").replace(/\s+/g, " ").trim()),
      focused: active ? describe(active) : null,
      scrollTop: root?.scrollTop ?? 0,
      panels: [...this.panels].filter(([, { panel }]) => !panel.hidden).map(([name]) => name),
      picking: this.sessions.get("pick")?.status?.() === "picking",
      readAloud: (this.sessions.get("speech")?.status?.() ?? "idle") as ReadAloudState,
    };
  }

  private build(): void {
    const doc = this.doc;
    const host = el(doc, "div");
    host.setAttribute(OVERLAY_HOST_ATTRIBUTE, "");
    const shadow = host.attachShadow({ mode: "closed" });
    adoptStyles(doc, shadow, overlayCss);
    // Everything inside acts on the user's input only, never on events a page script made up.
    gateEvents(shadow, this.options.acceptEvent);
    this.host = host;
    this.shadow = shadow;

    const root = el(doc, "div", "qr-root");
    // The reader's UI follows the UI language's direction, never the page's; the article its own.
    root.dir = t("@@bidi_dir") === "rtl" ? "rtl" : "ltr";
    root.setAttribute("role", "dialog");
    root.setAttribute("aria-modal", "true");
    root.tabIndex = -1;
    root.addEventListener("keydown", this.onRootKeyDown);
    root.addEventListener("scroll", this.onScroll, { passive: true });
    this.root = root;

    this.progress = el(doc, "div", "qr-progress");
    this.progress.setAttribute("role", "progressbar");
    this.progress.setAttribute("aria-label", t("readingProgress"));
    this.progress.setAttribute("aria-valuemin", "0");
    this.progress.setAttribute("aria-valuemax", "100");
    this.progress.append(el(doc, "div", "qr-progress-bar"));

    const page = el(doc, "main", "qr-page");
    this.status = el(doc, "p", "qr-status");
    this.status.setAttribute("role", "status");
    if (this.article) {
      const toolbar = this.buildToolbar(true);
      root.append(this.progress, toolbar, ...[...this.panels.values()].map(({ panel }) => panel));
      this.renderArticle(page, root, this.article);
    } else {
      root.setAttribute("aria-label", t("noArticleTitle"));
      root.append(this.buildToolbar(false));
      page.append(el(doc, "p", "qr-empty", t("noArticleFound")));
    }
    root.append(this.status, page);
    this.mountTools();
    shadow.append(root);
    this.applyCurrentSettings();
    this.applyHideRules();
  }

  private buildToolbar(withTools: boolean): HTMLElement {
    const doc = this.doc;
    const toolbar = el(doc, "div", "qr-toolbar");
    toolbar.setAttribute("role", "group");
    toolbar.setAttribute("aria-label", t("readerControls"));
    const tools = el(doc, "div", "qr-tools");
    if (withTools) {
      for (const tool of registeredTools()) {
        const control = tool.control;
        if (control?.kind === "panel") tools.append(this.panelToggle(tool.id, control.symbol ?? t(control.labelKey), control.labelKey));
        else if (control) tools.append(button(doc, `qr-${tool.id}`, control.textKey, () => void this.withTool(tool, (session) => session.use?.()), control.titleKey));
      }
    }
    const end = el(doc, "div", "qr-tools qr-tools-end");
    const save = button(doc, "qr-save", "saveArticle", () => this.saveHandler?.());
    save.hidden = this.saveHandler === null;
    const close = button(doc, "qr-close", "closeReader", () => this.close());
    end.append(save, close);
    toolbar.append(tools, end);
    return toolbar;
  }

  private panelToggle(name: string, symbol: string, labelKey: string): HTMLButtonElement {
    const toggle = iconButton(this.doc, `qr-toggle-${name}`, symbol, labelKey, () => this.togglePanel(name));
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", `qr-panel-${name}`);
    const panel = el(this.doc, "section", `qr-panel qr-panel-${name}`);
    panel.id = `qr-panel-${name}`;
    panel.setAttribute("aria-label", t(labelKey));
    panel.hidden = true;
    this.panels.set(name, { panel, toggle });
    return toggle;
  }

  private togglePanel(name: string, open?: boolean): void {
    for (const [other, { panel, toggle }] of this.panels) {
      const show = other === name ? (open ?? panel.hidden) : false;
      panel.hidden = !show;
      toggle.setAttribute("aria-expanded", String(show));
      const tool = registeredTools().find((candidate) => candidate.id === other);
      if (show && tool) void this.withTool(tool, (session) => session.shown?.());
    }
  }

  private change(patch: Partial<ReaderSettings>): void {
    this.setSettings({ ...this.settings, ...patch });
    this.options.updateSettings(patch);
  }

  /**
   * Runs `then` with the tool's session, starting the tool on its first use (loading its lazy
   * bundle first when it has one: then `then` runs once it has arrived, if the reader is
   * still open). A tool in content.js starts and runs at once.
   */
  private withTool(tool: Tool, then?: (session: ToolSession) => void): Promise<ToolSession | null> {
    const started = this.sessions.get(tool.id);
    if (started) {
      then?.(started);
      return Promise.resolve(started);
    }
    const failed = (error: unknown): null => {
      console.warn(`Quiet Reader: the ${tool.id} tool is unavailable`, error);
      this.announce(t("toolUnavailable"));
      return null;
    };
    let loaded: ToolModule | Promise<ToolModule>;
    try {
      loaded = tool.load(this.options.loadBundle);
    } catch (error) {
      return Promise.resolve(failed(error));
    }
    const start = (module: ToolModule): ToolSession | null => {
      if (!this.articleEl || !this.article) return null;
      let session = this.sessions.get(tool.id);
      if (!session) {
        session = module.activate(this.toolContext(tool));
        this.sessions.set(tool.id, session);
      }
      if (this.isOpen) then?.(session);
      return session;
    };
    if (!(loaded instanceof Promise)) return Promise.resolve(start(loaded));
    return loaded.then(start, failed);
  }

  private toolContext(tool: Tool): ToolContext {
    const panel = this.panels.get(tool.id);
    return {
      doc: this.doc,
      article: this.article!,
      articleEl: this.articleEl!,
      root: this.root!,
      panel: panel?.panel ?? null,
      control: panel?.toggle ?? this.shadow?.querySelector<HTMLButtonElement>(`.qr-${tool.id}`) ?? null,
      settings: () => this.settings,
      change: (patch) => this.change(patch),
      onSettings: (update) => {
        this.controls.push(update);
        update(this.settings);
      },
      announce: (message) => this.announce(message),
      hideElement: (rule, element) => {
        element.classList.add(HIDDEN_CLASS);
        this.hideRules.push(rule);
        this.announce(t("elementHidden"));
        this.options.addHideRule(rule);
      },
      keepInView: (range) => this.keepInView(range),
      isOpen: () => this.isOpen,
      loadBundle: this.options.loadBundle,
    };
  }

  private keepInView(range: Range): void {
    const root = this.root;
    if (!root) return;
    const rect = range.getBoundingClientRect();
    const view = root.getBoundingClientRect();
    const toolbar = this.shadow?.querySelector(".qr-toolbar")?.getBoundingClientRect().height ?? 0;
    if (rect.top < view.top + toolbar + 16 || rect.bottom > view.bottom - 32) {
      root.scrollBy({ top: rect.top - view.top - root.clientHeight / 3, behavior: this.motion() });
    }
  }

  private motion(): ScrollBehavior {
    const win = this.doc.defaultView!;
    const reduced = typeof win.matchMedia === "function" && win.matchMedia("(prefers-reduced-motion: reduce)").matches;
    return reduced ? "auto" : "smooth";
  }

  private renderArticle(page: HTMLElement, root: HTMLElement, article: Article): void {
    const doc = this.doc;
    root.setAttribute("aria-labelledby", "qr-title");
    if (article.lang) page.lang = article.lang;
    if (article.dir) page.dir = article.dir;
    const header = renderHeader(doc, article);
    const body = el(doc, "article", "qr-article");
    if (article.lang) body.lang = article.lang;
    if (article.dir) body.dir = article.dir;
    this.articleEl = body;
    page.append(header);
    const control = this.options.renderContent(body, article.contentHtml, {
      announce: (message) => this.announce(message),
      focusReader: () => this.root?.focus({ preventScroll: true }),
    });
    if (control) page.append(control);
    if (article.removed.length) {
      this.removedPanel = new RemovedPanel(doc, article.removed, body, this.options.locateRemoved, this.options.normaliseAnchor);
      page.append(this.removedPanel.element);
    }
    const toc = buildToc(doc, body, (heading) => this.jumpTo(heading));
    if (toc) page.append(toc);
    page.append(body);
  }

  /** First-paint wiring of the tools that have some (the lightbox marks the images). */
  private mountTools(): void {
    if (!this.articleEl || !this.article) return;
    for (const tool of registeredTools()) tool.mount?.(this.toolContext(tool), () => this.withTool(tool));
  }

  private jumpTo(heading: HTMLElement): void {
    if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    const root = this.root!;
    const toolbar = this.shadow?.querySelector(".qr-toolbar")?.getBoundingClientRect().height ?? 0;
    root.scrollTop += heading.getBoundingClientRect().top - root.getBoundingClientRect().top - toolbar - 8;
    heading.focus({ preventScroll: true });
  }

  private announce(message: string): void {
    if (this.status) this.status.textContent = message;
  }

  private applyCurrentSettings(): void {
    if (!this.root) return;
    applySettings(this.root, this.settings, this.darkQuery?.matches ?? false);
    for (const update of this.controls) update(this.settings);
  }

  private applyHideRules(): void {
    const body = this.articleEl;
    if (!body) return;
    for (const node of Array.from(body.querySelectorAll(`.${HIDDEN_CLASS}`))) node.classList.remove(HIDDEN_CLASS);
    for (const node of matchRules(body, this.hideRules)) node.classList.add(HIDDEN_CLASS);
  }

  private updateProgress(): void {
    const root = this.root;
    if (!root || !this.progress) return;
    const max = root.scrollHeight - root.clientHeight;
    const fraction = max > 0 ? Math.min(1, Math.max(0, root.scrollTop / max)) : 1;
    (this.progress.firstElementChild as HTMLElement).style.transform = `scaleX(${fraction})`;
    this.progress.setAttribute("aria-valuenow", String(Math.round(fraction * 100)));
  }

  private handleKey(event: KeyboardEvent): void {
    const active = this.shadow?.activeElement ?? null;
    if (event.key === "Tab") {
      const scope = [...this.sessions.values()].map((session) => session.focusScope?.() ?? null).find((element) => element !== null);
      const container = scope ?? this.root!;
      if (trapTab(container, active, event.shiftKey)) event.preventDefault();
      return;
    }
    const action = actionForKey(event, active?.localName ?? null);
    if (!action) return;
    event.preventDefault();
    this.run(action);
  }

  private run(action: KeyAction): void {
    const root = this.root!;
    switch (action) {
      case "close":
        return this.dismissTopmost();
      case "fontLarger":
        return this.change({ fontSize: stepValue("fontSize", this.settings.fontSize, 1) });
      case "fontSmaller":
        return this.change({ fontSize: stepValue("fontSize", this.settings.fontSize, -1) });
      case "cycleTheme":
        return this.change({ theme: nextCycleTheme(this.settings.theme) });
      case "readAloud":
      case "help":
        return this.useByKey(action);
      case "lineDown":
        return root.scrollBy({ top: LINE_SCROLL_PX });
      case "lineUp":
        return root.scrollBy({ top: -LINE_SCROLL_PX });
      case "pageDown":
        return root.scrollBy({ top: root.clientHeight * 0.9 });
      case "pageUp":
        return root.scrollBy({ top: -root.clientHeight * 0.9 });
      case "top":
        root.scrollTop = 0;
        return;
      case "bottom":
        root.scrollTop = root.scrollHeight;
        return;
    }
  }

  /** A tool's shortcut: its `use`, or (a panel tool without one) its panel. */
  private useByKey(action: KeyAction): void {
    const tool = registeredTools().find((candidate) => candidate.key === action);
    if (!tool || !this.article) return;
    void this.withTool(tool, (session) => {
      if (session.use) session.use();
      else if (this.panels.has(tool.id)) this.togglePanel(tool.id);
    });
  }

  /** Esc closes the innermost thing first: what a tool has open (the image, the picker), an open panel, then the reader. */
  private dismissTopmost(): void {
    for (const session of [...this.sessions.values()].reverse()) if (session.dismiss?.()) return;
    const open = [...this.panels.values()].find(({ panel }) => !panel.hidden);
    if (open) {
      open.panel.hidden = true;
      open.toggle.setAttribute("aria-expanded", "false");
      open.toggle.focus();
      return;
    }
    this.close();
  }
}

function describe(node: Element): string {
  const label = node.getAttribute("aria-label") ?? node.textContent?.trim().slice(0, 40) ?? "";
  return `${node.localName}${node.className ? `.${String(node.className).trim().split(/\s+/).join(".")}` : ""}${label ? ` "${label}"` : ""}`;
}
