#!/usr/bin/env node
// Speed and size benchmark (issue #6). Never a test: it prints numbers, and exits non-zero only
// when a budget is missed, so CI can run it as a check without timed assertions anywhere.
//
//   npm run bench [-- --corpus DIR] [--iterations N] [--only sizes,corpus,hostile] [--limit N]
//                 [--pages NAME,…] [--per-page] [--stages] [--cpu-clock]
//
// Sections:
//   sizes    builds the extension into .tmp/bench-speed/dist and prints every entry's raw and
//            gzipped size against the budgets (scripts/bundle-budgets.mjs: content.js, each lazy
//            bundle, the popup), and
//            checks that the manifest declares no content script (nothing enters a page unasked).
//   corpus   every page of <corpus>/readability-test-pages/*/source.html and
//            <corpus>/article-extraction-benchmark/dev/html/*.html.gz, in one process and run:
//              baseline  new Readability(document.cloneNode(true)).parse()   (what any reader does)
//              pipeline  extractArticle(document, { url })                    (clone, lazy images,
//                        Readability, clutter, URLs, sanitize, text, stats: render-ready HTML)
//            Times are wall-clock (performance.now()) on the main thread: what the page waits
//            for. Run it on a quiet machine (the header prints the load average, and warns when
//            it is high); --cpu-clock uses process CPU time instead, which other processes do not
//            distort but V8's background threads (concurrent marking, compilation) do.
//            Garbage collection is off the clock: before every timed run the young generation
//            is emptied (a minor GC, in the benchmark's child processes, which run with
//            --expose-gc), so each run starts from the same empty nursery instead of paying,
//            or not, for whatever earlier runs left there.
//            jsdom's HTML parsing is EXCLUDED from both: each page is parsed once and both sides
//            read the same live document (neither mutates it). Steady state, not first runs:
//            each batch process first runs both sides over its pages (≥ 1.5 s), then each page
//            both sides, alternately, for ≥ 400 ms each. Then each side takes --iterations
//            samples, interleaved (ABBA); a sample on a small page is a batch of runs of at least
//            40 ms (the same count on both sides), and such pages take at least 9 samples. Every
//            run ends its task (a turn of the event loop, off the clock), as a reader's run does.
//            A page's ratio is the median of the ratios of its paired samples (pipeline /
//            baseline); printed: median ratio over pages, 90th percentile, worst page.
//            Two jsdom retentions that no browser has are taken out (see benchDom): they pinned
//            every clone in memory and made each garbage collection slower than the last.
//            Targets: median ≤ 1.3, worst ≤ 2. Pages where jsdom's CSS parser throws are run on
//            the style-stripped HTML for both sides (as the CLI does).
//            --stages adds a per-stage breakdown of the pipeline (a re-composition of the steps of
//            src/core/extract-article.ts, for diagnosis only; the ratio uses the real function).
//   hostile  generated big and odd pages (tests/fixtures/hostile-pages/generate.ts): ~5 MB with
//            50,000+ elements, 5,000-level nesting, 3,000 images. Prints jsdom parse, Readability
//            and pipeline times (one run each). Node only; the real-Chromium numbers come from
//            tests/e2e/perf-*.e2e.test.ts (see docs/performance.md).
//
// The code under test is bundled from src/ with esbuild into .tmp/bench-speed/ at start, so the
// benchmark measures the working tree as it is and needs nothing but `npm ci`. It copies nothing
// from the corpus.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { bundleForNode } from "./lib/bundle-for-node.mjs";
import { selectPages } from "./lib/corpus-pages.mjs";
import { pairedSamples } from "./lib/paired-samples.mjs";
import { median, medianByKey, percentile } from "./lib/stats.mjs";
import { BUDGETS, FIREFOX_BUDGETS } from "./bundle-budgets.mjs";
import { JSDOM, VirtualConsole } from "jsdom";

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "..");
const WORK = join(ROOT, ".tmp/bench-speed");
const TARGET_MEDIAN = 1.3;
const TARGET_WORST = 2;
/** Per-page samples time batches of runs lasting at least this long (small pages). */
const MIN_SAMPLE_MS = 40;
const MAX_BATCH = 40;
/** Warm-up before a page is timed: each side at least this many runs and this long (ms). */
const WARM_UP_RUNS = 3;
const WARM_UP_MS = 400;
const MAX_WARM_UP_RUNS = 150;
/** Warm-up of a batch of pages in a fresh process (see warmUpChunk). */
const CHUNK_WARM_UP_MS = 1500;
const CHUNK_WARM_UP_ROUNDS = 3;
/** Pages whose samples are batches (a run under MIN_SAMPLE_MS) take at least this many samples. */
const MIN_SMALL_PAGE_SAMPLES = 9;

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const args = { corpus: resolve(ROOT, "../shared/corpus"), iterations: 9, only: new Set(["sizes", "corpus", "hostile"]), limit: Infinity, pages: null, perPage: false, stages: false, cpuClock: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--corpus") args.corpus = resolve(argv[++i]);
    else if (a === "--iterations") args.iterations = Math.max(1, Number.parseInt(argv[++i], 10) || 1);
    else if (a === "--only") args.only = new Set(argv[++i].split(","));
    else if (a === "--limit") args.limit = Math.max(1, Number.parseInt(argv[++i], 10) || 1);
    else if (a === "--pages") args.pages = new Set(argv[++i].split(","));
    else if (a === "--per-page") args.perPage = true;
    else if (a === "--stages") args.stages = true;
    else if (a === "--cpu-clock") args.cpuClock = true;
    else if (a === "--chunk") args.chunk = argv[++i]; // internal: one batch, in a child process
    else if (a === "-h" || a === "--help") {
      console.log("usage: npm run bench [-- --corpus DIR] [--iterations N] [--only sizes,corpus,hostile] [--limit N] [--pages NAME,…] [--per-page] [--stages] [--cpu-clock]");
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return args;
}

// ---------------------------------------------------------------- the code under test
async function loadCode() {
  return bundleForNode(
    [
      'export { extractArticle } from "./src/core/extract-article.ts";',
      'export { withoutStyles, extractFromHtml } from "./src/cli/extract-from-html.ts";',
      'export { sides, stagedRun } from "./scripts/lib/pipeline-stages.ts";',
      'export { Readability } from "@mozilla/readability";',
      'export * as hostile from "./tests/fixtures/hostile-pages/generate.ts";',
    ],
    join(WORK, "code.mjs"),
  );
}

// ---------------------------------------------------------------- helpers
/**
 * The clock: wall time of the main thread (ms), which is what a page waits for. Process CPU
 * time (--cpu-clock) shuts out other processes but lets in V8's background threads
 * (concurrent marking, optimizing compiles), whose work lands on whichever run is timed: on
 * the same page it spread paired ratios about twice as wide as wall time on a quiet machine.
 */
const cpuTime = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let now = () => performance.now();

/**
 * Empties V8's young generation (a minor GC), off the clock, before a timed run. Without it a
 * run pays for a scavenge, or not, depending on how full earlier runs left the nursery, and a
 * scavenge on these pages costs as much as a small page's whole run: the same page's ratio
 * moved by ±0.4 between runs. Each side still pays for any collection its own run triggers.
 * A no-op unless the process runs with --expose-gc (the benchmark's child processes do).
 */
const collectYoung = typeof globalThis.gc === "function" ? () => globalThis.gc({ type: "minor" }) : () => {};
const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function newDom(html, url) {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

function timeOnce(fn) {
  const start = now();
  const value = fn();
  return { ms: now() - start, value };
}

// ---------------------------------------------------------------- sizes
function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

function benchSizes() {
  const dist = join(WORK, "dist");
  const build = spawnSync(process.execPath, [join(ROOT, "build.mjs")], { cwd: ROOT, env: { ...process.env, QR_DIST: dist }, encoding: "utf8" });
  if (build.status !== 0 && !existsSync(join(dist, "chrome", "content.js"))) {
    console.error(build.stdout, build.stderr);
    throw new Error("the build failed");
  }
  const dir = join(dist, "chrome");
  let ok = true;
  console.log(`\n## Bundle sizes (node build.mjs → ${relative(ROOT, dir)}; dist/firefox is the same but for its own ${Object.keys(FIREFOX_BUDGETS).join(", ")})\n`);
  console.log(`  ${"entry".padEnd(24)} ${"raw".padStart(10)} ${"gzip -9".padStart(10)}  budget`);
  const chromeRows = listFiles(dir).filter((f) => f.endsWith(".js")).sort().map((file) => [relative(dir, file), file, BUDGETS]);
  const firefoxRows = Object.keys(FIREFOX_BUDGETS).map((name) => [`firefox: ${name}`, join(dist, "firefox", name), FIREFOX_BUDGETS, name]);
  for (const [label, file, budgets, name = label] of [...chromeRows, ...firefoxRows]) {
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: 9 }).length;
    const budget = budgets[name];
    const verdict = budget === undefined ? "" : `${kb(budget)} ${gz <= budget ? "ok" : "OVER"}`;
    if (budget !== undefined && gz > budget) ok = false;
    console.log(`  ${label.padEnd(24)} ${kb(raw.length).padStart(10)} ${kb(gz).padStart(10)}  ${verdict}`);
  }
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  const declared = (manifest.content_scripts ?? []).length;
  console.log(`\n  content scripts declared in the manifest: ${declared} (the reader is injected on demand only)`);
  if (declared) ok = false;
  return ok;
}

