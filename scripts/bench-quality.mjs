#!/usr/bin/env node
// Quality benchmark for the clutter step: plain Readability and Quiet Reader on the same pages,
// in the same run, side by side. Reads the corpus at run time and copies none of it.
//
//   npm run bench:quality [-- --corpus DIR] [--only dev,rtp,fixtures] [--per-page] [--verbose]
//
// Sections:
//   dev       article-extraction-benchmark/dev: token F1 / P / R with the benchmark's own metric
//             (\w+ tokens, 4-token shingles, per-page normalised counts, macro P and R, F1 of the
//             means), on BODY TEXT (article HTML minus <figure>/<figcaption>, then its text).
//             Cross-checked with <corpus>/../tools/f1.mjs when that file exists.
//   rtp       readability-test-pages: pages that lose a sentence of Readability's expected.html
//             (one that plain Readability also keeps in this run, and that is not listed as known
//             clutter below), and how many known clutter strings are removed.
//   fixtures  tests/fixtures/*: keep-rate of mustKeep, drop-rate of mustDrop.
//   wcxb      WCXB dev articles: word F1 / P / R, `with` found, `without` present, pages with
//             recall < 0.5 and precision < 0.5 (metric of ../shared/tools/wcxb-score.mjs).
//   traf      trafilatura's dev half: snippet P / R / F (micro), strings gained and lost
//             against Readability (metric of ../shared/tools/trafilatura-score).
//   aeb       the article-extraction benchmark's dev half again, in the same pooled run (so --cv
//             applies to it too).
//   --cv      score every page of wcxb/traf/aeb with the model trained WITHOUT its site's fold
//             (.tmp/clutter-model/folds.json, written by `npm run model:train -- --write`), and
//             with the ask reading's table trained without it (.tmp/clutter-model/ask-folds.json,
//             `npm run model:train-asks -- --write`): the numbers for sites the models have not seen.
//   --jobs N  worker threads for wcxb/traf/aeb (default: the number of cores).
//
// The core is bundled from src/ with esbuild into .tmp/bench/ at start, so it measures the
// working tree as it is and needs nothing but `npm ci`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { bundleForNode } from "./lib/bundle-for-node.mjs";
import { corpusPages } from "./lib/corpora.mjs";
import { runPages } from "./lib/page-pool.mjs";
import { plainReadability as plainReadabilityOf, shingleCounts } from "./lib/plain-readability.mjs";
import { pageMetrics } from "./clutter-model/labels.mjs";
import { JSDOM, VirtualConsole } from "jsdom";

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "..");

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const args = { corpus: resolve(ROOT, "../shared/corpus"), only: new Set(["dev", "rtp", "fixtures", "probes", "wcxb", "traf"]), perPage: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--corpus") args.corpus = resolve(argv[++i]);
    else if (a === "--only") args.only = new Set(argv[++i].split(","));
    else if (a === "--per-page") args.perPage = true;
    else if (a === "--verbose") args.verbose = true;
    else if (a === "--pages") args.pages = argv[++i].split(",");
    else if (a === "--cv") args.cv = true;
    else if (a === "--jobs") args.jobs = Number(argv[++i]);
    else if (a === "-h" || a === "--help") {
      console.log("usage: npm run bench:quality [-- --corpus DIR] [--only dev,rtp,fixtures,probes,wcxb,traf,aeb] [--cv] [--jobs N] [--per-page] [--verbose]");
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return args;
}

// ---------------------------------------------------------------- the code under test
async function loadCore() {
  return bundleForNode(
    [
      'export { extractFromHtml, withoutStyles } from "./src/cli/extract-from-html.ts";',
      'export { textWithBreaks } from "./src/core/text-content.ts";',
      'export { loadProbeSet, probePage, probeSetNames, stillShown, PROBE_URL } from "./tests/helpers/ask-probes.ts";',
    ],
    join(ROOT, ".tmp/bench/core.mjs"),
  );
}

// ---------------------------------------------------------------- the benchmark's metric
/** Normalised [tp, fp, fn] of one page. */
function matchPage(truth, pred) {
  const t = shingleCounts(truth);
  const p = shingleCounts(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) || 0, pc = p.get(key) || 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
function metrics(rows) {
  const prec = (tp, fp, fn) => (fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp));
  const rec = (tp, fp, fn) => (fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn));
  const precision = mean(rows.filter(([tp, fp]) => tp + fp > 0).map((r) => prec(...r)));
  const recall = mean(rows.filter(([tp, , fn]) => tp + fn > 0).map((r) => rec(...r)));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall, n: rows.length };
}

