#!/usr/bin/env node
// Readability vs the Quiet Reader pipeline on ../shared/corpus in real Chromium (Debian's), the
// browser the extension runs in. `npm run bench` measures the same two sides in Node + jsdom
// (the CLI's environment), where jsdom's DOM is one to two orders of magnitude slower than a
// browser's and weighs the steps differently; this prints the same figures from a browser.
// Informational: it exits 0 whatever the ratios (the budgets are checked by `npm run bench`).
//
//   npm run bench:browser-corpus [-- --corpus DIR] [--iterations N] [--pages NAME,…] [--limit N]
//                                   [--per-page] [--stages]
//
// Per page: the HTML is served at the page's own URL with every other request refused, page
// scripts disabled (both sides read the parsed markup, as in Node); the two sides
// (scripts/lib/pipeline-stages.ts, bundled by esbuild) run in a private isolated world of the
// page. Timing as in `npm run bench` (scripts/lib/paired-samples.mjs): warm-up, both sides
// alternately for ≥ 400 ms (≥ 5 runs), then --iterations (9) paired samples, interleaved
// (ABBA); a sample is a batch of runs lasting ≥ 20 ms (the same count both sides; Chromium's
// clock has a resolution of 0.1 ms). Before every run the young
// generation is emptied off the clock (Chromium runs with --js-flags=--expose-gc). A page's
// ratio is the median of its paired-sample ratios; printed: median over pages, p90, worst.
import * as esbuild from "esbuild";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { selectPages } from "./lib/corpus-pages.mjs";
import { pairedSamples } from "./lib/paired-samples.mjs";
import { median, medianByKey, percentile } from "./lib/stats.mjs";
import { ROOT } from "./lib/bundle-for-node.mjs";

const CHROMIUM_PATH = process.env.QR_CHROMIUM ?? "/usr/lib/chromium/chromium";
const TARGET_MEDIAN = 1.3;
const TARGET_WORST = 2;

function parseArgs(argv) {
  const args = { corpus: resolve(ROOT, "../shared/corpus"), iterations: 9, pages: null, limit: Infinity, perPage: false, stages: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--corpus") args.corpus = resolve(argv[++i]);
    else if (a === "--iterations") args.iterations = Math.max(1, Number.parseInt(argv[++i], 10) || 1);
    else if (a === "--pages") args.pages = new Set(argv[++i].split(","));
    else if (a === "--limit") args.limit = Number.parseInt(argv[++i], 10);
    else if (a === "--per-page") args.perPage = true;
    else if (a === "--stages") args.stages = true;
    else {
      console.log("usage: npm run bench:browser-corpus [-- --corpus DIR] [--iterations N] [--pages NAME,…] [--limit N] [--per-page] [--stages]");
      process.exit(a === "--help" ? 0 : 2);
    }
  }
  return args;
}

