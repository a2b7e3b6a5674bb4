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
} as const;
