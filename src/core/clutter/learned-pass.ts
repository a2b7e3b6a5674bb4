/**
 * The second clutter pass: after the hand-written rules (strip-clutter.ts), every remaining
 * leaf block is scored by the model learned from real labelled pages (model/), and removed
 * when the model is sure (model/thresholds.ts). Precision first: prose needs near certainty,
 * no single block may hold much of the article, and the pass never takes the article below a
 * fixed share of its text. Each removal is recorded with its reason and score; in explain mode
 * every leaf's features, score and decision are recorded too.
 */
import type { BlockExplanation, RemovedBlock } from "../article.js";
import { TextCache } from "./block-signals.js";
import { measureTree } from "./block-stats.js";
import type { AskWordsModel } from "./model/ask-words.js";
import { blockFeatures, FEATURE_NAMES, type Leaf } from "./model/block-features.js";
import { scoreBlock, type ModelWeights } from "./model/score-block.js";
import { MODEL_THRESHOLDS } from "./model/thresholds.js";
import { mapProse, positionOf } from "./prose-map.js";
import type { ClutterReason } from "./reasons.js";

export interface LearnedPassOptions {
  siteName?: string | null;
  /** Another weight table than the shipped one (experiments, cross-validation). */
  weights?: ModelWeights;
  /** When given, one entry per leaf block is appended. */
  explain?: BlockExplanation[];
  /** Score and explain, remove nothing (the rules-only comparison, and the training data). */
  dryRun?: boolean;
  /** As StripOptions.askWords. */
  askWords?: AskWordsModel | null;
}

const featureIndex = (name: (typeof FEATURE_NAMES)[number]) => FEATURE_NAMES.indexOf(name);
const LINK_DENSITY = featureIndex("linkDensity");
const PROSE = featureIndex("prose");

/** The reason a model removal is recorded under: the rules' own reading of the block when they had one. */
function reasonOf(leaf: Leaf): ClutterReason {
  if (leaf.ruleReason) return leaf.ruleReason as ClutterReason;
  return leaf.values[LINK_DENSITY]! >= 0.5 ? "recirculation-list" : "boilerplate";
}

function siteNameKey(siteName: string | null | undefined): string | null {
  const key = (siteName ?? "").trim().toLowerCase();
  return key.length >= 3 && key.length <= 60 ? key : null;
}

export interface Candidate {
  chars: number;
  prose: boolean;
  probability: number;
}

/**
 * Which leaves go (indices), most certain first: past the bar (higher for prose), none holding
 * more than maxShareOfArticle, and never more than (1 - keepAtLeast) of the text in all.
 * Pure, so the training script simulates exactly what the reader does.
 */
export function chooseRemovals(candidates: readonly Candidate[], totalChars: number, thresholds = MODEL_THRESHOLDS): number[] {
  const total = Math.max(1, totalChars);
  const budget = total * (1 - thresholds.keepAtLeast);
  let taken = 0;
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[b]!.probability - candidates[a]!.probability);
  const picks: number[] = [];
  for (const i of order) {
    const c = candidates[i]!;
    if (c.probability < (c.prose ? thresholds.proseRemoveAt : thresholds.removeAt)) continue;
    if (c.chars / total > thresholds.maxShareOfArticle || taken + c.chars > budget) continue;
    taken += c.chars;
    picks.push(i);
  }
  return picks;
}

export function learnedPass(root: Element, options: LearnedPassOptions = {}): RemovedBlock[] {
  const cache = new TextCache(options.askWords);
  const stats = measureTree(root);
  const total = Math.max(1, stats.get(root)!.chars);
  const prose = mapProse(root, cache, stats);
  const leaves = blockFeatures(root, {
    cache,
    stats,
    positionOf: (s) => positionOf(s, prose),
    proseInside: (el) => prose.inside.get(el) ?? 0,
    totalChars: total,
    siteName: siteNameKey(options.siteName),
  });
  const scored = leaves.map((leaf) => ({ leaf, score: scoreBlock(leaf.values, !!options.explain, options.weights) }));
  const picks = chooseRemovals(
    scored.map(({ leaf, score }) => ({ chars: leaf.chars, prose: leaf.values[PROSE] === 1, probability: score.probability })),
    total,
  );
  const chosen = new Set(options.dryRun ? [] : picks.map((i) => scored[i]!.leaf));
  const removed: RemovedBlock[] = [];
  for (const { leaf, score } of scored) {
    const remove = chosen.has(leaf);
    const reason = reasonOf(leaf);
    options.explain?.push({
      text: leaf.text,
      tag: leaf.el.localName,
      decision: remove ? "removed" : "kept",
      decidedBy: "model",
      reason: remove ? reason : null,
      score: Number(score.probability.toFixed(4)),
      features: Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, Number(leaf.values[i]!.toFixed(3))])),
      why: score.contributions.slice(0, 6).map((c) => `${c.feature}=${Number(c.value.toFixed(3))} (${c.push >= 0 ? "+" : ""}${c.push.toFixed(2)})`),
    });
    if (!remove) continue;
    removed.push({ text: leaf.text.slice(0, 120), reason, score: Number(score.probability.toFixed(3)) });
    const parent = leaf.el.parentElement;
    leaf.el.remove();
    // A wrapper left with nothing to read goes too (no empty boxes in the reader).
    for (let up: Element | null = parent; up && up !== root && !up.textContent?.trim() && !up.querySelector("img, picture, video, iframe, svg, math, table"); ) {
      const next: Element | null = up.parentElement;
      up.remove();
      up = next;
    }
  }
  return removed;
}
