/**
 * Signal table: names in class / id / data-* / aria-label / role that designate a clutter
 * component. A row is [pattern, reason, strength]; a pattern is tested against each
 * name token (class tokens, the id, data-* attribute names and values, role, aria-label), so
 * "newsletter-signup-inline" and "c-newsletter__form" both hit /newsletter/. "strong" names are
 * rarely put on article text (outbrain, paywall, newsletter); "weak" ones are (share, promo,
 * related can be on a wrapper of the whole story). Attributes alone never remove prose.
 */
import type { ClutterReason } from "../reasons.js";
import type { Strength } from "./calls-to-action.js";

export type AttributeRow = readonly [pattern: RegExp, reason: ClutterReason, strength: Strength];

export const ATTRIBUTE_NAMES: readonly AttributeRow[] = [
  [/newsletter|nieuwsbrief|signup|sign-up|sign_up|email-?capture|email-?optin|optin|subscribe-?form|inline-?subscribe/i, "newsletter-signup", "strong"],
  [/paywall|regwall|meter(?:ed)?-?(?:wall|banner)|piano|tp-container|subscriber-?only|premium-?(?:teaser|banner|wall)/i, "subscription-pitch", "strong"],
  [/subscri(?:be|ption)|abo-?(?:teaser|box|promo)/i, "subscription-pitch", "weak"],
  [/donat|spende|contribut(?:e|ion|or)s?-?(?:ask|epic|banner|box|cta)|membership|become-?a-?member|support-?(?:us|box|banner|cta)/i, "donation-ask", "strong"],
  [/feedback|helpful|was-?this|survey|rating-?widget/i, "feedback-widget", "strong"],
  [/outbrain|taboola|recirc|ob-widget|trc_|zergnet|revcontent|mgid|related|read-?more|more-?(?:stories|articles|news|from)|most-?(?:popular|read|viewed)|mostpopular|trending|recommend|teaser-?list|further-?reading|also-?read|read-?next|up-?next/i, "recirculation-list", "strong"],
  [/share|sharing|social|sociable|addthis|sharethis/i, "share-tools", "weak"],
  [/^ad$|^ads?[-_]|[-_]ads?$|[-_]ad[-_]|advert|sponsor|dfp|gpt-?ad|adslot|ad-?slot|ad-?unit|ad-?container|banner-?ad|anzeige|commercial/i, "advertisement", "strong"],
  [/app-?(?:promo|download|banner|teaser)|download-?app|get-?the-?app/i, "app-promo", "strong"],
  [/audio-?player|audio-?vorlesen|vorlesen|(?:^|[-_])tts(?:$|[-_])|listen-?(?:to|article|button)|text-?to-?speech|tts-?player|speechify|readspeaker|beyondwords|trinity-?(?:audio|player)/i, "audio-player", "strong"],
  [/promo|(?:^|[-_])cta(?:$|[-_])|call-?to-?action|upsell|teaser-?box|house-?ad/i, "subscription-pitch", "weak"],
  [/author-?(?:bio|info|box|card|about|details)|about-?(?:the-?)?author|contributor-?bio|bio-?box/i, "author-bio", "strong"],
  [/breadcrumb|site-?nav|skip-?link|nav-?menu|main-?menu|^menu$|^nav$|navbar|topnav/i, "navigation", "strong"],
  [/^comments?$|comments?-?(?:list|section|area|form|count|wrap|container)|disqus|replies/i, "comments", "weak"],
  [/gallery-?(?:controls?|nav|count|counter)|slideshow-?(?:controls?|nav)|carousel-?(?:controls?|nav)|image-?counter|enlarge/i, "gallery-controls", "strong"],
  [/byline|dateline|timestamp|publish(?:ed)?-?(?:date|time)|article-?date|post-?meta|entry-?meta|article-?meta/i, "byline-dateline", "weak"],
  [/site-?footer|page-?footer|copyright|colophon/i, "site-footer", "strong"],
];

/** ARIA roles and elements that are page chrome, not article. */
export const CHROME_ROLES: ReadonlyMap<string, ClutterReason> = new Map([
  ["navigation", "navigation"],
  ["menu", "navigation"],
  ["menubar", "navigation"],
  ["banner", "navigation"],
  ["search", "navigation"],
  ["contentinfo", "site-footer"],
  ["complementary", "recirculation-list"],
]);
