#!/usr/bin/env node
// Trains the learned clutter model from real labelled pages and writes its weight table.
//
//   npm run model:train [-- --corpus DIR] [--rebuild] [--folds 5] [--write] [--jobs N] [--kind logistic|trees]
//   (--kind trees: gradient-boosted depth-3 trees, an experiment the report compares; the core
//   scores the logistic table only, so --write requires the default kind)
//
// 1. Dataset: every page of ../shared/corpus (article-extraction-benchmark dev half, WCXB dev
//    articles, trafilatura's dev half) through the real pipeline with the model off; each leaf
//    block the learned pass would judge, with its features (src/core/clutter/model/block-features.ts).
//    Cached in .tmp/clutter-model/dataset.json (--rebuild to redo it after changing src/).
// 2. Labels from each corpus's ground truth (labels.mjs): clutter when the block's words are
//    (almost) absent from the main text, content when they are in it; unsure blocks are left out.
// 3. Logistic regression (L2, Newton steps) on standardised features, cross-validated by SITE:
//    folds are sites, so every reported number is for sites the model never saw. The report
//    simulates the learned pass's removals (the same chooseRemovals as the reader) per page and
//    scores each corpus with its own metric, for the shipped thresholds and a few others.
// 4. --write: trains on every labelled block and writes src/core/clutter/model/weights.ts, and
//    the per-fold tables to .tmp/clutter-model/folds.json (bench:quality --cv scores with them).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createHash } from "node:crypto";
import { bundleForNode, ROOT } from "../lib/bundle-for-node.mjs";
import { corpusPages } from "../lib/corpora.mjs";
import { runPages } from "../lib/page-pool.mjs";
import { labelLeaves, pageMetrics, normalised } from "./labels.mjs";
import { fitLogistic, standardise } from "./logistic.mjs";
import { boostedProbability, fitBoostedTrees } from "./boosted-trees.mjs";

const args = { corpus: resolve(ROOT, "../shared/corpus"), rebuild: false, folds: 5, write: false, jobs: undefined, lambda: 1, kind: "logistic", trees: 120 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--corpus") args.corpus = resolve(argv[++i]);
  else if (a === "--rebuild") args.rebuild = true;
  else if (a === "--folds") args.folds = Number(argv[++i]);
  else if (a === "--write") args.write = true;
  else if (a === "--jobs") args.jobs = Number(argv[++i]);
  else if (a === "--lambda") args.lambda = Number(argv[++i]);
  else if (a === "--kind") args.kind = argv[++i];
  else if (a === "--trees") args.trees = Number(argv[++i]);
  else {
    console.error(`unknown argument: ${a}\nusage: npm run model:train [-- --corpus DIR] [--rebuild] [--folds N] [--lambda L] [--write]`);
    process.exit(2);
  }
}

const OUT = join(ROOT, ".tmp/clutter-model");
mkdirSync(OUT, { recursive: true });
const coreFile = join(OUT, "core.mjs");
const core = await bundleForNode(
  [
    'export { extractFromHtml } from "./src/cli/extract-from-html.ts";',
    'export { textWithBreaks } from "./src/core/text-content.ts";',
    'export { FEATURE_NAMES } from "./src/core/clutter/model/block-features.ts";',
    'export { chooseRemovals } from "./src/core/clutter/learned-pass.ts";',
    'export { MODEL_THRESHOLDS } from "./src/core/clutter/model/thresholds.ts";',
  ],
  coreFile,
);
const FEATURES = [...core.FEATURE_NAMES];

