/**
 * The learned model's verdict on one leaf block: the probability that it is clutter, from the
 * weight table, with each feature's contribution kept for explain mode (`--explain`), so every
 * removal says which weights decided it.
 */
import { FEATURE_NAMES } from "./block-features.js";
import { MODEL_WEIGHTS } from "./weights.js";

export interface Contribution {
  feature: string;
  value: number;
  /** weight × standardised value: its push towards "clutter" (positive) or "keep" (negative). */
  push: number;
}

export interface ModelScore {
  probability: number;
  logit: number;
  contributions: Contribution[];
}

/** A weight table: the shipped one (weights.ts), or another given for experiments and cross-validation. */
export interface ModelWeights {
  trainedOn: string;
  features: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
}

const columnsMemo = new WeakMap<ModelWeights, number[]>();

/** Column of each weight-table feature in FEATURE_NAMES (a feature the table names but the code lacks scores nothing). */
function columnsOf(model: ModelWeights): number[] {
  let columns = columnsMemo.get(model);
  if (!columns) {
    columns = model.features.map((name) => (FEATURE_NAMES as readonly string[]).indexOf(name));
    columnsMemo.set(model, columns);
  }
  return columns;
}

export function scoreBlock(values: readonly number[], explain = false, model: ModelWeights = MODEL_WEIGHTS): ModelScore {
  let logit = model.bias;
  const contributions: Contribution[] = [];
  columnsOf(model).forEach((column, i) => {
    if (column < 0) return;
    const value = values[column]!;
    const push = (model.weights[i]! * (value - model.mean[i]!)) / (model.scale[i] || 1);
    logit += push;
    if (explain) contributions.push({ feature: model.features[i]!, value, push });
  });
  if (explain) contributions.sort((a, b) => Math.abs(b.push) - Math.abs(a.push));
  return { probability: 1 / (1 + Math.exp(-logit)), logit, contributions };
}