// ---------------------------------------------------------------- corpus
/**
 * A fresh jsdom window for one corpus page, with two of jsdom's retentions, which exist in no
 * browser, taken out of the measurement (both sides suffer them alike, but the memory they pin
 * grows with every run and made each garbage collection slower than the last):
 *  - jsdom's selector engine registers window event listeners for every document that runs a
 *    selector (each `doc.cloneNode(true)` either side makes), and never removes them: the
 *    window would keep every clone alive. Nothing measured listens on the window, so its
 *    addEventListener does nothing here.
 *  - jsdom tracks NodeIterators with WeakRefs, which V8 keeps alive until the current job ends:
 *    the runs are therefore separated by a turn of the event loop (see `settle`).
 */
function benchDom(html, url) {
  const dom = newDom(html, url);
  dom.window.addEventListener = () => {};
  return dom;
}

/** Ends the current job, so objects kept alive for it (WeakRef targets) can be collected. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** One timed run of `fn`, then the end of its task (off the clock), as a reader's run ends. */
async function timeRun(fn) {
  collectYoung();
  const { ms } = timeOnce(fn);
  await settle();
  return ms;
}

/**
 * One corpus page parsed (jsdom's parse is never timed) and run once on each side; on the
 * style-stripped HTML when jsdom's CSS parser throws, as the CLI does (in either side: plain
 * Readability reads style attributes too).
 */