// ---------------------------------------------------------------- shared helpers
const quietConsole = () => new VirtualConsole();

function makeTextOf(core) {
  const dom = new JSDOM("<!doctype html><body></body>", { virtualConsole: quietConsole() });
  const doc = dom.window.document;
  /** Body text: article HTML with <figure>/<figcaption> removed, then its text. */
  return function bodyText(html) {
    const holder = doc.createElement("div");
    holder.innerHTML = html ?? "";
    for (const el of Array.from(holder.querySelectorAll("figure, figcaption"))) el.remove();
    return core.textWithBreaks(holder);
  };
}

const plainReadability = (core, html, url) => plainReadabilityOf(html, url, core.withoutStyles);

/**
 * Plain Readability's article HTML per page, cached in .tmp/bench/ by page hash and Readability
 * version: it does not change when src/ does, and it is half of the run time.
 */
const READABILITY_VERSION = JSON.parse(readFileSync(join(ROOT, "node_modules/@mozilla/readability/package.json"), "utf8")).version;
const CACHE_FILE = join(ROOT, `.tmp/bench/readability-${READABILITY_VERSION}.json`);
const plainCache = existsSync(CACHE_FILE) ? JSON.parse(readFileSync(CACHE_FILE, "utf8")) : {};
let plainCacheDirty = false;
function cachedPlainContent(core, html, url) {
  const key = createHash("sha1").update(url).update("\0").update(html).digest("hex");
  if (!(key in plainCache)) {
    const start = process.hrtime.bigint();
    const parsed = plainReadability(core, html, url);
    plainCache[key] = { content: parsed?.content ?? null, textContent: parsed?.textContent ?? null, ms: Number(process.hrtime.bigint() - start) / 1e6 };
    plainCacheDirty = true;
  }
  return plainCache[key];
}
function savePlainCache() {
  if (plainCacheDirty) writeFileSync(CACHE_FILE, JSON.stringify(plainCache));
}

