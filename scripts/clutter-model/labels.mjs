// Labels for the learned clutter model, and the corpora's own page metrics for its report.
// A leaf block is CONTENT (0) when its words are in the page's ground-truth main text, CLUTTER
// (1) when they are (almost) absent, and left out (null) when unsure. Words, not characters:
// lower-case \w+ runs as in the benchmarks' metrics.
//  - WCXB (main_content) and the article-extraction benchmark (articleBody): blocks of 7+
//    words by word-trigram coverage (≥ 0.6 content, ≤ 0.15 clutter); shorter blocks must occur
//    as a contiguous word run (3+ words) or as a whole line (1–2 words, e.g. a subheading).
//  - trafilatura's set: only blocks that contain a `with` string (content) or a `without`
//    string while being not much longer than it (clutter); the rest of its blocks are unsure.
import { norm, countItem, scores } from "./traf-score.mjs";
import { shingleCounts } from "../lib/plain-readability.mjs";

const WORD = /[\p{L}\p{N}_]+/gu;
export const words = (text) => (text ? text.toLowerCase().match(WORD) ?? [] : []);

/** Whitespace collapsed, typographic apostrophes folded (as the core's normaliseText). */
export const normalised = (text) => (text ?? "").replace(/[\s\u00a0\u200b]+/g, " ").replace(/[’‘`´]/g, "'").trim();

function truthIndex(text) {
  const tokens = words(text);
  const trigrams = new Set();
  for (let i = 0; i + 2 < tokens.length; i++) trigrams.add(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  const lines = new Set(text.split(/\n+/).map((l) => words(l).join(" ")).filter(Boolean));
  return { joined: ` ${tokens.join(" ")} `, trigrams, lines };
}

function labelByText(index, text) {
  const t = words(text);
  if (!t.length) return null;
  if (t.length >= 7) {
    let hit = 0;
    for (let i = 0; i + 2 < t.length; i++) if (index.trigrams.has(`${t[i]} ${t[i + 1]} ${t[i + 2]}`)) hit++;
    const coverage = hit / (t.length - 2);
    return coverage >= 0.6 ? 0 : coverage <= 0.15 ? 1 : null;
  }
  const run = t.join(" ");
  if (index.lines.has(run)) return 0;
  if (t.length >= 3) return index.joined.includes(` ${run} `) ? 0 : 1;
  return index.joined.includes(` ${run} `) ? null : 1;
}

function labelBySnippets(truth, text) {
  const n = norm(text);
  const has = truth.with.some((w) => n.includes(norm(w)));
  const hasNot = truth.without.filter((w) => n.includes(norm(w)));
  if (has && hasNot.length) return null;
  if (has) return 0;
  if (hasNot.length && words(n).length <= 3 * Math.max(...hasNot.map((w) => words(w).length)) + 5) return 1;
  return null;
}

export function labelLeaves(page, leaves) {
  if (page.corpus === "traf") return leaves.map((l) => labelBySnippets(page.truth, l.text));
  const index = truthIndex(page.corpus === "wcxb" ? page.truth.main : page.truth.articleBody);
  return leaves.map((l) => labelByText(index, l.text));
}

// ---------------------------------------------------------------- page metrics (as the corpora define them)
function aebMatch(truth, pred) {
  const t = shingleCounts(truth), p = shingleCounts(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(k) || 0, b = p.get(k) || 0;
    tp += Math.min(a, b); fp += Math.max(0, b - a); fn += Math.max(0, a - b);
  }
  return [tp, fp, fn];
}
function wcxbScore(pred, ref, truth) {
  const pt = words(pred), rt = words(ref);
  let p = 0, r = 0;
  if (!rt.length) [p, r] = pt.length ? [0, 0] : [1, 1];
  else if (pt.length) {
    const count = (ts) => ts.reduce((m, w) => m.set(w, (m.get(w) || 0) + 1), new Map());
    const pc = count(pt), rc = count(rt);
    let o = 0;
    for (const [w, n] of pc) o += Math.min(n, rc.get(w) || 0);
    p = o / pt.length; r = o / rt.length;
  }
  const lower = pred.toLowerCase();
  const share = (s) => (s.length ? s.filter((x) => lower.includes(x.toLowerCase())).length / s.length : 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, with: share(truth.with), without: share(truth.without) };
}
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** outputs: Map key → { text, body }. Returns { aeb: {f1,p,r}, wcxb: {f1,p,r,with,without,lowR,lowP}, traf: {p,r,f} }. */
export function pageMetrics(pages, outputs) {
  const aeb = [], wcxb = [], cm = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const page of pages) {
    const out = outputs.get(`${page.corpus}/${page.id}`);
    if (!out) continue;
    if (page.corpus === "aeb") aeb.push(aebMatch(page.truth.articleBody, out.body));
    else if (page.corpus === "wcxb") wcxb.push(wcxbScore(out.text, page.truth.main, page.truth));
    else if (page.corpus === "traf") {
      const [tp, fp, fn, tn] = countItem(page.truth, out.text);
      cm.tp += tp; cm.fp += fp; cm.fn += fn; cm.tn += tn;
    }
  }
  const prec = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fp));
  const rec = ([tp, fp, fn]) => (fp === 0 && fn === 0 ? 1 : tp / (tp + fn));
  const ap = mean(aeb.filter(([tp, fp]) => tp + fp > 0).map(prec));
  const ar = mean(aeb.filter(([tp, , fn]) => tp + fn > 0).map(rec));
  const t = scores(cm);
  return {
    aeb: { f1: ap + ar ? (2 * ap * ar) / (ap + ar) : 0, p: ap, r: ar, n: aeb.length },
    wcxb: {
      f1: mean(wcxb.map((x) => x.f1)), p: mean(wcxb.map((x) => x.p)), r: mean(wcxb.map((x) => x.r)),
      with: mean(wcxb.map((x) => x.with)), without: mean(wcxb.map((x) => x.without)),
      lowR: wcxb.filter((x) => x.r < 0.5).length, lowP: wcxb.filter((x) => x.p < 0.5).length, n: wcxb.length,
    },
    traf: { p: t.precision, r: t.recall, f: t.f1 },
  };
}
