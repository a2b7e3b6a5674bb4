/**
 * Removes the subscribe / donate / feedback / recirculation blocks that Readability
 * leaves inside articles. A first, conservative classifier: a block goes when it is short
 * and reads as a call to action, or when its own attributes name a clutter component and
 * it does not read as prose. Every removal is recorded with its reason.
 */
import type { RemovedBlock } from "../article.js";
import { ATTRIBUTE_NAMES, CALL_TO_ACTION_TEXT, type ClutterReason } from "./rules.js";

const CANDIDATES = "p, div, aside, section, ul, ol, form, figure, h2, h3, h4, h5, h6, blockquote, nav, footer";
const SHORT_BLOCK_CHARS = 300;

function normalise(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

function textReason(text: string): ClutterReason | null {
  if (text.length === 0 || text.length > SHORT_BLOCK_CHARS) return null;
  for (const [reason, patterns] of Object.entries(CALL_TO_ACTION_TEXT) as Array<[ClutterReason, RegExp[]]>) {
    if (patterns.some((pattern) => pattern.test(text))) return reason;
  }
  return null;
}

function attributeReason(el: Element): ClutterReason | null {
  const names = [el.id, el.getAttribute("class") ?? "", el.getAttribute("role") ?? "", el.getAttribute("aria-label") ?? ""].join(" ");
  if (!names.trim()) return null;
  for (const token of names.split(/\s+/)) {
    for (const [pattern, reason] of ATTRIBUTE_NAMES) if (pattern.test(token)) return reason;
  }
  return null;
}

/** Prose: several sentences with few links. Attribute names alone never remove prose. */
function readsAsProse(el: Element, text: string): boolean {
  const linkText = Array.from(el.querySelectorAll("a")).reduce((n, a) => n + normalise(a.textContent).length, 0);
  const sentences = text.split(/[.!?。！？]+\s/).filter((s) => s.trim().length > 20).length;
  return text.length > 400 && sentences >= 3 && linkText / Math.max(1, text.length) < 0.3;
}

function record(el: Element, reason: ClutterReason, removed: RemovedBlock[]): void {
  removed.push({ text: normalise(el.textContent).slice(0, 120), reason });
  el.remove();
}

/** Strips clutter blocks from the article root in place and returns what was removed. */
export function stripClutter(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    if (!root.contains(el)) continue;
    const text = normalise(el.textContent);
    const byAttribute = attributeReason(el);
    if (byAttribute && !readsAsProse(el, text)) {
      record(el, byAttribute, removed);
      continue;
    }
    const hasBlockChildren = el.querySelector("p, div, section, ul, ol, h2, h3, h4") !== null;
    if (hasBlockChildren) continue;
    const byText = textReason(text);
    if (byText) record(el, byText, removed);
  }
  return removed;
}
