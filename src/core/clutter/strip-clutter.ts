/**
 * Removes the blocks that Readability leaves inside articles but a reader does not want:
 * subscribe / newsletter / donation asks, paywall teasers, feedback widgets, follow lines,
 * recirculation lists, share bars, ad labels, repeated bylines and datelines, site chrome.
 * One top-down pass: each candidate block is judged by classify-block.ts with its position
 * relative to the article's prose; a removed container is not looked into again. Every
 * removal is recorded with its reason.
 */
import type { RemovedBlock } from "../article.js";
import { callToActionOf, readsAsProse, TextCache } from "./block-signals.js";
import { measureTree, type BlockStats } from "./block-stats.js";
import { classifyBlock, type Position } from "./classify-block.js";

const CANDIDATES = new Set(["p", "div", "aside", "section", "ul", "ol", "dl", "form", "figure", "h2", "h3", "h4", "h5", "h6", "nav", "footer", "header", "table"]);

/** Where prose is in the article: per element, how many prose paragraphs it holds. */
interface ProseMap {
  inside: Map<Element, number>;
  /** Document-order index of the first and last prose paragraph. */
  first: number;
  last: number;
}

const PROSE_LEAVES = new Set(["p", "li", "dd", "blockquote", "td", "div", "pre"]);

function mapProse(root: Element, cache: TextCache, stats: Map<Element, BlockStats>): ProseMap {
  const inside = new Map<Element, number>();
  let first = -1;
  let last = -1;
  for (const [el, s] of stats) {
    if (el === root || !PROSE_LEAVES.has(el.localName) || s.hasBlockChild || s.chars < 80) continue;
    const text = cache.textOf(el);
    const density = s.chars ? s.linkChars / s.chars : 0;
    if (!readsAsProse(text, density, text.length < 400 ? callToActionOf(text) : null)) continue;
    if (first < 0 || s.start < first) first = s.start;
    if (s.start > last) last = s.start;
    for (let up = el.parentElement; up && up !== root; up = up.parentElement) inside.set(up, (inside.get(up) ?? 0) + 1);
  }
  return { inside, first, last };
}

function positionOf(s: BlockStats, prose: ProseMap): Position {
  if (prose.first < 0) return "body";
  if (s.end < prose.first) return "head";
  if (s.start > prose.last) return "tail";
  return "body";
}

function record(el: Element, reason: string, cache: TextCache, removed: RemovedBlock[]): void {
  removed.push({ text: cache.textOf(el).slice(0, 120), reason });
  el.remove();
}

/** The list or link block that a removed recirculation heading introduced. */
function introducedBlock(heading: Element, stats: Map<Element, BlockStats>): Element | null {
  const next = heading.nextElementSibling;
  const s = next ? stats.get(next) : undefined;
  if (!next || !s || !s.chars) return null;
  const density = s.linkChars / s.chars;
  const isList = next.localName === "ul" || next.localName === "ol";
  if ((isList && density >= 0.5) || (density >= 0.7 && s.chars < 600)) return next;
  return null;
}

const INTRODUCING = new Set(["recirculation-list", "author-bio"]);

/** Strips clutter blocks from the article root in place and returns what was removed. */
export function stripClutter(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  const cache = new TextCache();
  const stats = measureTree(root);
  const prose = mapProse(root, cache, stats);
  const total = Math.max(1, stats.get(root)!.chars);
  // Map order is document order (pre-order). A removed block's descendants are skipped by range.
  let skipUntil = -1;
  for (const [el, s] of stats) {
    if (el === root || s.start <= skipUntil || !CANDIDATES.has(el.localName)) continue;
    const verdict = classifyBlock(el, {
      cache,
      stats: s,
      position: positionOf(s, prose),
      proseInside: prose.inside.get(el) ?? 0,
      shareOfArticle: s.chars / total,
    });
    if (!verdict) continue;
    const follower = INTRODUCING.has(verdict.reason) && s.chars <= 60 ? introducedBlock(el, stats) : null;
    record(el, verdict.reason, cache, removed);
    skipUntil = s.end;
    if (follower && !(prose.inside.get(follower) ?? 0)) {
      record(follower, verdict.reason, cache, removed);
      skipUntil = stats.get(follower)!.end;
    }
  }
  return removed;
}