/** The two sides and the staged run as one script that defines globalThis.QRBench in the page. */
async function pageBundle() {
  const { outputFiles } = await esbuild.build({
    stdin: {
      contents: 'export { sides, stagedRun } from "./scripts/lib/pipeline-stages.ts";',
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "iife",
    globalName: "QRBench",
    platform: "browser",
    target: ["chrome120"],
    logLevel: "warning",
  });
  return outputFiles[0].text;
}

/**
 * Runs in the page's isolated world (serialized by toString: no closures). Defines the timed
 * operations on the page's document, each called as its own task (one CDP evaluation) as a
 * reader's run is.
 */
function installRunner() {
  const { baseline, pipeline } = globalThis.QRBench.sides(document, location.href);
  const fns = { baseline, pipeline };
  const collectYoung = typeof globalThis.gc === "function" ? () => globalThis.gc({ type: "minor" }) : () => {};
  globalThis.QRBenchRun = (side, count) => {
    let total = 0;
    for (let i = 0; i < count; i++) {
      collectYoung();
      const start = performance.now();
      fns[side]();
      total += performance.now() - start;
    }
    return total / count;
  };
  globalThis.QRBenchStages = () => {
    collectYoung();
    return globalThis.QRBench.stagedRun(document, location.href, () => performance.now());
  };
  return document.getElementsByTagName("*").length;
}

async function openWorld(page) {
  const session = await page.context().newCDPSession(page);
  const { frameTree } = await session.send("Page.getFrameTree");
  const { executionContextId } = await session.send("Page.createIsolatedWorld", { frameId: frameTree.frame.id, worldName: "quiet-reader-bench" });
  const run = async (expression) => {
    const { result, exceptionDetails } = await session.send("Runtime.evaluate", { expression, contextId: executionContextId, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  return { run, close: () => session.detach().catch(() => {}) };
}

async function benchPage(context, bundle, page, args) {
  const html = page.load();
  await context.unroute("**/*").catch(() => {});
  await context.route("**/*", (route) =>
    route.request().url() === page.url && route.request().resourceType() === "document"
      ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html })
      : route.abort(),
  );
  const tab = await context.newPage();
  try {
    await tab.goto(page.url, { waitUntil: "domcontentloaded", timeout: 30_000 });
    const world = await openWorld(tab);
    await world.run(`${bundle};undefined`);
    const elements = await world.run(`(${installRunner.toString()})()`);
    const time = (side, count) => world.run(`QRBenchRun(${JSON.stringify(side)}, ${count})`);
    const { baseMs, fullMs, ratio, samples } = await pairedSamples(time, {
      iterations: args.iterations,
      warmUp: { minRuns: 5, minMs: 400, maxRuns: 200 },
      minSampleMs: 20, // Chromium's clock has a resolution of 0.1 ms
      maxBatch: 40,
      minSmallPageSamples: args.iterations,
    });
    let stages = null;
    if (args.stages) {
      const runs = [];
      for (let i = 0; i < samples; i++) runs.push(await world.run("QRBenchStages()"));
      stages = medianByKey(runs);
    }
    await world.close();
    return { set: page.set, name: page.name, bytes: html.length, elements, baseMs, fullMs, ratio, stages };
  } finally {
    await tab.close();
  }
}

const args = parseArgs(process.argv.slice(2));
const pages = selectPages(args.corpus, args.pages, args.limit);
if (!pages.length) {
  console.log(`No corpus pages under ${args.corpus} (pass --corpus DIR).`);
  process.exit(0);
}
const bundle = await pageBundle();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ["--disable-gpu", "--js-flags=--expose-gc"] });
const version = browser.version();
const context = await browser.newContext({ javaScriptEnabled: false });
console.log(`Readability vs the Quiet Reader pipeline in Chromium ${version} (headless, page scripts off): ${pages.length} pages, per page the median of ${args.iterations} paired sample ratios after warm-up\n`);
const results = [];
const failures = [];
for (const page of pages) {
  try {
    const result = await benchPage(context, bundle, page, args);
    results.push(result);
    if (args.perPage) console.log(`  ${result.set.padEnd(7)} ${result.name.padEnd(34)} ${`${(result.bytes / 1024).toFixed(1)} KB`.padStart(10)} ${String(result.elements).padStart(6)} el  readability ${result.baseMs.toFixed(1).padStart(6)} ms  pipeline ${result.fullMs.toFixed(1).padStart(6)} ms  ratio ${result.ratio.toFixed(2)}`);
  } catch (error) {
    failures.push(page.name);
    console.log(`  ${page.set.padEnd(7)} ${page.name.padEnd(34)} FAILED: ${String(error?.message ?? error).split("\n")[0]}`);
  }
}
await browser.close();
if (!results.length) process.exit(0);
const ratios = results.map((r) => r.ratio);
const worst = results.reduce((a, b) => (b.ratio > a.ratio ? b : a));
console.log("");
for (const set of ["rtp", "aeb-dev"]) {
  const some = results.filter((r) => r.set === set).map((r) => r.ratio);
  if (some.length) console.log(`  ${set.padEnd(8)} ${String(some.length).padStart(3)} pages  median ratio ${median(some).toFixed(2)}  p90 ${percentile(some, 90).toFixed(2)}`);
}
console.log(`\n  median ratio      ${median(ratios).toFixed(2)}   (npm run bench's target ≤ ${TARGET_MEDIAN})`);
console.log(`  90th percentile   ${percentile(ratios, 90).toFixed(2)}`);
console.log(`  worst page        ${worst.ratio.toFixed(2)}   (npm run bench's target ≤ ${TARGET_WORST})  ${worst.set}/${worst.name}: readability ${worst.baseMs.toFixed(1)} ms, pipeline ${worst.fullMs.toFixed(1)} ms`);
console.log(`  pages over 2×     ${ratios.filter((r) => r > TARGET_WORST).length}`);
console.log(`  per-page medians  readability ${median(results.map((r) => r.baseMs)).toFixed(1)} ms, pipeline ${median(results.map((r) => r.fullMs)).toFixed(1)} ms`);
if (failures.length) console.log(`  ${failures.length} page(s) failed: ${failures.join(", ")}`);
if (args.stages) {
  const totals = {};
  for (const r of results) for (const [key, value] of Object.entries(r.stages ?? {})) totals[key] = (totals[key] ?? 0) + value;
  const sum = Object.values(totals).reduce((a, b) => a + b, 0);
  console.log("\n  pipeline stages (sum over pages of per-page medians):");
  for (const [key, value] of Object.entries(totals)) console.log(`    ${key.padEnd(18)} ${value.toFixed(1).padStart(8)} ms  ${((100 * value) / sum).toFixed(1).padStart(5)} %`);
}
