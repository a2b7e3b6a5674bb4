/**
 * Why a block was removed: the closed vocabulary recorded in Article.removed[].reason, one
 * place so the rule tables, the classifier and the tests agree on the names.
 */
export const CLUTTER_REASONS = [
  "newsletter-signup",
  "subscription-pitch",
  "donation-ask",
  "feedback-widget",
  "follow-author",
  "recirculation-list",
  "share-tools",
  "advertisement",
  "app-promo",
  "audio-player",
  "navigation",
  "byline-dateline",
  "author-bio",
  "site-footer",
  "gallery-controls",
  "comments",
  // Notices that are the site speaking about its business, not the article: "we may earn a commission",
  // "book a demo" (issue #14).
  "affiliate-disclosure",
  "sales-pitch",
  // The learned model's removals that no rule names (model/, learned-pass.ts): site furniture by shape.
  "boilerplate",
  // Not a block the classifier judges: an image that only reports the reading (src/core/tracking-pixels.ts).
  "tracking-pixel",
  // Tidy steps after the classifier, one module each (src/core/tidy/): junk a reader still sees.
  "media-stub",
  "kicker",
  "duplicate-header",
  "duplicate-block",
] as const;

export type ClutterReason = (typeof CLUTTER_REASONS)[number];
