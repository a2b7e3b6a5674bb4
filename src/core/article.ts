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
  /** The learned model's probability of clutter, when the model removed it. */
  score?: number;
}

/** Explain mode (`extractArticle(doc, { explain: true })`, `quiet-reader --explain`): why each block went or stayed. */
export interface BlockExplanation {
  /** The block's whole text, whitespace normalised. */
  text: string;
  tag: string;
  decision: "removed" | "kept";
  /** "rules": the hand-written signal tables (classify-block.ts); "model": the learned pass; "repair": the container choice. */
  decidedBy: "rules" | "model" | "repair";
  reason: string | null;
  /** Rules: the weighted tally. Model: the probability of clutter. */
  score: number;
  /** Model: every feature's value. Rules: the signal kinds that agreed. */
  features?: Record<string, number>;
  kinds?: string[];
  /** The largest contributions, "feature=value (push)", or the rule that decided. */
  why: string[];
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
  /** What the container repair changed in Readability's pick (src/core/repair/), when it did. */
  repairs?: { kind: string; detail: string }[];
  /** Only in explain mode: every judged block with its features, score and decision. */
  explain?: BlockExplanation[];
}
