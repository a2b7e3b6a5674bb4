/**
 * Owns the reader's state in one page: the extracted Article (extracted once, on first
 * open) and the overlay. A second toggle re-opens the same overlay without re-extracting.
 */
import type { Article } from "../core/article.js";
import { extractArticle } from "../core/extract-article.js";
import type { ReaderStatus } from "../messages/messages.js";
import { ReaderOverlay } from "./overlay/overlay.js";

export class ReaderController {
  private overlay: ReaderOverlay | null = null;
  private article: Article | null | undefined = undefined;

  constructor(private readonly doc: Document) {}

  status(): ReaderStatus {
    return { open: this.overlay?.isOpen ?? false, hasArticle: this.article === undefined ? null : this.article !== null };
  }

  open(): ReaderStatus {
    if (!this.overlay) {
      this.article = this.extract();
      this.overlay = new ReaderOverlay(this.doc, this.article);
    }
    this.overlay.open();
    return this.status();
  }

  close(): ReaderStatus {
    this.overlay?.close();
    return this.status();
  }

  toggle(): ReaderStatus {
    return this.overlay?.isOpen ? this.close() : this.open();
  }

  inspect(): ReturnType<ReaderOverlay["inspect"]> & { extractions: number } {
    return { ...(this.overlay?.inspect() ?? { open: false, title: null, text: "", html: "" }), extractions: this.extractions };
  }

  private extractions = 0;

  private extract(): Article | null {
    this.extractions++;
    try {
      return extractArticle(this.doc, { url: this.doc.location.href });
    } catch (error) {
      console.error("Quiet Reader: extraction failed", error);
      return null;
    }
  }
}