function openPage(code, page) {
  let html = page.load();
  let dom = null;
  let stripped = false;
  const firstRuns = (doc) => {
    const { baseline, pipeline } = code.sides(doc, page.url);
    pipeline();
    baseline();
  };
  try {
    dom = benchDom(html, page.url);
    firstRuns(dom.window.document);
  } catch {
    dom?.window.close();
    html = code.withoutStyles(html);
    dom = benchDom(html, page.url);
    stripped = true;
    firstRuns(dom.window.document);
  }
  return { page, html, dom, stripped };
}

/**
 * A fresh process compiles as it goes: the first pages timed in it paid for V8 compiling both
 * sides' code (the pipeline, having more code, paid more). Before any page of a batch is timed,
 * both sides run over all its pages, round after round, until CHUNK_WARM_UP_MS on the clock
 * (at most CHUNK_WARM_UP_ROUNDS rounds). Pages are opened one at a time, so that the live heap
 * while a page is timed holds that page only (a garbage collection's cost grows with the live
 * heap, and lands in whichever run is on the clock).
 */
async function warmUpChunk(code, pages) {
  let spent = 0;
  for (let round = 0; round < CHUNK_WARM_UP_ROUNDS && spent < CHUNK_WARM_UP_MS; round++) {
    for (const page of pages) {
      let opened;
      try {
        opened = openPage(code, page);
      } catch {
        continue; // reported when the page is timed
      }
      const { baseline, pipeline } = code.sides(opened.dom.window.document, page.url);
      spent += await timeRun(baseline);
      spent += await timeRun(pipeline);
      opened.dom.window.close();
      await settle();
    }
  }
}

async function benchPage(code, opened, iterations, withStages) {
  const { page, html, dom, stripped } = opened;
  const doc = dom.window.document;
  const { baseline, pipeline } = code.sides(doc, page.url);
  // Each run is timed on its own and followed by a turn of the event loop (outside the
  // clock), as a reader opens once per task.
  const fns = { baseline, pipeline };
  const time = async (side, count) => {
    let total = 0;
    for (let j = 0; j < count; j++) total += await timeRun(fns[side]);
    return total / count;
  };
  const { baseMs, fullMs, ratio, samples } = await pairedSamples(time, {
    iterations,
    warmUp: { minRuns: WARM_UP_RUNS, minMs: WARM_UP_MS, maxRuns: MAX_WARM_UP_RUNS },
    minSampleMs: MIN_SAMPLE_MS,
    maxBatch: MAX_BATCH,
    minSmallPageSamples: MIN_SMALL_PAGE_SAMPLES,
  });
  let stages = null;
  if (withStages) {
    const runs = [];
    for (let i = 0; i < samples; i++) {
      collectYoung();
      runs.push(code.stagedRun(doc, page.url, now));
      await settle();
    }
    stages = medianByKey(runs);
  }
  const elements = doc.getElementsByTagName("*").length;
  dom.window.close();
  return { ...page, bytes: html.length, elements, stripped, baseMs, fullMs, ratio, stages };
}

