/**
 * Owns the reader's state in one page: the extracted Article (extracted once, on first
 * open), the overlay, and the link to stored settings and per-site rules (read on open,
 * then followed live through storage.onChanged so every open overlay stays in step).
 * Extraction itself is a lazy bundle (lazy/extract.ts), loaded on the first open or save.
 */
import type { Article } from "../core/article.js";
import type { ReaderStatus } from "../messages/messages.js";
import { DEFAULT_SETTINGS, type ReaderSettings } from "../settings/schema.js";
import { loadSettings, loadSiteRules, saveRulesForSite, updateSettings, watchReaderData, type ChangeEvents, type StorageAreaLike } from "../settings/settings-store.js";
import { addRule, rulesForUrl, siteKey, type HideRule, type SiteRules } from "../settings/site-rules.js";
import type { AcceptEvent } from "./overlay/event-gate.js";
import { ReaderOverlay, type OverlayInspection } from "./overlay/overlay.js";
import { staticLoader, type LazyLoad, type LazyModules } from "./lazy/registry.js";
import { markOpen } from "./perf-marks.js";

export interface ReaderStorage {
  area: StorageAreaLike;
  changes: ChangeEvents;
}

export interface ReaderControllerOptions {
  /** Which input events the overlay acts on (default: trusted ones only, see event-gate.ts). */
  acceptEvent?: AcceptEvent;
  /** Loads the lazy bundles (extraction, tools); default: only what this page bundled itself. */
  loadBundle?: LazyLoad;
}

export class ReaderController {
  private overlay: ReaderOverlay | null = null;
  private article: Article | null | undefined = undefined;
  private opening: Promise<void> | null = null;
  private extractions = 0;
  private saveHandler: ((article: Article) => void) | null = null;
  private extractor: LazyModules["extract"] | null = null;

  constructor(
    private readonly doc: Document,
    private readonly storage: ReaderStorage | null = null,
    private readonly options: ReaderControllerOptions = {},
  ) {}

  status(): ReaderStatus {
    return { open: this.overlay?.isOpen ?? false, hasArticle: this.article === undefined ? null : this.article !== null };
  }

  async open(): Promise<ReaderStatus> {
    if (!this.overlay) {
      this.opening ??= this.create();
      await this.opening;
    }
    this.overlay!.open();
    markOpen("overlay-shown");
    return this.status();
  }

  close(): ReaderStatus {
    this.overlay?.close();
    return this.status();
  }

  async toggle(): Promise<ReaderStatus> {
    return this.overlay?.isOpen ? this.close() : this.open();
  }

  /** The article shown (null when the page has none, undefined before the first open). */
  currentArticle(): Article | null | undefined {
    return this.article;
  }

  /**
   * For the saving feature: the article shown, or, before the reader has opened here, a fresh
   * extraction (not kept: the page may change before the reader opens). The pipeline defuses
   * hostile forms in its own working copy (core/form-clobbering.ts), so Save cannot hang either.
   */
  async articleForSaving(): Promise<Article | null> {
    return this.article !== undefined ? this.article : this.extractFrom(this.doc);
  }

  /** For the saving feature: shows the overlay's Save button and calls `handler` with the article. */
  setSaveHandler(handler: ((article: Article) => void) | null): void {
    this.saveHandler = handler;
    this.overlay?.setSaveHandler(this.saveCallback());
  }

  inspect(): OverlayInspection & { extractions: number } {
    const empty: OverlayInspection = {
      open: false, title: null, text: "", html: "", theme: null, settings: null, style: null, dir: null, toc: [],
      removed: { count: 0, open: false, revealed: 0, items: [] }, hidden: [], focused: null, scrollTop: 0, panels: [], picking: false, readAloud: "idle",
    };
    return { ...(this.overlay?.inspect() ?? empty), extractions: this.extractions };
  }

  private saveCallback(): (() => void) | null {
    const handler = this.saveHandler;
    const article = this.article;
    return handler && article ? () => handler(article) : null;
  }

  private async create(): Promise<void> {
    markOpen("open-start");
    const url = this.doc.location.href;
    const [settings, siteRules] = await this.loadStored();
    markOpen("settings-loaded");
    this.article = await this.extract(this.doc);
    markOpen("extracted");
    const article = this.article;
    this.overlay = new ReaderOverlay(this.doc, article, {
      ...(this.options.acceptEvent ? { acceptEvent: this.options.acceptEvent } : {}),
      loadBundle: this.load,
      settings,
      hideRules: rulesForUrl(siteRules, url),
      updateSettings: (patch) => {
        if (this.storage) void updateSettings(this.storage.area, patch).catch((error: unknown) => console.warn("Quiet Reader: cannot save settings", error));
      },
      addHideRule: (rule) => void this.storeRule(url, rule),
      // Walks the page: read from a copy if its form controls shadow DOM properties.
      locateRemoved: () => {
        const extractor = this.extractor;
        return article && extractor ? extractor.locateRemovedBlocks(extractor.readableDocument(this.doc), article.removed) : [];
      },
      normaliseAnchor: (text) => (this.extractor ? this.extractor.normaliseText(text) : (text ?? "")),
    });
    this.overlay.setSaveHandler(this.saveCallback());
    if (this.storage) {
      watchReaderData(this.storage.changes, {
        settings: (next) => this.overlay?.setSettings(next),
        siteRules: (changed) => {
          const site = siteKey(url);
          if (site && site in changed) this.overlay?.setHideRules(changed[site]!);
        },
      });
    }
  }

  private async loadStored(): Promise<[ReaderSettings, SiteRules]> {
    if (!this.storage) return [DEFAULT_SETTINGS, {}];
    try {
      return await Promise.all([loadSettings(this.storage.area), loadSiteRules(this.storage.area)]);
    } catch (error) {
      console.warn("Quiet Reader: cannot read settings, using defaults", error);
      return [DEFAULT_SETTINGS, {}];
    }
  }

  private async storeRule(url: string, rule: HideRule): Promise<void> {
    const site = siteKey(url);
    if (!site || !this.storage) return;
    try {
      const rules = await loadSiteRules(this.storage.area);
      await saveRulesForSite(this.storage.area, site, addRule(rules, site, rule)[site] ?? []);
    } catch (error) {
      console.warn("Quiet Reader: cannot save the rule", error);
    }
  }

  private get load(): LazyLoad {
    return this.options.loadBundle ?? staticLoader;
  }

  private async extract(source: Document): Promise<Article | null> {
    this.extractions++;
    return this.extractFrom(source);
  }

  private async extractFrom(source: Document): Promise<Article | null> {
    try {
      if (!this.extractor) {
        this.extractor = await this.load("extract");
        markOpen("extract-loaded");
      }
      return this.extractor.extractArticle(source, { url: this.doc.location.href });
    } catch (error) {
      console.error("Quiet Reader: extraction failed", error);
      return null;
    }
  }
}
