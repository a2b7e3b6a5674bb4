/**
 * Where the article's prose is: for every element, how many prose paragraphs it holds, and the
 * document-order range from the first to the last prose paragraph, so a block can be placed
 * before ("head"), inside ("body") or after ("tail") the text. Shared by both clutter passes.
 */
import { askOf, readsAsProse, type TextCache } from "./block-signals.js";
import type { BlockStats } from "./block-stats.js";
import type { Position } from "./classify-block.js";

/** Where prose is in the article: per element, how many prose paragraphs it holds. */
export interface ProseMap {
  inside: Map<Element, number>;
  /** Document-order index of the first and last prose paragraph. */
  first: number;
  last: number;
}

const PROSE_LEAVES = new Set(["p", "li", "dd", "blockquote", "td", "div", "pre"]);

export function mapProse(root: Element, cache: TextCache, stats: Map<Element, BlockStats>): ProseMap {
  const inside = new Map<Element, number>();
  let first = -1;
  let last = -1;
  for (const [el, s] of stats) {
    if (el === root || !PROSE_LEAVES.has(el.localName) || s.hasBlockChild || s.chars < 80) continue;
    const text = cache.textOf(el);
    const density = s.chars ? s.linkChars / s.chars : 0;
    if (!readsAsProse(text, density, text.length < 400 ? askOf(text, cache) : null)) continue;
    if (first < 0 || s.start < first) first = s.start;
    if (s.start > last) last = s.start;
    for (let up = el.parentElement; up && up !== root; up = up.parentElement) inside.set(up, (inside.get(up) ?? 0) + 1);
  }
  return { inside, first, last };
}

export function positionOf(s: BlockStats, prose: ProseMap): Position {
  if (prose.first < 0) return "body";
  if (s.end < prose.first) return "head";
  if (s.start > prose.last) return "tail";
  return "body";
}

