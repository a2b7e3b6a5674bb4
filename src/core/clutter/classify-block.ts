/**
 * The decision for one block: adds up weighted signals of three kinds (text, structure,
 * attributes) and removes the block only when the total reaches REMOVE_AT *and* at least two
 * kinds agree, so no keyword and no class name decides alone. Prose (sentence-like, few links,
 * no call to action to the reader) carries a heavy penalty: a paragraph about a subscription
 * price rise or a donation drive stays. The reason recorded is the one with the most weight.
 */
import {
  amountPickerOf,
  askOf,
  attributeOf,
  chromeRoleOf,
  datelineOf,
  footerOf,
  galleryControlsOf,
  labelOf,
  leadInLineOf,
  readsAsProse,
  type TextCache,
} from "./block-signals.js";
import type { BlockStats } from "./block-stats.js";
import type { ClutterReason } from "./reasons.js";

/** Signal weights. Tuned on the corpus (see docs/clutter-stripping.md), not on one page. */
export const WEIGHTS = {
  ctaStrong: 2,
  ctaWeak: 1,
  secondCta: 1,
  ctaLink: 1,
  label: 2.5,
  leadIn: 2,
  attributeStrong: 2,
  attributeWeak: 1,
  chromeRole: 2,
  form: 2,
  button: 1,
  linkDense: 1,
  linkList: 1.5,
  headlineList: 1,
  short: 0.5,
  veryShort: 0.5,
  askIsTheBlock: 0.5,
  edge: 0.5,
  dateline: 1.5,
  datelineAtHead: 1,
  gallery: 2,
  footer: 2,
  amounts: 1.5,
  prose: -3,
} as const;

export const REMOVE_AT = 3;

export type SignalKind = "text" | "structure" | "attribute";
export type Position = "head" | "body" | "tail";

export interface BlockContext {
  cache: TextCache;
  /** The block's measurements from measureTree(). */
  stats: BlockStats;
  /** Where the block sits relative to the article's prose: before the first, between, after the last. */
  position: Position;
  /** Prose paragraphs inside the block (0 for a leaf). */
  proseInside: number;
  /** Share of the whole article's text that this block holds. */
  shareOfArticle: number;
}

export interface Verdict {
  reason: ClutterReason;
  score: number;
  kinds: SignalKind[];
  /** The call to action's row or parts, when text was one of the signals (explain mode). */
  via?: string;
}

/** Longest paragraph that can be an ask as a whole (askIsTheBlock). */
const ASK_BLOCK_MAX_CHARS = 200;

