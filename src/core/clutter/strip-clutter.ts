/**
 * Removes the blocks that Readability leaves inside articles but a reader does not want:
 * subscribe / newsletter / donation asks, paywall teasers, feedback widgets, follow lines,
 * recirculation lists, share bars, ad labels, repeated bylines and datelines, site chrome.
 * One top-down pass: each candidate block is judged by classify-block.ts with its position
 * relative to the article's prose; a removed container is not looked into again. Every
 * removal is recorded with its reason.
 */
import type { RemovedBlock } from "../article.js";
import { readsAsProse, callToActionOf, TextCache } from "./block-signals.js";
import { classifyBlock, type Position } from "./classify-block.js";

const CANDIDATES = "p, div, aside, section, ul, ol, dl, form, figure, h2, h3, h4, h5, h6, nav, footer, header, table";
const PROSE_LEAVES = "p, li, dd, blockquote, td, div, pre";
const BLOCK_CHILD = "p, div, section, article, aside, ul, ol, dl, table, h1, h2, h3, h4, h5, h6, blockquote, figure, form, header, footer, nav, pre";

/** Where prose is in the article: per element, how many prose paragraphs it holds. */
interface ProseMap {
  inside: Map<Element, number>;
  first: Element | null;
  last: Element | null;
}

function mapProse(root: Element, cache: TextCache): ProseMap {
  const inside = new Map<Element, number>();
  let first: Element | null = null;
  let last: Element | null = null;
  for (const el of Array.from(root.querySelectorAll(PROSE_LEAVES))) {
    if (el.localName === "div" && el.querySelector(BLOCK_CHILD)) continue;
    const text = cache.textOf(el);
    if (text.length < 80) continue;
    const density = cache.linkTextOf(el) / text.length;
    if (!readsAsProse(text, density, callToActionOf(text))) continue;
    first ??= el;
    last = el;
    for (let up = el.parentElement; up && up !== root; up = up.parentElement) inside.set(up, (inside.get(up) ?? 0) + 1);
  }
  return { inside, first, last };
}

function positionOf(el: Element, prose: ProseMap): Position {
  if (!prose.first || !prose.last) return "body";
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  const CONTAINS = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY
  const toFirst = el.compareDocumentPosition(prose.first);
  if (toFirst & CONTAINS || el === prose.first) return "body";
  if (toFirst & FOLLOWING) return "head";
  const toLast = el.compareDocumentPosition(prose.last);
  if (toLast & CONTAINS || el === prose.last) return "body";
  return toLast & FOLLOWING ? "body" : "tail";
}

function record(el: Element, reason: string, cache: TextCache, removed: RemovedBlock[]): void {
  removed.push({ text: cache.textOf(el).slice(0, 120), reason });
  el.remove();
}

/** The list or link block that a removed recirculation heading introduced. */
function introducedBlock(heading: Element, cache: TextCache): Element | null {
  const next = heading.nextElementSibling;
  if (!next) return null;
  const text = cache.textOf(next);
  if (!text) return null;
  const density = cache.linkTextOf(next) / text.length;
  const isList = next.localName === "ul" || next.localName === "ol";
  if ((isList && density >= 0.5) || (density >= 0.7 && text.length < 600)) return next;
  return null;
}

const INTRODUCING = new Set(["recirculation-list", "author-bio"]);

/** Strips clutter blocks from the article root in place and returns what was removed. */
export function stripClutter(root: Element): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  const cache = new TextCache();
  const prose = mapProse(root, cache);
  const total = Math.max(1, cache.textOf(root).length);
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    if (!el.isConnected && !root.contains(el)) continue;
    if (!root.contains(el)) continue;
    const verdict = classifyBlock(el, {
      cache,
      position: positionOf(el, prose),
      proseInside: prose.inside.get(el) ?? 0,
      shareOfArticle: cache.textOf(el).length / total,
    });
    if (!verdict) continue;
    const follower = INTRODUCING.has(verdict.reason) && cache.textOf(el).length <= 60 ? introducedBlock(el, cache) : null;
    record(el, verdict.reason, cache, removed);
    if (follower && !(prose.inside.get(follower) ?? 0)) record(follower, verdict.reason, cache, removed);
  }
  return removed;
}
