/**
 * A learned reading of one short line: is it the outlet asking the reader for something (money,
 * a subscription, a sign-up, a share, a click to another story), whatever its words? Rows and the
 * parts reading (composed-ask.ts) only take the asks someone wrote them for; this reads the line's
 * words, word pairs, letter runs and ask cues with weights learned from the corpora's article
 * lines (as news) and from ask and look-alike lines in five languages
 * (scripts/clutter-model/train-ask-words.mjs). The weights are data (ask-word-weights.ts); the
 * gate and threshold are in thresholds.ts. Explain mode names the words that weighed most.
 */
import { letterCounts } from "../../text-counts.js";
import { askCuesOf } from "../composed-ask.js";
import { MODEL_THRESHOLDS } from "./thresholds.js";

/**
 * The weight table: a weight per feature the model learned (those of the lines written for it:
 * asks, and news in the asks' words); any other feature weighs nothing, so a line in words it
 * never saw reads as its bias, news.
 * Weights are whole multiples of `step`, stored grouped: one line per multiple, "k|feature|…"
 * (features never hold "|" or a line break), which keeps the shipped table small.
 */
export interface AskWordsModel {
  trainedOn: string;
  bias: number;
  step: number;
  table: string;
}

const tables = new WeakMap<AskWordsModel, Map<string, number>>();

/** The feature → weight map of a table, read once per table. */
export function askWordWeights(model: AskWordsModel): Map<string, number> {
  let weights = tables.get(model);
  if (!weights) {
    weights = new Map();
    for (const line of model.table.split("\n")) {
      const [multiple, ...features] = line.split("|");
      const weight = Number(multiple) * model.step;
      if (!Number.isFinite(weight)) continue;
      for (const feature of features) weights.set(feature, weight);
    }
    tables.set(model, weights);
  }
  return weights;
}

/** Writes weights as a table (the trainer's side of askWordWeights). */
export function askWordTable(weights: Iterable<[string, number]>, step: number): string {
  const groups = new Map<number, string[]>();
  for (const [feature, weight] of weights) {
    const multiple = Math.round(weight / step);
    if (!multiple) continue;
    let group = groups.get(multiple);
    if (!group) groups.set(multiple, (group = []));
    group.push(feature);
  }
  return [...groups].sort((a, b) => a[0] - b[0]).map(([multiple, features]) => [multiple, ...features.sort()].join("|")).join("\n");
}

/** Letter runs this long, with word edges marked ("<abon", "nnez>"): stems shared across inflections. */
const RUN = 4;
const WORD = /[\p{L}\p{N}]+/gu;
const CUE_NAMES = ["reader", "outlet", "imperative", "question", "speech"] as const;

/**
 * The features of a whitespace-normalised line: words ("w:"), word pairs ("b:"), letter runs
 * ("c:"), its first word ("f:"), its length in words ("n:"), its shape ("s:") and its ask cues
 * ("cue:", "cues:"). Digits read as 0, so "3 free articles" and "5 free articles" are one phrase.
 */
export function askWordFeatures(text: string): string[] {
  const folded = text.toLowerCase().replace(/\d+/g, "0");
  const words = folded.match(WORD) ?? [];
  const features = new Set<string>();
  words.forEach((word, i) => {
    features.add(`w:${word}`);
    if (i + 1 < words.length) features.add(`b:${word} ${words[i + 1]}`);
    if (word.length >= RUN) {
      const marked = `<${word}>`;
      for (let k = 0; k + RUN <= marked.length; k++) features.add(`c:${marked.slice(k, k + RUN)}`);
    }
  });
  if (words[0]) features.add(`f:${words[0]}`);
  const n = words.length;
  features.add(`n:${n <= 1 ? 1 : n <= 3 ? 3 : n <= 8 ? 8 : n <= 16 ? 16 : 99}`);
  const cues = askCuesOf(text);
  if (cues.question) features.add("s:q1");
  if (/[:：]$/u.test(text)) features.add("s:colon");
  if (!/[.!?…"”»)]$/u.test(text)) features.add("s:noend");
  if (/@\w/u.test(text)) features.add("s:handle");
  let count = 0;
  for (const cue of CUE_NAMES) {
    if (!cues[cue]) continue;
    features.add(`cue:${cue}`);
    if (cue !== "speech") count++;
  }
  if (cues.offer) features.add(`cue:offer:${cues.offer}`);
  features.add(`cues:${Math.min(count, 2)}${cues.offer ? "o" : ""}`);
  return [...features];
}

export interface AskWordsScore {
  probability: number;
  /** The features that pushed most, strongest first (explain mode). */
  top: { feature: string; weight: number }[];
}

export function scoreAskWords(text: string, model: AskWordsModel, explain = false): AskWordsScore {
  const weights = askWordWeights(model);
  let logit = model.bias;
  const pushes: { feature: string; weight: number }[] = [];
  for (const feature of askWordFeatures(text)) {
    const weight = weights.get(feature) ?? 0;
    if (!weight) continue;
    logit += weight;
    if (explain) pushes.push({ feature, weight });
  }
  pushes.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { probability: 1 / (1 + Math.exp(-logit)), top: pushes.slice(0, 5) };
}

const LATIN = /\p{Script=Latin}/gu;
const BARE_URL = /^(?:https?:\/\/|www\.)\S*$/iu;

/**
 * Whether the reading applies to a line: short enough to be one ask (a line, not a paragraph),
 * not a bare web address, and written in Latin letters, the script of the five languages it
 * learned (en fr it de es); a line in another script stays for the rows to judge.
 */
export function askWordsApply(text: string): boolean {
  if (text.length > MODEL_THRESHOLDS.askWordsMaxChars) return false;
  if ((text.match(/[.!?…]\s+(?=\S)/gu)?.length ?? 0) >= MODEL_THRESHOLDS.askWordsMaxSentences) return false;
  // A bare address ("https://…/articles/…") is not words, whatever words its path holds.
  if (BARE_URL.test(text)) return false;
  const { letters } = letterCounts(text);
  return letters > 0 && (text.match(LATIN)?.length ?? 0) >= letters * MODEL_THRESHOLDS.askWordsLatinShare;
}