/** Sentence ends followed by more text: "Please help. We rely on you." counts 2. */
function sentencesIn(text: string): number {
  return (text.trim().match(/[.!?…](?:["'”’)\]]*)\s+(?=\S)/gu)?.length ?? 0) + 1;
}

/** Blocks longer than this are only judged by attributes, structure and prose count. */
const TEXT_SIGNAL_MAX = 600;

class Tally {
  score = 0;
  readonly kinds = new Set<SignalKind>();
  private readonly byReason = new Map<ClutterReason, number>();

  add(weight: number, kind: SignalKind, reason?: ClutterReason): void {
    this.score += weight;
    if (weight > 0) this.kinds.add(kind);
    if (reason && weight > 0) this.byReason.set(reason, (this.byReason.get(reason) ?? 0) + weight);
  }

  topReason(): ClutterReason | null {
    let best: ClutterReason | null = null;
    let bestWeight = 0;
    for (const [reason, weight] of this.byReason) if (weight > bestWeight) [best, bestWeight] = [reason, weight];
    return best;
  }
}

/**
 * A list whose items are (almost) all link: share of linked items, and share of items that
 * read like headlines (4-20 words, no sentence end): the shape of "other stories" lists.
 */
function linkListShape(el: Element, cache: TextCache): { linked: number; headlines: number } {
  const none = { linked: 0, headlines: 0 };
  if (el.localName !== "ul" && el.localName !== "ol") return none;
  const items = Array.from(el.children).filter((c) => c.localName === "li");
  if (items.length < 2) return none;
  let linked = 0;
  let headlines = 0;
  for (const li of items) {
    const text = cache.textOf(li);
    if (!text || cache.linkTextOf(li) / text.length < 0.6 || li.querySelector("a[href^='#']")) continue;
    linked++;
    const words = text.split(" ").length;
    if (words >= 4 && words <= 20 && !/[.!?:;]["'”»)]*$/u.test(text)) headlines++;
  }
  return { linked: linked / items.length, headlines: headlines / items.length };
}

/** The rules' weighted tally of one block, whether or not it reaches REMOVE_AT (also a model feature). */
export interface RuleTally {
  score: number;
  kinds: SignalKind[];
  reason: ClutterReason | null;
  /** The call to action's row or parts, when one was read (Hit.via). */
  via?: string;
}

export function classifyBlock(el: Element, ctx: BlockContext): Verdict | null {
  const tally = ruleTally(el, ctx);
  const reason = tally.reason;
  if (!reason || tally.score < REMOVE_AT || tally.kinds.length < 2) return null;
  // Never more than a minor share of the article in one block, whatever the signals say.
  if (ctx.shareOfArticle > 0.35) return null;
  return { reason, score: tally.score, kinds: tally.kinds, ...(tally.via ? { via: tally.via } : {}) };
}

export function ruleTally(el: Element, ctx: BlockContext): RuleTally {
  const { cache, stats } = ctx;
  // Text is read only for blocks short enough to carry a text signal: no long textContent.
  const text = stats.chars <= TEXT_SIGNAL_MAX + 200 ? cache.textOf(el) : "";
  const length = text ? text.length : stats.chars;
  const isLeaf = !stats.hasBlockChild;
  const linkDensity = stats.chars ? Math.min(1, stats.linkChars / stats.chars) : 0;
  const tally = new Tally();

  // Text signals. Calls to action are read on leaves and on small containers only: in a big
  // container the phrase belongs to one of its children, which is judged on its own.
  const cta = text && length <= TEXT_SIGNAL_MAX ? askOf(text, cache) : null;
  // A learned ask's reason is a guess: it names the block only when no other signal does.
  const ctaReason = cta?.learned ? undefined : cta?.reason;
  if (cta) tally.add(cta.strength === "strong" ? WEIGHTS.ctaStrong : WEIGHTS.ctaWeak, "text", ctaReason);
  if (cta?.count && cta.count > 1) tally.add(WEIGHTS.secondCta, "text", ctaReason);
  // The ask is a link: "Get New York Today in your inbox" as the anchor of a one-line aside.
  if (cta?.strength === "strong" && linkDensity >= 0.3) tally.add(WEIGHTS.ctaLink, "structure", ctaReason);
  const label = text ? labelOf(text) : null;
  if (label) tally.add(WEIGHTS.label, "text", label);
  else {
    const leadIn = leadInLineOf(text, linkDensity);
    if (leadIn) tally.add(WEIGHTS.leadIn, "text", leadIn);
  }
  const dateline = isLeaf && !!text && datelineOf(text);
  if (dateline) {
    tally.add(WEIGHTS.dateline, "text", "byline-dateline");
    if (ctx.position === "head") tally.add(WEIGHTS.datelineAtHead, "structure", "byline-dateline");
  }
  if (isLeaf && text && galleryControlsOf(text)) tally.add(WEIGHTS.gallery, "text", "gallery-controls");
  if (ctx.position === "tail" && text && footerOf(text)) tally.add(WEIGHTS.footer, "text", "site-footer");
  if (text && length <= 300 && amountPickerOf(text)) tally.add(WEIGHTS.amounts, "structure", "donation-ask");

  // Attribute signals.
  const attribute = attributeOf(el);
  if (attribute) tally.add(attribute.strength === "strong" ? WEIGHTS.attributeStrong : WEIGHTS.attributeWeak, "attribute", attribute.reason);
  const chrome = chromeRoleOf(el);
  if (chrome) tally.add(WEIGHTS.chromeRole, "attribute", chrome);

  // Structure signals.
  const fallback = tally.topReason();
  if (stats.hasForm) tally.add(WEIGHTS.form, "structure", fallback ?? "newsletter-signup");
  if (stats.hasButton) tally.add(WEIGHTS.button, "structure", fallback ?? undefined);
  const list = linkListShape(el, cache);
  if (list.linked >= 0.7) tally.add(WEIGHTS.linkList, "structure", fallback ?? "recirculation-list");
  // Headline-shaped link lists are "other stories" at the edges; inside the body they may be
  // the article's own list (products in a deals post, sources in a roundup).
  if (list.headlines >= 0.7 && ctx.position !== "body") tally.add(WEIGHTS.headlineList, "text", fallback ?? "recirculation-list");
  if (list.linked < 0.7 && linkDensity >= 0.6 && length > 0) tally.add(WEIGHTS.linkDense, "structure", fallback ?? undefined);
  if (length > 0 && length < 200) tally.add(WEIGHTS.short, "structure");
  if (length > 0 && length < 60) tally.add(WEIGHTS.veryShort, "structure");
  // A paragraph that is one or two sentences and carries a strong ask is the ask ("Please consider
  // supporting our newsroom with a gift today."): it goes between two prose paragraphs too.
  if (isLeaf && cta?.strength === "strong" && length < ASK_BLOCK_MAX_CHARS && sentencesIn(text) <= 2) tally.add(WEIGHTS.askIsTheBlock, "structure", ctaReason);
  if (ctx.position !== "body") tally.add(WEIGHTS.edge, "structure");

  // Prose protection: a prose leaf, or a container holding prose, resists removal.
  const prose = isLeaf ? (text ? readsAsProse(text, linkDensity, cta) : length > 0) : ctx.proseInside > 0;
  if (prose) tally.add(WEIGHTS.prose * Math.max(1, Math.min(ctx.proseInside, 3)), "text");

  return { score: tally.score, kinds: [...tally.kinds], reason: tally.topReason() ?? (cta?.learned ? cta.reason : null), ...(cta?.via ? { via: cta.via } : {}) };
}
