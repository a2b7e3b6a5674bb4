/**
 * Measures the signals of one block: its text (calls to action, labels, datelines), its
 * structure (length, sentences, link density, forms, buttons, link lists) and its attribute
 * names. Pure reads over the DOM with per-element caches, so a pass over a whole article stays
 * linear in practice: no layout, no getComputedStyle.
 */
import { ATTRIBUTE_MATCHERS, CTA_INDEX, CTA_MATCHERS, LABEL_REASONS, LEAD_IN_LABELS } from "./compile-rules.js";
import { askCuesOf, composedAskOf } from "./composed-ask.js";
import { ASK_WORD_WEIGHTS } from "./model/ask-word-weights.js";
import { askWordsApply, scoreAskWords, type AskWordsModel } from "./model/ask-words.js";
import { MODEL_THRESHOLDS } from "./model/thresholds.js";
import { prefilterForm } from "./required-literals.js";
import { CHROME_ROLES } from "./rules/attribute-names.js";
import type { Strength } from "./rules/calls-to-action.js";
import { AMOUNT_PATTERN, BYLINE_PATTERN, DATELINE_PATTERNS, FOOTER_PATTERN, GALLERY_COUNTER, GALLERY_SINGLE_WORDS, GALLERY_WORDS } from "./rules/structure-patterns.js";
import type { ClutterReason } from "./reasons.js";
import { wordTokens } from "../text-counts.js";
import { trimWhere } from "../trim-chars.js";

export interface Hit {
  reason: ClutterReason;
  strength: Strength;
  /** For text: how many distinct strong phrases matched (two asks in one block are telling). */
  count?: number;
  /** For text, in explain mode's words: the row that matched, or the parts an ask was read from. */
  via?: string;
  /**
   * Read by the learned ask reading: its reason is a guess from the line's offer, so a block's
   * other signals name the reason when they have one.
   */
  learned?: boolean;
}

/** Per-pass caches: text and link text per element, computed once; and the pass's ask reading. */
export class TextCache {
  private readonly text = new WeakMap<Element, string>();
  private readonly linkText = new WeakMap<Element, number>();

  /** The learned ask reading's weights (model/ask-words.ts), or null to read asks by rows and parts only. */
  constructor(readonly askWords: AskWordsModel | null = ASK_WORD_WEIGHTS) {}

  textOf(el: Element): string {
    let value = this.text.get(el);
    if (value === undefined) {
      value = normaliseText(el.textContent);
      this.text.set(el, value);
    }
    return value;
  }

  linkTextOf(el: Element): number {
    let value = this.linkText.get(el);
    if (value === undefined) {
      value = 0;
      if (el.localName === "a") value = this.textOf(el).length;
      else for (const a of Array.from(el.querySelectorAll("a"))) value += this.textOf(a).length;
      this.linkText.set(el, value);
    }
    return value;
  }
}

