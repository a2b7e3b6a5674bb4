/**
 * Removes the blocks that Readability leaves inside articles but a reader does not want:
 * subscribe / newsletter / donation asks, paywall teasers, feedback widgets, follow lines,
 * recirculation lists, share bars, ad labels, repeated bylines and datelines, site chrome.
 * One top-down pass: each candidate block is judged by classify-block.ts with its position
 * relative to the article's prose; a removed container is not looked into again. Every
 * removal is recorded with its reason.
 */
import type { BlockExplanation, RemovedBlock } from "../article.js";
import { TextCache } from "./block-signals.js";
import { measureTree, type BlockStats } from "./block-stats.js";
import { classifyBlock, REMOVE_AT } from "./classify-block.js";
import type { AskWordsModel } from "./model/ask-words.js";
import { mapProse, positionOf } from "./prose-map.js";

const CANDIDATES = new Set(["p", "div", "aside", "section", "ul", "ol", "dl", "form", "figure", "h2", "h3", "h4", "h5", "h6", "nav", "footer", "header", "table"]);

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

export interface StripOptions {
  /** When given, receives one entry per removed block (explain mode). */
  explain?: BlockExplanation[];
  /** The learned ask reading's weights; null reads asks by rows and parts only (default: the shipped table). */
  askWords?: AskWordsModel | null;
}

/**
 * Strips clutter blocks the hand-written rules are sure of from the article root in place and
 * returns what was removed. The learned model's pass (learned-pass.ts) runs later, after tidy.
 */
export function stripClutter(root: Element, options: StripOptions = {}): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  const cache = new TextCache(options.askWords);
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
    options.explain?.push({
      text: cache.textOf(el),
      tag: el.localName,
      decision: "removed",
      decidedBy: "rules",
      reason: verdict.reason,
      score: verdict.score,
      kinds: verdict.kinds,
      why: [`rule tally ${verdict.score} ≥ ${REMOVE_AT} with ${verdict.kinds.join(" + ")} signals agreeing`, ...(verdict.via ? [`call to action: ${verdict.via}`] : [])],
    });
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
