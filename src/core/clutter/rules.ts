/**
 * Clutter rules as data: one table per signal. The classifier in strip-clutter.ts reads
 * these; adding a pattern or a language is a one-line change here (plus a test).
 */

/** Why a block was removed. Recorded in Article.removed[].reason. */
export type ClutterReason =
  | "newsletter-signup"
  | "subscription-pitch"
  | "donation-ask"
  | "feedback-widget"
  | "follow-author"
  | "recirculation-list"
  | "share-tools"
  | "advertisement";

/** Calls to action in text, per reason and language. Matched against short blocks only. */
export const CALL_TO_ACTION_TEXT: Record<ClutterReason, RegExp[]> = {
  "newsletter-signup": [
    /\b(?:sign up|subscribe) (?:for|to) (?:our|the|my)\b.*\bnewsletter/i,
    /\bnewsletters?\b.*\b(?:sign up|subscribe|inbox)\b/i,
    /\b(?:in|to) your inbox\b/i,
    /\bget our latest news\b/i,
    /\bsubscribe to get\b.*\bemail\b/i,
  ],
  "subscription-pitch": [
    /\balready a subscriber\b/i,
    /\bsubscribe (?:now|today)\b/i,
    /\b(?:log|sign) in to (?:continue|keep reading|read)\b/i,
  ],
  "donation-ask": [
    /\b(?:make|making) a (?:recurring |one-time )?donation\b/i,
    /\bsupport (?:our|independent) journalism\b/i,
    /\bhelp keep\b.*\bfree\b/i,
    /\bbecome a member\b/i,
  ],
  "feedback-widget": [
    /\bwas this (?:article|page|story) helpful\b/i,
    /\bsorry to hear that\b/i,
    /\bgive us another try\b/i,
  ],
  "follow-author": [/^follow\s+.{1,60}\s+on\s+(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon)\b/i],
  "recirculation-list": [/^(?:most popular|more articles|recommended|related (?:articles|stories|posts)|read more|you may also like|trending)$/i],
  "share-tools": [/^(?:share (?:this|on)|share)\b.{0,40}$/i],
  "advertisement": [/^(?:advertisement|sponsored|anzeige|publicité|publicidad|pubblicità)$/i],
};

/** Class / id / role / data-* fragments that name a clutter component. */
export const ATTRIBUTE_NAMES: Array<[RegExp, ClutterReason]> = [
  [/newsletter|signup|sign-up|subscribe-form|email-capture/i, "newsletter-signup"],
  [/paywall|subscription|subscribe|regwall/i, "subscription-pitch"],
  [/donat|membership|contribut(?:e|ion)-?(?:ask|epic|banner)/i, "donation-ask"],
  [/feedback|helpful|survey/i, "feedback-widget"],
  [/related|recirc|most-?popular|recommend|outbrain|taboola|read-?more|more-?articles/i, "recirculation-list"],
  [/share|social/i, "share-tools"],
  [/^ad$|^ads?[-_]|[-_]ads?$|advert|sponsor|dfp/i, "advertisement"],
];
