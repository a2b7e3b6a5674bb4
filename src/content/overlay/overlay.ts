/**
 * The reader overlay: a full-viewport dialog in a closed shadow root, so page CSS cannot
 * restyle it and page scripts cannot reach into it. It renders an Article (or a "no article"
 * message), locks page scroll while open, and restores the page exactly when closed.
 */
import type { Article } from "../../core/article.js";
import { metaLine } from "../../core/standalone-html.js";
import { t } from "../../platform/i18n.js";
import overlayCss from "./overlay.css";
import { lockPageScroll, type ScrollLock } from "./scroll-lock.js";

export const OVERLAY_HOST_ATTRIBUTE = "data-quiet-reader";

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function adoptStyles(doc: Document, root: ShadowRoot): void {
  // Constructed stylesheets are not subject to the page's CSP style-src; fall back to <style>.
  try {
    const sheet = new (doc.defaultView!.CSSStyleSheet)();
    sheet.replaceSync(overlayCss);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = el(doc, "style");
    style.textContent = overlayCss;
    root.append(style);
  }
}

export class ReaderOverlay {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private scrollLock: ScrollLock | null = null;
  private previousFocus: Element | null = null;
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === "Escape") {
      event.stopPropagation();
      event.preventDefault();
      this.close();
    }
  };

  constructor(
    private readonly doc: Document,
    private readonly article: Article | null,
    private readonly onClosed: () => void = () => {},
  ) {}

  get isOpen(): boolean {
    return this.host?.isConnected === true;
  }

  open(): void {
    if (this.isOpen) return;
    if (!this.host) this.build();
    this.previousFocus = this.doc.activeElement;
    this.scrollLock = lockPageScroll(this.doc);
    this.doc.documentElement.append(this.host!);
    this.doc.addEventListener("keydown", this.onKeyDown, true);
    (this.shadow!.querySelector(".qr-close") as HTMLElement | null)?.focus({ preventScroll: true });
  }

  close(): void {
    if (!this.isOpen) return;
    this.doc.removeEventListener("keydown", this.onKeyDown, true);
    this.host!.remove();
    this.scrollLock?.release();
    this.scrollLock = null;
    if (this.previousFocus instanceof HTMLElement) this.previousFocus.focus({ preventScroll: true });
    this.onClosed();
  }

  /** What the reader shows, for tests running in the content script's isolated world. */
  inspect(): { open: boolean; title: string | null; text: string; html: string } {
    const root = this.shadow;
    return {
      open: this.isOpen,
      title: root?.querySelector(".qr-title")?.textContent ?? null,
      text: root?.querySelector(".qr-page")?.textContent ?? "",
      html: root?.querySelector(".qr-article")?.innerHTML ?? "",
    };
  }

  private build(): void {
    const doc = this.doc;
    const host = el(doc, "div");
    host.setAttribute(OVERLAY_HOST_ATTRIBUTE, "");
    const shadow = host.attachShadow({ mode: "closed" });
    adoptStyles(doc, shadow);

    const root = el(doc, "div", "qr-root");
    root.setAttribute("role", "dialog");
    root.setAttribute("aria-modal", "true");
    const toolbar = el(doc, "div", "qr-toolbar");
    const close = el(doc, "button", "qr-button qr-close", t("closeReader"));
    close.type = "button";
    close.addEventListener("click", () => this.close());
    toolbar.append(close);
    const page = el(doc, "main", "qr-page");
    if (this.article) this.renderArticle(page, root, this.article);
    else {
      root.setAttribute("aria-label", t("noArticleTitle"));
      page.append(el(doc, "p", "qr-empty", t("noArticleFound")));
    }
    root.append(toolbar, page);
    shadow.append(root);
    this.host = host;
    this.shadow = shadow;
  }

  private renderArticle(page: HTMLElement, root: HTMLElement, article: Article): void {
    const doc = this.doc;
    const header = el(doc, "header", "qr-header");
    if (article.siteName) header.append(el(doc, "p", "qr-site", article.siteName));
    const title = el(doc, "h1", "qr-title", article.title);
    title.id = "qr-title";
    root.setAttribute("aria-labelledby", "qr-title");
    const meta = el(doc, "p", "qr-meta", [...metaLine(article), ""].join(" · "));
    const original = el(doc, "a", undefined, t("viewOriginal"));
    original.href = article.url;
    original.rel = "noopener noreferrer";
    meta.append(original);
    header.append(title, meta);
    const body = el(doc, "article", "qr-article");
    if (article.lang) body.lang = article.lang;
    if (article.dir) body.dir = article.dir;
    // contentHtml was sanitized by the core (DOMPurify, explicit allow-list) moments ago.
    body.innerHTML = article.contentHtml;
    page.append(header, body);
  }
}
