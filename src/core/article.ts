/**
 * The Article record: what every part of Quiet Reader (overlay, library, CLI) consumes.
 * One shape, produced only by extractArticle, so the consumers never re-derive fields.
 */

/** A block taken out by the clutter step, kept so the user can audit what was hidden. */
export interface RemovedBlock {
  /** The first 120 characters of the block's normalised text. */
  text: string;
  /** Which rule decided, e.g. "newsletter-signup", "donation-ask". */
  reason: string;
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: "ltr" | "rtl" | null;
  excerpt: string | null;
  /** Sanitized article HTML: safe to insert into a document as-is. */
  contentHtml: string;
  textContent: string;
  wordCount: number;
  readingTimeMinutes: number;
  url: string;
  removed: RemovedBlock[];
}
