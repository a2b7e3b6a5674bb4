/**
 * The learned clutter model's decision thresholds, in one table beside its weights (weights.ts):
 * precision first, because a reader that drops a paragraph is worse than one that shows a box.
 * scripts/clutter-model/train.mjs reports what each value costs and gains under site-grouped
 * cross-validation; change them here, never inline.
 */
export const MODEL_THRESHOLDS = {
  /** Probability of clutter at or above which a leaf block is removed. */
  removeAt: 0.9,
  /** A block holding more of the article's text than this is never removed by the model. */
  maxShareOfArticle: 0.15,
  /** Prose paragraphs (sentence-like, few links, no ask) need this much more certainty. */
  proseRemoveAt: 0.985,
  /** The model never takes the article below this share of its text (what the rules left). */
  keepAtLeast: 0.5,
  /** The learned ask reading (ask-words.ts): probability at or above which a short line is an ask… */
  askWordsRemoveAt: 0.93,
  /** …read only on lines this short… */
  askWordsMaxChars: 160,
  /** …of at most this many sentences… */
  askWordsMaxSentences: 2,
  /** …with at least this share of its letters Latin (the script of the languages it learned). */
  askWordsLatinShare: 0.8,
} as const;