// ---------------------------------------------------------------- 1. dataset
const pages = corpusPages(args.corpus, ["aeb", "wcxb", "traf"]);
if (!pages.length) {
  console.error(`no corpus pages under ${args.corpus}`);
  process.exit(1);
}
const datasetFile = join(OUT, "dataset.json");
let dataset;
if (!args.rebuild && existsSync(datasetFile)) dataset = JSON.parse(readFileSync(datasetFile, "utf8"));
else {
  process.env.QR_MODEL_CORE = `file://${coreFile}`;
  const started = Date.now();
  let done = 0;
  const results = await runPages(pages, new URL("./dataset-worker.mjs", import.meta.url).href, {
    jobs: args.jobs,
    onResult: () => {
      if (++done % 100 === 0) process.stderr.write(`  ${done}/${pages.length} pages\n`);
    },
  });
  dataset = { features: FEATURES, pages: pages.map((p, i) => ({ key: `${p.corpus}/${p.id}`, ...(results[i]?.error ? { error: results[i].error, text: "", body: "", leaves: [] } : results[i]) })) };
  writeFileSync(datasetFile, JSON.stringify(dataset));
  console.log(`dataset: ${pages.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
if (dataset.features.join() !== FEATURES.join()) {
  console.error("the cached dataset has other features than src/: run again with --rebuild");
  process.exit(1);
}

// ---------------------------------------------------------------- 2. labels
const byKey = new Map(pages.map((p) => [`${p.corpus}/${p.id}`, p]));
const rows = []; // { page, leaf, x, y, w }
let containerPages = 0;
for (const entry of dataset.pages) {
  const page = byKey.get(entry.key);
  const labels = labelLeaves(page, entry.leaves);
  // A page where most labelled text is "clutter" is a wrong container (the repair's job), not a
  // page of clutter blocks: its blocks would teach the model that article-like text is clutter.
  let clutterChars = 0, labelledChars = 0;
  entry.leaves.forEach((leaf, i) => {
    if (labels[i] === null) return;
    labelledChars += leaf.text.length;
    if (labels[i] === 1) clutterChars += leaf.text.length;
  });
  if (labelledChars && clutterChars / labelledChars > 0.35) {
    containerPages++;
    continue;
  }
  entry.leaves.forEach((leaf, i) => {
    if (labels[i] === null) return;
    rows.push({ key: entry.key, site: page.site, x: leaf.values, y: labels[i], w: 1 + Math.log1p(leaf.text.length / 40) });
  });
}
const positives = rows.filter((r) => r.y === 1).length;
console.log(`labelled blocks: ${rows.length} (${positives} clutter, ${rows.length - positives} content) from ${dataset.pages.length - containerPages} pages (${containerPages} pages left out: most of their labelled text is not the article, a container error)`);

// ---------------------------------------------------------------- 3. site-grouped cross-validation
const foldOf = (site) => parseInt(createHash("sha1").update(site).digest("hex").slice(0, 8), 16) % args.folds;
const trainTable = (subset) => {
  if (args.kind === "trees") {
    const { base, trees } = fitBoostedTrees(subset.map((r) => r.x), subset.map((r) => r.y), subset.map((r) => r.w), { trees: args.trees, lambda: args.lambda });
    return { kind: "trees", trainedOn: "", features: FEATURES, base, trees };
  }
  const { mean, scale, z } = standardise(subset.map((r) => r.x));
  const { weights, bias } = fitLogistic(z, subset.map((r) => r.y), subset.map((r) => r.w), args.lambda);
  return { kind: "logistic", trainedOn: "", features: FEATURES, mean, scale, weights, bias };
};
const probability = (table, x) => {
  if (table.kind === "trees") return boostedProbability(table, x);
  let logit = table.bias;
  for (let i = 0; i < x.length; i++) logit += (table.weights[i] * (x[i] - table.mean[i])) / (table.scale[i] || 1);
  return 1 / (1 + Math.exp(-logit));
};
const foldTables = [];
for (let f = 0; f < args.folds; f++) foldTables.push(trainTable(rows.filter((r) => foldOf(r.site) !== f)));

// Block-level: precision and recall of "clutter" among labelled blocks, every block scored by its fold's model.
{
  const scored = rows.map((r) => ({ y: r.y, p: probability(foldTables[foldOf(r.site)], r.x) }));
  const positives = scored.filter((s) => s.y === 1).length;
  const parts = [0.5, 0.7, 0.8, 0.9, 0.95].map((t) => {
    const flagged = scored.filter((s) => s.p >= t);
    const tp = flagged.filter((s) => s.y === 1).length;
    return `≥${t}: P ${(tp / Math.max(1, flagged.length)).toFixed(3)} R ${(tp / positives).toFixed(3)} (${flagged.length})`;
  });
  console.log(`\nblock level, cross-validated by site: ${parts.join(" | ")}`);
}

const proseColumn = FEATURES.indexOf("prose");
const charsOf = (leaf) => Math.round(Math.expm1(leaf.values[FEATURES.indexOf("logChars")]));
function simulate(thresholds, tableFor) {
  const outputs = new Map();
  for (const entry of dataset.pages) {
    const page = byKey.get(entry.key);
    const table = tableFor(page);
    let text = normalised(entry.text);
    let body = normalised(entry.body);
    if (table && entry.leaves.length) {
      const total = Math.max(1, entry.leaves.reduce((s, l) => s + charsOf(l), 0), text.length);
      const candidates = entry.leaves.map((leaf) => ({ chars: charsOf(leaf), prose: leaf.values[proseColumn] === 1, probability: probability(table, leaf.values) }));
      for (const i of core.chooseRemovals(candidates, total, thresholds)) {
        const t = normalised(entry.leaves[i].text);
        text = text.replace(t, " ");
        body = body.replace(t, " ");
      }
    }
    outputs.set(entry.key, { text, body });
  }
  return pageMetrics(pages, outputs);
}

const fmt = (m) =>
  `aeb F1 ${m.aeb.f1.toFixed(4)} P ${m.aeb.p.toFixed(4)} R ${m.aeb.r.toFixed(4)} | wcxb F1 ${m.wcxb.f1.toFixed(4)} P ${m.wcxb.p.toFixed(4)} R ${m.wcxb.r.toFixed(4)} with ${m.wcxb.with.toFixed(3)} without ${m.wcxb.without.toFixed(3)} | traf P ${m.traf.p.toFixed(4)} R ${m.traf.r.toFixed(4)} F ${m.traf.f.toFixed(4)}`;
console.log(`\nsite-grouped ${args.folds}-fold cross-validation (each page scored by the model trained without its site), simulated removals:`);
console.log(`  rules only            ${fmt(simulate(core.MODEL_THRESHOLDS, () => null))}`);
const shipped = core.MODEL_THRESHOLDS;
for (const removeAt of [0.6, 0.7, 0.8, 0.9, 0.95]) {
  const t = { ...shipped, removeAt };
  console.log(`  removeAt ${removeAt.toFixed(2)}${removeAt === shipped.removeAt ? "*" : " "}       ${fmt(simulate(t, (p) => foldTables[foldOf(p.site)]))}`);
}

// ---------------------------------------------------------------- 4. the shipped table
if (args.write && args.kind !== "logistic") {
  console.error("--write ships the logistic table only (the core scores that); run without --kind trees");
  process.exit(2);
}
if (args.write) {
  const table = trainTable(rows);
  const round = (xs) => xs.map((x) => Number(x.toFixed(5)));
  const trainedOn = `${rows.length} labelled blocks from ${dataset.pages.length} pages (article-extraction-benchmark dev, WCXB dev articles, trafilatura dev half)`;
  const source = `/**
 * Generated by scripts/clutter-model/train.mjs (npm run model:train -- --write): do not edit by
 * hand. Logistic regression over the standardised features of block-features.ts, trained on
 * ${trainedOn}; see docs/clutter-stripping.md for how it was labelled and cross-validated.
 */
import type { ModelWeights } from "./score-block.js";

export const MODEL_WEIGHTS: ModelWeights = {
  trainedOn: ${JSON.stringify(trainedOn)},
  features: ${JSON.stringify(FEATURES)},
  mean: ${JSON.stringify(round(table.mean))},
  scale: ${JSON.stringify(round(table.scale))},
  weights: ${JSON.stringify(round(table.weights))},
  bias: ${Number(table.bias.toFixed(5))},
};
`;
  writeFileSync(join(ROOT, "src/core/clutter/model/weights.ts"), source);
  const sites = {};
  for (const p of pages) sites[`${p.corpus}/${p.id}`] = foldOf(p.site);
  writeFileSync(join(OUT, "folds.json"), JSON.stringify({ folds: foldTables.map((t, f) => ({ ...t, trainedOn: `fold ${f}`, mean: round(t.mean), scale: round(t.scale), weights: round(t.weights) })), pageFold: sites }));
  console.log("\nwrote src/core/clutter/model/weights.ts and .tmp/clutter-model/folds.json");
  console.log("weights (standardised), largest first:");
  const order = FEATURES.map((n, i) => [n, table.weights[i]]).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  for (const [n, w] of order) console.log(`  ${n.padEnd(18)} ${w >= 0 ? "+" : ""}${w.toFixed(3)}`);
}