export function normaliseText(text: string | null | undefined): string {
  return (text ?? "").replace(/[\s\u00a0\u200b]+/g, " ").replace(/[’‘`´]/g, "'").trim();
}

/** Text with quoted passages blanked: a call to action quoted in reporting is not one. */
function unquoted(text: string): string {
  return text.replace(/["“„«»”][^"“”„«»]{3,200}["”“»«]/g, " ");
}

/** Results per text: the prose map and the classifier ask about the same blocks. */
const ctaMemo = new Map<string, Hit | null>();

/**
 * Longest text read for calls to action (the classifier's text-signal limit). Some rows are
 * quadratic in the worst case (a bounded gap like `.{0,80}` retried from every start), so the
 * bound is what keeps a row's cost small; tests/unit/redos-checker.test.ts holds it to this.
 */
export const CTA_TEXT_MAX = 600;

export function callToActionOf(text: string): Hit | null {
  if (!text || text.length > CTA_TEXT_MAX) return null;
  if (ctaMemo.has(text)) return ctaMemo.get(text) ?? null;
  if (ctaMemo.size > 2000) ctaMemo.clear();
  const hit = matchCallToAction(text);
  ctaMemo.set(text, hit);
  return hit;
}

/** Results per weight table and text, as ctaMemo. */
const askWordsMemo = new WeakMap<AskWordsModel, Map<string, Hit | null>>();

/**
 * The call to action of a block's text as a pass reads it: the rows and the parts reading
 * (callToActionOf), and when neither is sure, the learned ask reading of a short line.
 */
export function askOf(text: string, cache: TextCache): Hit | null {
  const hit = callToActionOf(text);
  const model = cache.askWords;
  if (hit?.strength === "strong" || !model || !text) return hit;
  // Memoised before the gate: the passes ask about the same block three or four times.
  let memo = askWordsMemo.get(model);
  if (!memo) askWordsMemo.set(model, (memo = new Map()));
  if (memo.has(text)) return memo.get(text) ?? hit;
  if (memo.size > 2000) memo.clear();
  if (!askWordsApply(text)) {
    memo.set(text, null);
    return hit;
  }
  const plain = unquoted(text);
  // Scored plainly first; the features that weighed most are listed only for a line it takes.
  const taken = plain.trim() && scoreAskWords(plain, model).probability >= MODEL_THRESHOLDS.askWordsRemoveAt;
  const score = taken ? scoreAskWords(plain, model, true) : null;
  const learned: Hit | null =
    score
      ? {
          reason: hit?.reason ?? askWordsReason(plain),
          strength: "strong",
          count: 1,
          learned: true,
          via: `the learned ask reading, p ${score.probability.toFixed(3)} ≥ ${MODEL_THRESHOLDS.askWordsRemoveAt} (${score.top.map((t) => `${t.feature} ${t.weight >= 0 ? "+" : ""}${t.weight.toFixed(2)}`).join(", ")})`,
        }
      : null;
  memo.set(text, learned);
  return learned ?? hit;
}

/** The reason a learned ask is recorded under: what it offers, else a heading's recirculation. */
function askWordsReason(text: string): ClutterReason {
  return askCuesOf(text).offer ?? (/[.!?…]$/u.test(text) ? "boilerplate" : "recirculation-list");
}

function matchCallToAction(text: string): Hit | null {
  const plain = unquoted(text);
  const hit = matchRows(plain);
  if (hit?.strength === "strong") return hit;
  // No row is sure: the line may still be an ask built from the usual parts (composed-ask.ts).
  const composed = composedAskOf(plain);
  if (!composed) return hit;
  return { reason: hit?.reason ?? composed.reason, strength: "strong", count: 1, via: `an ask read from its parts: ${composed.cues.join(" + ")}, offering "${composed.offer}"` };
}

function matchRows(plain: string): Hit | null {
  const candidates = CTA_INDEX.candidates(prefilterForm(plain));
  let first: Hit | null = null;
  for (let i = candidates.indexOf(1); i !== -1; i = candidates.indexOf(1, i + 1)) {
    const row = CTA_MATCHERS[i]!;
    if (!row.quick.test(plain) || !row.pattern.test(plain)) continue;
    if (!first) {
      first = { reason: row.reason, strength: row.strength, count: 1, via: `${row.strength} ${row.lang} row /${row.source.source.slice(0, 60)}…/` };
      if (row.strength === "weak") return first;
    } else if (row.strength === "strong") {
      first.count = 2;
      break;
    } else break;
  }
  return first;
}

/** Lower-case label form: punctuation, arrows, bullets and counters around the words trimmed. */
export function labelForm(text: string): string {
  return trimWhere(text.toLowerCase(), (char) => LABEL_EDGE.test(char)).replace(/\s+/g, " ");
}

const LABEL_EDGE = /^[\s\p{P}\p{S}\d]$/u;

export function labelOf(text: string): ClutterReason | null {
  if (text.length > 60) return null;
  return LABEL_REASONS.get(labelForm(text)) ?? null;
}

/** "Related: …", "READ MORE …": a recirculation label opening the block. */
export function leadInOf(text: string): ClutterReason | null {
  return leadInLabelChars(text) ? "recirculation-list" : null;
}

/** Characters of the text up to the end of its opening recirculation label, or 0 when it has none. */
function leadInLabelChars(text: string): number {
  const lower = text.toLowerCase();
  const start = lower.length - lower.replace(/^[\s\p{P}\p{S}]+/u, "").length;
  for (const label of LEAD_IN_LABELS) {
    if (lower.startsWith(label, start) && /^[\s:：|»>→–—-]/u.test(lower.slice(start + label.length, start + label.length + 1) || " ")) return start + label.length;
  }
  return 0;
}

/** Link density from which a line that opens with a lead-in label is a link line… */
export const LEAD_IN_LINK_DENSITY = 0.5;
/** …or the share of the text after the label that links must cover ("Potrebbe interessarti: <a>La metro</a>"). */
export const LEAD_IN_REST_LINKED = 0.7;

/**
 * A recirculation line of at most 200 characters: a lead-in label, then a link to another story.
 * The link is most of the line, or most of what follows the label (a long label before a short
 * headline), so a sentence that opens with "Read more" and links one word is not one.
 */
export function leadInLineOf(text: string, linkDensity: number): ClutterReason | null {
  if (!text || text.length > 200 || linkDensity <= 0) return null;
  const label = leadInLabelChars(text);
  if (!label) return null;
  const rest = text.slice(label).replace(/^[\s:：|»>→–—-]+/u, "").length;
  return linkDensity >= LEAD_IN_LINK_DENSITY || (rest > 0 && linkDensity * text.length >= LEAD_IN_REST_LINKED * rest) ? "recirculation-list" : null;
}

/** Class, id, role, aria-label and data-* names of one element, as separate tokens. */
export function nameTokens(el: Element): string[] {
  const tokens: string[] = [];
  const cls = el.getAttribute("class");
  if (cls) tokens.push(...cls.split(/\s+/));
  if (el.id) tokens.push(el.id);
  // Names, then the values of data-* only: reading every attribute as an Attr node costs more.
  for (const name of el.getAttributeNames()) {
    if (name.startsWith("data-") && name !== "data-src" && name !== "data-srcset") {
      tokens.push(name.slice(5));
      const value = el.getAttribute(name) ?? "";
      if (value.length > 0 && value.length <= 40 && !/[/:]/.test(value)) tokens.push(value);
    }
  }
  const aria = el.getAttribute("aria-label");
  if (aria && aria.length <= 40) tokens.push(aria.replace(/\s+/g, "-"));
  return tokens.filter((t) => t.length > 1);
}

export function attributeOf(el: Element): Hit | null {
  let weak: Hit | null = null;
  for (const token of nameTokens(el)) {
    for (const [pattern, reason, strength] of ATTRIBUTE_MATCHERS) {
      if (!pattern.test(token)) continue;
      if (strength === "strong") return { reason, strength };
      weak ??= { reason, strength };
    }
  }
  return weak;
}

export function chromeRoleOf(el: Element): ClutterReason | null {
  const role = el.getAttribute("role");
  if (role && CHROME_ROLES.has(role)) return CHROME_ROLES.get(role)!;
  if (el.localName === "nav") return "navigation";
  return null;
}

const SENTENCE_END = /[.!?…。！？]["'”»)]*(?:\s|$)/g;

/** Sentence-like units: ends of sentences in text that has enough words to hold them. */
export function sentenceCount(text: string): number {
  const ends = text.match(SENTENCE_END)?.length ?? 0;
  const words = wordCount(text);
  return Math.min(ends, Math.floor(words / 5));
}

/** Words: tokens between spaces that hold a letter or a digit, and a word per two characters of a script written without spaces. */
export function wordCount(text: string): number {
  const { tokens, cjk } = wordTokens(text);
  return tokens + Math.floor(cjk / 2);
}

/**
 * Reads as prose: sentence-like, low link density, no call to action addressed to the reader.
 * The protection that keeps articles about subscriptions and donations whole.
 */
export function readsAsProse(text: string, linkDensity: number, cta: Hit | null): boolean {
  if (linkDensity >= 0.3) return false;
  if (cta?.strength === "strong" && text.length < 400) return false;
  const words = wordCount(text);
  if (words >= 40) return true;
  const sentences = sentenceCount(text);
  // News paragraphs are often one long sentence; a call to action is rarely 20 words.
  return (words >= 25 && sentences >= 2) || (words >= 20 && sentences >= 1);
}

/** Longest text read as a dateline or byline; the byline pattern is polynomial within it. */
export const DATELINE_TEXT_MAX = 140;

/** A date, time or byline standing alone (a sentence that starts with a date is not one). */
export function datelineOf(text: string): boolean {
  if (text.length > DATELINE_TEXT_MAX || wordCount(text) > 12) return false;
  text = text.replace(/^[\s|•·,;:–—-]+/u, "");
  return DATELINE_PATTERNS.some((p) => p.test(text)) || BYLINE_PATTERN.test(text);
}

/** Slideshow furniture: "1 of 6", "Caption", "Image 1 23 Caption Close". Bare numbers are not. */
export function galleryControlsOf(text: string): boolean {
  if (text.length > 50 || !text) return false;
  if (GALLERY_COUNTER.test(text)) return true;
  const words = text.toLowerCase().split(/[\s/|]+/).filter(Boolean);
  if (words.length === 1) return GALLERY_SINGLE_WORDS.has(words[0]!);
  return words.every((w) => /^\d+$/.test(w) || GALLERY_WORDS.has(w)) && words.some((w) => GALLERY_WORDS.has(w));
}

export function footerOf(text: string): boolean {
  return text.length <= 200 && FOOTER_PATTERN.test(text);
}

/** Longest text read as an amount picker; the amount pattern is quadratic on a long run of digits. */
export const AMOUNT_TEXT_MAX = 300;

/** An amount picker: two or more amounts and hardly anything else ("$10 $25 $50 Other"). */
export function amountPickerOf(text: string): boolean {
  if (text.length > AMOUNT_TEXT_MAX) return false;
  const amounts = text.match(AMOUNT_PATTERN)?.length ?? 0;
  return amounts >= 2 && wordCount(text.replace(AMOUNT_PATTERN, " ")) <= 4;
}