const CHUNK = 12;
const CHUNK_PREFIX = "BENCH-CHUNK ";

/** Child-process side of benchCorpus: times pages [from, to) and prints them as one JSON line. */
async function benchChunk(code, args) {
  const [from, to] = args.chunk.split(":").map(Number);
  const results = [];
  const failures = [];
  const pages = selectPages(args.corpus, args.pages).slice(from, to);
  await warmUpChunk(code, pages);
  for (const page of pages) {
    try {
      const { load, ...result } = await benchPage(code, openPage(code, page), args.iterations, args.stages);
      results.push(result);
    } catch (error) {
      failures.push({ page: { set: page.set, name: page.name }, error: String(error?.message ?? error) });
    }
    await settle();
  }
  console.log(CHUNK_PREFIX + JSON.stringify({ results, failures }));
}

function benchCorpus(code, args) {
  const pages = selectPages(args.corpus, args.pages, args.limit);
  if (!pages.length) {
    console.log(`\n## Corpus: no pages found under ${args.corpus} (pass --corpus DIR)`);
    return true;
  }
  console.log(`\n## Readability vs the Quiet Reader pipeline: ${pages.length} pages, per page the median of ${args.iterations} paired sample ratios (≥ ${MIN_SMALL_PAGE_SAMPLES} on small pages) after warm-up, jsdom parse excluded\n`);
  const results = [];
  const failures = [];
  // jsdom does not give all memory back when a window closes, so the pages run in batches, each
  // in a fresh child process; both sides of a page are always timed in the same process.
  for (let start = 0; start < pages.length; start += CHUNK) {
    const child = spawnSync(process.execPath, ["--expose-gc", new URL(import.meta.url).pathname, "--chunk", `${start}:${Math.min(pages.length, start + CHUNK)}`, ...process.argv.slice(2)], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const line = child.stdout.split("\n").find((l) => l.startsWith(CHUNK_PREFIX));
    if (!line) {
      for (const page of pages.slice(start, start + CHUNK)) failures.push({ page, error: new Error(`batch process failed (exit ${child.status})`) });
      continue;
    }
    const batch = JSON.parse(line.slice(CHUNK_PREFIX.length));
    for (const result of batch.results) {
      results.push(result);
      if (args.perPage) {
        console.log(`  ${result.set.padEnd(7)} ${result.name.padEnd(34)} ${kb(result.bytes).padStart(10)} ${String(result.elements).padStart(6)} el  readability ${ms(result.baseMs).padStart(6)} ms  pipeline ${ms(result.fullMs).padStart(6)} ms  ratio ${result.ratio.toFixed(2)}${result.stripped ? "  (styles stripped)" : ""}`);
      }
    }
    for (const failure of batch.failures) failures.push({ page: failure.page, error: new Error(failure.error) });
    if (!args.perPage) process.stderr.write(".".repeat(batch.results.length + batch.failures.length));
  }
  if (!args.perPage) process.stderr.write("\n");
  const ratios = results.map((r) => r.ratio);
  const worst = results.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const medianRatio = median(ratios);
  const p90 = percentile(ratios, 90);
  const totalBase = results.reduce((n, r) => n + r.baseMs, 0);
  const totalFull = results.reduce((n, r) => n + r.fullMs, 0);
  for (const set of ["rtp", "aeb-dev"]) {
    const some = results.filter((r) => r.set === set);
    if (some.length) console.log(`  ${set.padEnd(8)} ${String(some.length).padStart(3)} pages  median ratio ${median(some.map((r) => r.ratio)).toFixed(2)}  p90 ${percentile(some.map((r) => r.ratio), 90).toFixed(2)}`);
  }
  console.log("");
  console.log(`  median ratio      ${medianRatio.toFixed(2)}   (target ≤ ${TARGET_MEDIAN}: ${medianRatio <= TARGET_MEDIAN ? "ok" : "OVER"})`);
  console.log(`  90th percentile   ${p90.toFixed(2)}`);
  console.log(`  worst page        ${worst.ratio.toFixed(2)}   (target ≤ ${TARGET_WORST}: ${worst.ratio <= TARGET_WORST ? "ok" : "OVER"})  ${worst.set}/${worst.name}: readability ${ms(worst.baseMs)} ms, pipeline ${ms(worst.fullMs)} ms, ${kb(worst.bytes)}, ${worst.elements} elements`);
  console.log(`  per-page medians  readability ${ms(median(results.map((r) => r.baseMs)))} ms, pipeline ${ms(median(results.map((r) => r.fullMs)))} ms (sums: ${ms(totalBase)} / ${ms(totalFull)} ms)`);
  const slowest = results.reduce((a, b) => (b.fullMs > a.fullMs ? b : a));
  console.log(`  slowest page      ${slowest.set}/${slowest.name}: readability ${ms(slowest.baseMs)} ms, pipeline ${ms(slowest.fullMs)} ms, ${kb(slowest.bytes)}`);
  const stripped = results.filter((r) => r.stripped).length;
  if (stripped) console.log(`  ${stripped} page(s) run on style-stripped HTML (jsdom's CSS parser threw)`);
  for (const { page, error } of failures) console.log(`  FAILED ${page.set}/${page.name}: ${error?.message ?? error}`);
  if (args.stages) {
    // Every step any page ran, in pipeline order (the repair's reruns happen on few pages).
    const keys = [...new Set(results.flatMap((r) => Object.keys(r.stages ?? {})))];
    const sums = Object.fromEntries(keys.map((k) => [k, results.reduce((n, r) => n + (r.stages?.[k] ?? 0), 0)]));
    const total = Object.values(sums).reduce((a, b) => a + b, 0);
    console.log("\n  pipeline stages (sum over pages of per-page medians):");
    for (const key of keys) console.log(`    ${key.padEnd(18)} ${ms(sums[key]).padStart(8)} ms  ${((100 * sums[key]) / total).toFixed(1).padStart(5)} %`);
  }
  return failures.length === 0 && medianRatio <= TARGET_MEDIAN && worst.ratio <= TARGET_WORST;
}

// ---------------------------------------------------------------- hostile pages
function benchHostile(code) {
  const url = "https://example.com/hostile/page";
  const pages = [
    ["huge (5 MB)", code.hostile.hugePage()],
    ["deep (5,000 levels)", code.hostile.deepPage(5_000)],
    ["images (3,000)", code.hostile.imagePage(3_000)],
  ];
  console.log("\n## Big and odd pages (Node + jsdom, one run each)\n");
  let ok = true;
  for (const [name, html] of pages) {
    const parse = timeOnce(() => newDom(html, url));
    const dom = parse.value;
    const describe = (fn) => {
      try {
        const run = timeOnce(fn);
        return { text: `${ms(run.ms)} ms`, value: run.value };
      } catch (error) {
        return { text: `throws ${error?.name ?? "Error"}: ${error?.message ?? error}`, value: undefined, failed: true };
      }
    };
    const readability = describe(() => new code.Readability(dom.window.document.cloneNode(true)).parse());
    const pipeline = describe(() => code.extractArticle(dom.window.document, { url }));
    describe(() => dom.window.close()); // jsdom's own teardown recurses too on the deep page
    const cli = describe(() => code.extractFromHtml(html, url));
    if (cli.failed || !cli.value) ok = false;
    const words = cli.value ? `${cli.value.wordCount} words` : "no article";
    console.log(`  ${name.padEnd(20)} ${kb(html.length).padStart(10)}  ${String(code.hostile.countElements(html)).padStart(6)} elements`);
    console.log(`      jsdom parse ${ms(parse.ms)} ms | Readability ${readability.text} | extractArticle ${pipeline.text} | CLI extractFromHtml (parse included) ${cli.text}, ${words}`);
  }
  return ok;
}

// ---------------------------------------------------------------- main
const args = parseArgs(process.argv.slice(2));
if (args.cpuClock) now = cpuTime;
if (args.chunk) {
  await benchChunk(await import(`${pathToFileURL(join(WORK, "code.mjs")).href}`), args);
  process.exit(0);
}
const code = await loadCode();
const [load] = loadavg();
console.log(`Quiet Reader speed and size benchmark: node ${process.version}, ${new Date().toISOString()}, ${args.cpuClock ? "process CPU" : "wall-clock"} time, load average ${load.toFixed(2)} on ${availableParallelism()} cores`);
// The benchmark keeps one core busy itself; more load than the other cores can take means
// other processes compete with the timed runs.
if (!args.cpuClock && load > availableParallelism()) console.log(`  warning: the machine is busy; wall-clock times will be noisy (wait for it to settle, or pass --cpu-clock)`);
let ok = true;
if (args.only.has("sizes")) ok = benchSizes() && ok;
if (args.only.has("corpus")) ok = benchCorpus(code, args) && ok;
if (args.only.has("hostile")) ok = benchHostile(code) && ok;
console.log(ok ? "\nAll budgets met." : "\nA budget was missed (see OVER / FAILED above).");
process.exitCode = ok ? 0 : 1;
