/**
 * "N blocks hidden": a quiet control under the article header that lists what the clutter
 * step removed (text and a localized reason) and can put each block back inline, marked as
 * removed, so the user can audit the stripping. Revealing needs the page's original markup,
 * which the caller looks up lazily (only when the user asks).
 */
import type { RemovedBlock } from "../../core/article.js";
import type { RemovedBlockSource } from "../../core/removed-blocks.js";
import { TRACKING_PIXEL_REASON } from "../../core/tracking-pixels.js";
import { t } from "../../platform/i18n.js";
import { el } from "./ui.js";

/** The core's normaliseText (core/removed-blocks.ts), handed in: importing it here would bring the sanitizer into content.js. */
export type NormaliseText = (text: string | null | undefined) => string;

const LEAVES = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre";

/** "newsletter-signup" → the message key "reasonNewsletterSignup". */
export function reasonKey(reason: string): string {
  return `reason${reason.replace(/(^|-)([a-z])/g, (_m, _dash: string, ch: string) => ch.toUpperCase())}`;
}

export function reasonLabel(reason: string): string {
  const key = reasonKey(reason);
  const label = t(key);
  return label === key ? reason : label;
}

/**
 * Where a revealed block goes: after the article block whose text starts with the anchor text
 * (top level of lists and tables), compared under the normalisation the anchors were made with.
 */
function insertionPoint(article: Element, anchorText: string | null, normaliseText: NormaliseText): Element | null {
  if (!anchorText) return null;
  const leaf = Array.from(article.querySelectorAll(LEAVES)).find((node) => normaliseText(node.textContent).startsWith(anchorText));
  if (!leaf) return null;
  return leaf.closest("ul, ol, table, dl, blockquote") ?? leaf;
}

export class RemovedPanel {
  readonly element: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly list: HTMLElement;
  private sources: Array<RemovedBlockSource | null> | null = null;
  private readonly revealed = new Map<number, HTMLElement>();

  constructor(
    private readonly doc: Document,
    private readonly removed: readonly RemovedBlock[],
    private readonly article: Element,
    private readonly locate: () => Array<RemovedBlockSource | null>,
    private readonly normaliseText: NormaliseText,
  ) {
    this.element = el(doc, "section", "qr-removed");
    this.toggle = el(doc, "button", "qr-link-button qr-removed-toggle", removed.length === 1 ? t("removedCountOne") : t("removedCount", [String(removed.length)]));
    this.toggle.type = "button";
    this.toggle.setAttribute("aria-expanded", "false");
    this.toggle.setAttribute("aria-controls", "qr-removed-list");
    this.toggle.addEventListener("click", () => this.setOpen(this.list.hidden));
    this.list = el(doc, "div", "qr-removed-list");
    this.list.id = "qr-removed-list";
    this.list.hidden = true;
    this.element.append(this.toggle, this.list);
  }

  get isOpen(): boolean {
    return !this.list.hidden;
  }

  setOpen(open: boolean): void {
    if (open && !this.list.childElementCount) this.renderList();
    this.list.hidden = !open;
    this.toggle.setAttribute("aria-expanded", String(open));
  }

  /** Shows or hides removed block `index` inline in the article. Returns whether it is now shown. */
  reveal(index: number, show: boolean): boolean {
    const existing = this.revealed.get(index);
    if (!show) {
      existing?.remove();
      this.revealed.delete(index);
      return false;
    }
    if (existing) return true;
    if (this.removed[index]?.reason === TRACKING_PIXEL_REASON) return false;
    this.sources ??= this.locate();
    const source = this.sources[index];
    const block = this.removed[index];
    if (!source || !block) return false;
    const wrapper = el(this.doc, "aside", "qr-revealed");
    wrapper.setAttribute("aria-label", t("revealedBlockLabel", [reasonLabel(block.reason)]));
    wrapper.append(el(this.doc, "p", "qr-revealed-reason", t("revealedBlockLabel", [reasonLabel(block.reason)])));
    const content = el(this.doc, "div", "qr-revealed-content");
    // Sanitized by locateRemovedBlocks (DOMPurify, the same allow-list as the article).
    content.innerHTML = source.html;
    wrapper.append(content);
    const after = insertionPoint(this.article, source.anchorText, this.normaliseText);
    if (after) after.after(wrapper);
    else this.article.append(wrapper);
    this.revealed.set(index, wrapper);
    return true;
  }

  revealedCount(): number {
    return this.revealed.size;
  }

  items(): Array<{ reason: string; label: string; text: string }> {
    return this.removed.map((block) => ({ reason: block.reason, label: reasonLabel(block.reason), text: block.text }));
  }

  private renderList(): void {
    const list = el(this.doc, "ol", "qr-removed-items");
    this.removed.forEach((block, index) => {
      const item = el(this.doc, "li", "qr-removed-item");
      item.append(el(this.doc, "span", "qr-removed-reason", reasonLabel(block.reason)), el(this.doc, "q", "qr-removed-text", block.text));
      // A tracking pixel has nothing to show, and showing it would report the reading.
      if (block.reason === TRACKING_PIXEL_REASON) return list.append(item);
      const show = el(this.doc, "button", "qr-link-button qr-removed-reveal", t("revealInline"));
      show.type = "button";
      show.setAttribute("aria-pressed", "false");
      show.addEventListener("click", () => {
        const shown = this.reveal(index, show.getAttribute("aria-pressed") !== "true");
        show.setAttribute("aria-pressed", String(shown));
        show.textContent = t(shown ? "hideInline" : "revealInline");
        if (!shown && !this.sources?.[index]) {
          show.disabled = true;
          show.textContent = t("revealUnavailable");
        }
      });
      item.append(" ", show);
      list.append(item);
    });
    this.list.append(list);
  }
}