function timed(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

const normalise = (text) =>
  (text ?? "").replace(/[\s\u00a0]+/g, " ").replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();
const fmt = (x) => x.toFixed(3);
const signed = (x) => `${x >= 0 ? "+" : ""}${x.toFixed(4)}`;

// ---------------------------------------------------------------- dev: token F1
async function benchDev(core, args) {
  const dir = join(args.corpus, "article-extraction-benchmark/dev");
  if (!existsSync(dir)) return console.log(`dev: ${dir} not found, skipped\n`);
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
  const bodyText = makeTextOf(core);
  const preds = { readability: {}, quiet: {} };
  const rows = { readability: [], quiet: [] };
  const times = { readability: [], quiet: [] };
  const perPage = [];
  for (const id of Object.keys(truth).sort()) {
    if (args.pages && !args.pages.some((p) => id.startsWith(p))) continue;
    await nextTurn();
    const html = gunzipSync(readFileSync(join(dir, "html", `${id}.html.gz`))).toString("utf8");
    const url = truth[id].url || "https://fake-url.com";
    const r = cachedPlainContent(core, html, url);
    const q = timed(() => core.extractFromHtml(html, url));
    preds.readability[id] = bodyText(r.content);
    preds.quiet[id] = bodyText(q.value?.contentHtml);
    times.readability.push(r.ms);
    times.quiet.push(q.ms);
    const rr = matchPage(truth[id].articleBody, preds.readability[id]);
    const qq = matchPage(truth[id].articleBody, preds.quiet[id]);
    rows.readability.push(rr);
    rows.quiet.push(qq);
    perPage.push({ id, readability: rr, quiet: qq, removed: q.value?.removed ?? [] });
  }
  const mr = metrics(rows.readability);
  const mq = metrics(rows.quiet);
  console.log(`article-extraction-benchmark/dev (${mr.n} pages, body text, benchmark metric)`);
  console.log(`  extractor         F1      P      R`);
  console.log(`  Readability    ${fmt(mr.f1)}  ${fmt(mr.precision)}  ${fmt(mr.recall)}`);
  console.log(`  Quiet Reader   ${fmt(mq.f1)}  ${fmt(mq.precision)}  ${fmt(mq.recall)}`);
  console.log(`  difference   ${signed(mq.f1 - mr.f1)} ${signed(mq.precision - mr.precision)} ${signed(mq.recall - mr.recall)}`);

  // Pages where recall dropped: the place to look for eaten content.
  const recallOf = ([tp, , fn]) => (tp + fn === 0 ? 1 : tp / (tp + fn));
  const precOf = ([tp, fp]) => (tp + fp === 0 ? 1 : tp / (tp + fp));
  const lostRecall = perPage.filter((p) => recallOf(p.quiet) < recallOf(p.readability) - 1e-9);
  console.log(`  pages with lower recall than Readability: ${lostRecall.length}`);
  for (const p of lostRecall) console.log(`    ${p.id.slice(0, 12)}  R ${fmt(recallOf(p.readability))} -> ${fmt(recallOf(p.quiet))}`);
  if (args.perPage) {
    for (const p of perPage) {
      console.log(`    ${p.id.slice(0, 12)}  P ${fmt(precOf(p.readability))} -> ${fmt(precOf(p.quiet))}  R ${fmt(recallOf(p.readability))} -> ${fmt(recallOf(p.quiet))}`);
      if (args.verbose) for (const b of p.removed) console.log(`        - [${b.reason}] ${b.text}`);
    }
  }

  // Cross-check with the shared reference implementation when it is there.
  const tool = join(args.corpus, "../tools/f1.mjs");
  if (existsSync(tool)) {
    const tmp = join(ROOT, ".tmp/bench");
    for (const name of ["readability", "quiet"]) {
      const file = join(tmp, `pred-${name}.json`);
      writeFileSync(file, JSON.stringify(preds[name]));
      const out = spawnSync(process.execPath, [tool, "--truth", join(dir, "ground-truth.json"), "--pred", file, "--n-bootstrap", "0"], { encoding: "utf8" });
      const last = (out.stdout || "").trim().split("\n").pop();
      console.log(`  cross-check ${name.padEnd(11)} (${tool.replace(`${resolve(ROOT, "..")}/`, "../")}): ${last}`);
    }
  }
  console.log("");
}

// ---------------------------------------------------------------- rtp: sentences and banners
/**
 * More text in expected.html that a reader should drop, judged one by one while reading the
 * losses this benchmark lists: author bios, follow lines, "read more" lines, repeated
 * bylines/datelines, newsletter labels. Sentences containing these are reported as removed
 * clutter, not as lost article sentences. Every entry is here so a reviewer can disagree.
 */
const JUDGED_CLUTTER = [
  { page: "breitbart", text: "Lucas Nolan is a reporter for Breitbart Tech", why: "author bio" },
  { page: "breitbart", text: "Follow him on Twitter @LucasNolan_", why: "follow line" },
  { page: "citylab-1", text: "The best way to follow issues you care about.", why: "newsletter form label" },
  { page: "citylab-1", text: "Sarah Archer is the author of The Midcentury Kitchen", why: "author bio" },
  { page: "iab-1", text: "Read more about ad blocking here.", why: "read-more link line" },
  { page: "ebb-org", text: "Tuesday 15 October 2019 by Bradley M.", why: "dateline and byline above the post" },
  { page: "iab-1", text: "Senior Vice President of Technology and Ad Operations at IAB", why: "author bio" },
  // Contributor lines under an NBC story, removed by the learned model (session 6).
  { page: "schema-org-context-object", text: "Stella Kim is an NBC News freelance producer based in Seoul.", why: "author bio" },
  { page: "schema-org-context-object", text: "Jennifer Jett is the Asia Digital Editor for NBC News, based in Hong Kong.", why: "author bio" },
];

/**
 * Text in readability-test-pages' expected.html that is clutter, not article: Readability keeps
 * it, a reader should not. Each entry is a short fragment of the page's text, matched against
 * sentences; listing one here is a judgement about that text, not a rule of the extractor.
 */
const KNOWN_CLUTTER = [
  { page: "breitbart", text: "SIGN UP FOR OUR NEWSLETTER" },
  { page: "theverge", text: "a paid weekly newsletter from Alex Heath" },
  { page: "citylab-1", text: "CityLab Daily" },
  { page: "nytimes-3", text: "Get New York Today in your inbox" },
];

/**
 * Sentences of an article text: split into blocks at line breaks (textWithBreaks puts one
 * between block elements), then at sentence ends; only units of 6+ words that end like a
 * sentence count (headings, labels and credits are not sentences).
 */
function sentencesOf(text) {
  return text
    .split(/\n+/)
    .flatMap((block) => normalise(block).split(/(?<=[.!?。！？]["'”»)]*)\s+(?=["'“«(]*\p{Lu})/u))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 6 && /[.!?。！？…]["'”»)]*$/u.test(s));
}

async function benchRtp(core, args) {
  const dir = join(args.corpus, "readability-test-pages");
  if (!existsSync(dir)) return console.log(`rtp: ${dir} not found, skipped\n`);
  const pages = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const htmlText = makeTextOf(core);
  const url = "http://fakehost/test/page.html";
  const losing = [];
  let checkedSentences = 0;
  let removedBlocks = 0;
  const clutterResults = [];
  const judgedResults = [];
  const noArticle = [];
  for (const page of pages) {
    await nextTurn();
    const source = readFileSync(join(dir, page, "source.html"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
    const expectedHtml = readFileSync(join(dir, page, "expected.html"), "utf8");
    if (args.pages && !args.pages.includes(page)) continue;
    const plain = cachedPlainContent(core, source, url);
    const quiet = core.extractFromHtml(source, url);
    removedBlocks += quiet?.removed.length ?? 0;
    const plainText = normalise(htmlText(plain?.content ?? "").replace(/\n/g, " "));
    const quietText = normalise(htmlText(quiet?.contentHtml ?? "").replace(/\n/g, " "));
    const clutterHere = KNOWN_CLUTTER.filter((c) => c.page === page);
    for (const c of clutterHere) {
      const inPlain = plainText.toLowerCase().includes(c.text.toLowerCase());
      const inQuiet = quietText.toLowerCase().includes(c.text.toLowerCase());
      clutterResults.push({ ...c, inPlain, removed: !inQuiet });
    }
    const lost = [];
    for (const sentence of sentencesOf(htmlText(expectedHtml))) {
      if (!plainText.includes(sentence)) continue; // Readability 0.6.0 itself does not keep it
      if (clutterHere.some((c) => sentence.toLowerCase().includes(c.text.toLowerCase()))) continue;
      const judged = JUDGED_CLUTTER.find((c) => c.page === page && sentence.includes(c.text));
      if (judged) {
        judgedResults.push({ ...judged, removed: !quietText.includes(sentence) });
        continue;
      }
      checkedSentences++;
      if (!quietText.includes(sentence)) lost.push(sentence);
    }
    if (!quiet && plain) noArticle.push(page);
    else if (lost.length) losing.push({ page, lost, removed: quiet?.removed ?? [] });
    if (args.verbose && quiet?.removed.length) {
      console.log(`  ${page}:`);
      for (const b of quiet.removed) console.log(`      - [${b.reason}] ${b.text}`);
    }
  }
  console.log(`readability-test-pages (${pages.length} pages, ${checkedSentences} article sentences checked, ${removedBlocks} blocks removed in all)`);
  console.log(`  pages losing an article sentence: ${losing.length}`);
  for (const p of losing) {
    console.log(`    ${p.page}: ${p.lost.length} sentence(s)`);
    for (const s of p.lost.slice(0, 5)) console.log(`      "${s.slice(0, 140)}"`);
    if (args.verbose) for (const b of p.removed) console.log(`      removed [${b.reason}] ${b.text}`);
  }
  if (noArticle.length) console.log(`  pages where Quiet Reader returns no article but Readability does (not a clutter removal): ${noArticle.join(", ")}`);
  const gone = clutterResults.filter((c) => c.removed).length;
  console.log(`  known clutter removed: ${gone}/${clutterResults.length}`);
  for (const c of clutterResults) console.log(`    ${c.removed ? "removed" : "KEPT   "}  ${c.page}: "${c.text}"${c.inPlain ? "" : " (not in plain Readability output either)"}`);
  const judgedGone = judgedResults.filter((c) => c.removed).length;
  console.log(`  other clutter sentences (judged, listed in JUDGED_CLUTTER) removed: ${judgedGone}/${judgedResults.length}`);
  for (const c of judgedResults) console.log(`    ${c.removed ? "removed" : "kept   "}  ${c.page}: ${c.why}: "${c.text}"`);
  console.log("");
}

// ---------------------------------------------------------------- fixtures
/**
 * One-line ask probes (tests/probes/README.md): every set but the newest was tuned on; the newest is held out.
 * Per set: asks no longer shown (each in the middle and at the end of a short article) and
 * look-alike news sentences still shown.
 */
async function benchProbes(core) {
  const dir = join(ROOT, "tests/probes");
  const sets = core.probeSetNames(dir);
  const heldOut = sets.at(-1);
  console.log(`one-line ask probes (tests/probes: ${sets.slice(0, -1).join(", ").toUpperCase()} tuned on, ${heldOut.toUpperCase()} held out)`);
  for (const name of sets) {
    let asks = 0, gone = 0, keeps = 0, kept = 0;
    const perLang = [];
    for (const [lang, set] of Object.entries(core.loadProbeSet(name, dir))) {
      let langAsks = 0, langGone = 0;
      for (const where of ["mid", "end"]) {
        await nextTurn();
        for (const ask of set.asks) {
          langAsks++;
          if (!core.stillShown(core.extractFromHtml(core.probePage(lang, set.prose, ask, where), core.PROBE_URL)?.textContent, ask)) langGone++;
        }
        for (const line of set.keep ?? []) {
          keeps++;
          if (core.stillShown(core.extractFromHtml(core.probePage(lang, set.prose, line, where), core.PROBE_URL)?.textContent, line)) kept++;
        }
      }
      asks += langAsks;
      gone += langGone;
      perLang.push(`${lang} ${langGone}/${langAsks}`);
    }
    console.log(`  set ${name.toUpperCase()}${name === heldOut ? " (held out)" : ""}: asks removed ${gone}/${asks} (${((100 * gone) / asks).toFixed(1)} %; ${perLang.join(", ")}), look-alikes kept ${kept}/${keeps}`);
  }
  console.log("");
}

async function benchFixtures(core, args) {
  const dir = join(ROOT, "tests/fixtures");
  const holder = new JSDOM("<!doctype html><body></body>", { virtualConsole: quietConsole() }).window.document;
  /** Everything the reader shows of the article HTML (picture credits included). */
  const shownTextOf = (html) => {
    const div = holder.createElement("div");
    div.innerHTML = html ?? "";
    return core.textWithBreaks(div);
  };
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "source.html")) && existsSync(join(dir, e.name, "expected.json")))
    .map((e) => e.name)
    .sort();
  let keep = 0, keepTotal = 0, drop = 0, dropTotal = 0, plainDrop = 0;
  const failures = [];
  for (const name of names) {
    await nextTurn();
    const html = readFileSync(join(dir, name, "source.html"), "utf8");
    const expected = JSON.parse(readFileSync(join(dir, name, "expected.json"), "utf8"));
    const article = core.extractFromHtml(html, expected.url);
    const plain = cachedPlainContent(core, html, expected.url);
    const text = normalise(article?.textContent ?? "");
    // mustKeep is what the reader shows: picture credits count there, as the caption's small print.
    const shown = normalise(shownTextOf(article?.contentHtml));
    const plainText = normalise(plain?.textContent ?? "");
    for (const s of expected.mustKeep) {
      keepTotal++;
      if (shown.includes(normalise(s))) keep++;
      else failures.push(`${name}: lost "${s.slice(0, 100)}"`);
    }
    for (const s of expected.mustDrop) {
      dropTotal++;
      if (!plainText.includes(normalise(s))) plainDrop++;
      if (!text.includes(normalise(s))) drop++;
      else failures.push(`${name}: kept "${s.slice(0, 100)}"`);
    }
  }
  const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
  console.log(`own fixtures (${names.length} pages, tests/fixtures)`);
  console.log(`  mustKeep kept:    ${keep}/${keepTotal} (${pct(keep, keepTotal)})`);
  console.log(`  mustDrop dropped: ${drop}/${dropTotal} (${pct(drop, dropTotal)}); plain Readability drops ${plainDrop}/${dropTotal} (${pct(plainDrop, dropTotal)})`);
  for (const f of failures) console.log(`    ${f}`);
  console.log("");
}

// ---------------------------------------------------------------- wcxb, traf, aeb: pooled, optionally cross-validated
async function benchCorpora(which, args) {
  const pages = corpusPages(args.corpus, which).filter((p) => !args.pages || args.pages.some((x) => p.id.startsWith(x)));
  if (!pages.length) return console.log(`${which.join(", ")}: no pages under ${args.corpus}, skipped\n`);
  const foldsFile = join(ROOT, ".tmp/clutter-model/folds.json");
  const askFoldsFile = join(ROOT, ".tmp/clutter-model/ask-folds.json");
  if (args.cv && !existsSync(foldsFile)) {
    console.error("--cv needs .tmp/clutter-model/folds.json: run `npm run model:train -- --write` first");
    process.exit(1);
  }
  if (args.cv && !existsSync(askFoldsFile)) {
    console.error("--cv needs .tmp/clutter-model/ask-folds.json: run `npm run model:train-asks -- --write` first");
    process.exit(1);
  }
  // Plain Readability's texts are cached like the sequential sections' (they do not depend on src/).
  const cacheFile = join(ROOT, `.tmp/bench/readability-texts-${READABILITY_VERSION}.json`);
  const cache = existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, "utf8")) : {};
  const keyOf = (p) => `${p.corpus}/${p.id}`;
  const coreFile = join(ROOT, ".tmp/bench/quality-core.mjs");
  await bundleForNode(
    [
      'export { extractFromHtml, withoutStyles } from "./src/cli/extract-from-html.ts";',
      'export { textWithBreaks } from "./src/core/text-content.ts";',
      'export { loadProbeSet, probePage, probeSetNames, stillShown, PROBE_URL } from "./tests/helpers/ask-probes.ts";',
    ],
    coreFile,
  );
  process.env.QR_QUALITY_CORE = `file://${coreFile}`;
  if (args.cv) {
    process.env.QR_QUALITY_FOLDS = foldsFile;
    process.env.QR_QUALITY_ASK_FOLDS = askFoldsFile;
  } else {
    delete process.env.QR_QUALITY_FOLDS;
    delete process.env.QR_QUALITY_ASK_FOLDS;
  }
  const started = Date.now();
  const results = await runPages(
    pages.map((p) => ({ ...p, skipPlain: !!cache[keyOf(p)] })),
    new URL("./lib/quality-worker.mjs", import.meta.url).href,
    { jobs: args.jobs },
  );
  const quiet = new Map(), plain = new Map();
  pages.forEach((p, i) => {
    const r = results[i];
    if (r?.error) console.log(`  ${keyOf(p)}: ${r.error.split("\n")[0]}`);
    if (r?.plain) cache[keyOf(p)] = r.plain;
    quiet.set(keyOf(p), r?.quiet ?? { text: "", body: "" });
    plain.set(keyOf(p), cache[keyOf(p)] ?? { text: "", body: "" });
  });
  writeFileSync(cacheFile, JSON.stringify(cache));
  const mr = pageMetrics(pages, plain), mq = pageMetrics(pages, quiet);
  const repaired = [...quiet.values()].filter((q) => q.repairs?.some((r) => r.kind.startsWith("container-"))).length;
  console.log(`${which.join(" + ")} (${pages.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s${args.cv ? ", model cross-validated by site" : ", shipped model"}; containers repaired on ${repaired} pages)`);
  const row = (name, m) => {
    const parts = [];
    if (which.includes("aeb")) parts.push(`aeb body F1 ${fmt(m.aeb.f1)} P ${fmt(m.aeb.p)} R ${fmt(m.aeb.r)}`);
    if (which.includes("wcxb")) parts.push(`wcxb F1 ${fmt(m.wcxb.f1)} P ${fmt(m.wcxb.p)} R ${fmt(m.wcxb.r)} with ${fmt(m.wcxb.with)} without ${fmt(m.wcxb.without)} R<.5 ${m.wcxb.lowR} P<.5 ${m.wcxb.lowP}`);
    if (which.includes("traf")) parts.push(`traf P ${fmt(m.traf.p)} R ${fmt(m.traf.r)} F ${fmt(m.traf.f)}`);
    console.log(`  ${name.padEnd(13)} ${parts.join(" | ")}`);
  };
  row("Readability", mr);
  row("Quiet Reader", mq);
  if (which.includes("traf")) {
    const { norm } = await import("./clutter-model/traf-score.mjs");
    let gained = 0, lost = 0, dropped = 0, added = 0;
    for (const p of pages.filter((x) => x.corpus === "traf")) {
      const a = norm(plain.get(keyOf(p)).text), b = norm(quiet.get(keyOf(p)).text);
      for (const w of p.truth.with) {
        const inA = a.includes(norm(w)), inB = b.includes(norm(w));
        if (inB && !inA) gained++;
        if (inA && !inB) lost++;
      }
      for (const w of p.truth.without) {
        const inA = a.includes(norm(w)), inB = b.includes(norm(w));
        if (inA && !inB) dropped++;
        if (inB && !inA) added++;
      }
    }
    console.log(`  traf against Readability: with-strings gained ${gained}, lost ${lost}; without-strings dropped ${dropped}, newly present ${added}`);
  }
  if (args.perPage) {
    for (const p of pages) {
      const q = quiet.get(keyOf(p));
      if (q.repairs?.length) console.log(`    ${keyOf(p)} repairs: ${q.repairs.map((r) => r.kind).join(", ")}`);
    }
  }
  // Cross-check with the shared reference scorers where they are there.
  const tools = join(args.corpus, "../tools");
  const tmp = join(ROOT, ".tmp/bench");
  for (const [name, outputs] of [["readability", plain], ["quiet", quiet]]) {
    const pick = (corpus) => Object.fromEntries(pages.filter((p) => p.corpus === corpus).map((p) => [p.id, outputs.get(keyOf(p)).text]));
    if (which.includes("wcxb") && existsSync(join(tools, "wcxb-score.mjs"))) {
      const file = join(tmp, `pred-wcxb-${name}.json`);
      writeFileSync(file, JSON.stringify(pick("wcxb")));
      const out = spawnSync(process.execPath, [join(tools, "wcxb-score.mjs"), "--set", join(args.corpus, "wcxb-dev-articles"), "--pred", file], { encoding: "utf8" });
      console.log(`  cross-check wcxb ${name.padEnd(11)}: ${(out.stdout || out.stderr || "").trim().split("\n").pop()}`);
    }
    if (which.includes("traf") && existsSync(join(tools, "trafilatura-score/score.mjs"))) {
      const file = join(tmp, `pred-traf-${name}.json`);
      writeFileSync(file, JSON.stringify(pick("traf")));
      const out = spawnSync(process.execPath, [join(tools, "trafilatura-score/score.mjs"), "--pred", file, "--truth", join(args.corpus, "trafilatura-eval-dev/ground-truth.json")], { encoding: "utf8" });
      console.log(`  cross-check traf ${name.padEnd(11)}: ${(out.stdout || out.stderr || "").trim().split("\n").pop()}`);
    }
  }
  console.log("");
}

/** One turn of the event loop: jsdom frees a page's window only after its queued tasks have run. */
function nextTurn() {
  return new Promise((resolve) => setImmediate(resolve));
}

// ---------------------------------------------------------------- main
const args = parseArgs(process.argv.slice(2));
const core = await loadCore();
console.log(`Quiet Reader quality benchmark (corpus: ${args.corpus})\n`);
if (args.only.has("dev")) await benchDev(core, args);
if (args.only.has("rtp")) await benchRtp(core, args);
if (args.only.has("fixtures")) await benchFixtures(core, args);
if (args.only.has("probes")) await benchProbes(core);
const pooled = ["aeb", "wcxb", "traf"].filter((c) => args.only.has(c));
if (pooled.length) await benchCorpora(pooled, args);
savePlainCache();
