/**
 * A second opinion on Readability's container. Readability scores paragraphs and picks one
 * subtree; on some pages that subtree is a fragment of the article (the body split across
 * sibling wrappers) or the wrong region (comments, a teaser list). The page often says where
 * its article is (article-hints.ts): when Readability's text misses much of the prose the hint
 * holds, the page is narrowed to the hint's element and Readability runs again there; the rerun
 * is kept only when it recovers most of what was missing. Pure over DOM trees.
 */
import { elementsUnder } from "../elements-under.js";
import { elementAt, pathTo, type ArticleHint } from "./article-hints.js";
import { REPAIR_THRESHOLDS as T } from "./repair-thresholds.js";

export interface RepairRecord {
  /** "container-widened": Readability rerun on the page's own article element; "container-replaced": that element itself. */
  kind: string;
  /** Which hint, and how much prose Readability's first pick missed. */
  detail: string;
}

const collapse = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

/** Characters of link text under `el` (a TreeWalker: jsdom indexes live collections in O(n) per access). */
function linkCharsIn(el: Element): number {
  let chars = 0;
  for (const a of elementsUnder(el)) if (a.localName === "a") chars += collapse(a.textContent).length;
  return chars;
}

/** Containers whose paragraphs are not the article: comment threads, sidebars, related stories, forms. */
const NOT_ARTICLE_TAGS = new Set(["aside", "nav", "footer", "form", "header"]);
const NOT_ARTICLE_NAMES = /comment|reply|respond|discuss|disqus|related|recommend|sidebar/i;

const isNonArticle = (el: Element) => NOT_ARTICLE_TAGS.has(el.localName) || NOT_ARTICLE_NAMES.test(`${el.id} ${el.getAttribute("class") ?? ""}`.slice(0, 300));

/** A prose paragraph of a tree, and the nearest comment thread or sidebar it sits in (below the tree's root), if any. */
export interface ProseParagraph {
  probe: string;
  chars: number;
  el: Element;
  fence: Element | null;
}

/**
 * The prose paragraphs of `root`, read once: long <p> with few links, as probes of their first
 * characters, each with its nearest non-article ancestor (a verdict per ancestor, memoised, so
 * a page of paragraphs does not test the same wrappers again for every paragraph).
 */
export function proseParagraphs(root: Element): ProseParagraph[] {
  const fences = new Map<Element, Element | null>();
  const fenceAbove = (p: Element): Element | null => {
    const unknown: Element[] = [];
    let found: Element | null = null;
    for (let up = p.parentElement; up && up !== root; up = up.parentElement) {
      const known = fences.get(up);
      if (known !== undefined) {
        found = known;
        break;
      }
      unknown.push(up);
    }
    // Down from the highest ancestor not yet judged: each one's fence is itself or its parent's.
    for (let i = unknown.length - 1; i >= 0; i--) {
      const el = unknown[i]!;
      if (isNonArticle(el)) found = el;
      fences.set(el, found);
    }
    return found;
  };
  const paragraphs: ProseParagraph[] = [];
  for (const p of elementsUnder(root)) {
    if (p.localName !== "p") continue;
    const text = collapse(p.textContent);
    if (text.length < T.paragraphChars) continue;
    if (linkCharsIn(p) / text.length > T.maxLinkDensity) continue;
    paragraphs.push({ probe: text.slice(0, T.probeChars), chars: text.length, el: p, fence: fenceAbove(p) });
  }
  return paragraphs;
}

/** Of a tree's prose paragraphs, those under `el` and outside comments and sidebars below it. */
function probesUnder(paragraphs: readonly ProseParagraph[], el: Element): ProseParagraph[] {
  return paragraphs.filter((p) => el.contains(p.el) && p.el !== el && !(p.fence && p.fence !== el && el.contains(p.fence)));
}

/** The prose paragraphs of a subtree: long <p> with few links, outside comments and sidebars, as probes of their first characters. */
export function proseProbes(root: Element): ProseParagraph[] {
  return unfenced(proseParagraphs(root));
}

/** Of a tree's prose paragraphs, those outside every comment thread and sidebar. */
function unfenced(paragraphs: readonly ProseParagraph[]): ProseParagraph[] {
  return paragraphs.filter((p) => !p.fence);
}

/** Share and length of the probes missing from a text. */
export function missing(probes: readonly { probe: string; chars: number }[], text: string): { share: number; chars: number } {
  if (!probes.length) return { share: 0, chars: 0 };
  let count = 0, chars = 0;
  for (const p of probes) {
    if (text.includes(p.probe)) continue;
    count++;
    chars += p.chars;
  }
  return { share: count / probes.length, chars };
}

function trigrams(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function coverage(of: string, inText: string): number {
  const wanted = trigrams(of);
  if (!wanted.length) return 1;
  const have = new Set(trigrams(inText));
  return wanted.filter((t) => have.has(t)).length / wanted.length;
}

/** Lowest common ancestor of elements under `body`. */
function commonAncestor(els: Element[], body: Element): Element | null {
  if (!els.length) return null;
  let anc: Element | null = els[0]!;
  for (const el of els.slice(1)) while (anc && !anc.contains(el)) anc = anc.parentElement;
  return anc && body.contains(anc) ? anc : null;
}

/** The element holding a JSON-LD articleBody's paragraphs: the ancestor of most paragraphs that read like it. */
function jsonLdElement(body: Element, probes: readonly ProseParagraph[], articleBody: string): Element | null {
  const wanted = new Set(trigrams(articleBody));
  const matching = probes
    .map((p) => p.el)
    .filter((el) => {
      const grams = trigrams(collapse(el.textContent));
      return grams.length > 0 && grams.filter((g) => wanted.has(g)).length / grams.length >= 0.6;
    });
  if (matching.length < T.minHintParagraphs) return null;
  // The smallest ancestor of enough of them, leaving outliers (a quote repeated in a sidebar) at
  // either end out: the first, middle and last window of that many paragraphs (linear, not per start).
  const keep = Math.ceil(matching.length * T.jsonLdParagraphShare);
  let best: Element | null = null;
  for (const start of new Set([0, Math.floor((matching.length - keep) / 2), matching.length - keep])) {
    const anc = commonAncestor(matching.slice(start, start + keep), body);
    if (anc && (!best || best.contains(anc))) best = anc;
  }
  return best;
}

export interface RepairPlan {
  hint: ArticleHint;
  /** Child-index path from <body> to the element the page is narrowed to. */
  path: number[];
  /** Prose of the hint that the first pick missed. */
  missed: { share: number; chars: number };
  probes: { probe: string; chars: number }[];
}

/**
 * Where the page's prose is when it says nothing: the smallest element holding most of the
 * characters of its prose paragraphs. On pages whose article is split across sibling wrappers
 * with no <article> or JSON-LD to name it, this is the wrapper of the wrappers.
 */
export function proseClusterElement(body: Element, probes: readonly ProseParagraph[] = proseProbes(body)): Element | null {
  if (probes.length < T.minHintParagraphs) return null;
  const total = probes.reduce((sum, p) => sum + p.chars, 0);
  const held = new Map<Element, number>();
  for (const p of probes) for (let up = p.el.parentElement; up && up !== body; up = up.parentElement) held.set(up, (held.get(up) ?? 0) + p.chars);
  let best: Element | null = null;
  for (const [el, chars] of held) if (chars >= total * T.proseClusterShare && (!best || best.contains(el))) best = el;
  return best;
}

/** The element a hint points at on the pristine page, or null. */
function hintElement(body: Element, bodyProbes: readonly ProseParagraph[], hint: ArticleHint, picked: string): Element | null {
  if (hint.kind === "json-ld") {
    if ((hint.text.match(/\S+/g)?.length ?? 0) < T.jsonLdMinWords || coverage(hint.text, picked) >= T.jsonLdMinCoverage) return null;
    return jsonLdElement(body, bodyProbes, hint.text);
  }
  if (hint.kind === "prose-cluster") return proseClusterElement(body, bodyProbes);
  return hint.path ? elementAt(body, hint.path) : null;
}

/**
 * Whether Readability's text (`pickedText`) misses much of what a hint says is the article:
 * one plan per hint that does, strongest first, then where the page's prose is (at most
 * `maxPlans`, each a different element). `doc` is the pristine page.
 */
export function planRepairs(doc: Document, hints: readonly ArticleHint[], pickedText: string): RepairPlan[] {
  const body = doc.body;
  if (!body) return [];
  const picked = collapse(pickedText);
  const plans: RepairPlan[] = [];
  const tried = new Set<Element>();
  // The page's prose paragraphs, read once (the prose-cluster hint, always tried, needs them): every hint's probes are a filter of them.
  const paragraphs = proseParagraphs(body);
  const bodyProbes = unfenced(paragraphs);
  for (const hint of [...hints, { kind: "prose-cluster", path: null, text: "" } satisfies ArticleHint]) {
    if (plans.length >= T.maxPlans) break;
    const el = hintElement(body, bodyProbes, hint, picked);
    if (!el || el === body || tried.has(el)) continue;
    tried.add(el);
    const probes = probesUnder(paragraphs, el);
    if (probes.length < T.minHintParagraphs) continue;
    const missed = missing(probes, picked);
    if (missed.share < T.missingShare || missed.chars < T.minMissingChars) continue;
    const path = pathTo(el, body);
    if (path) plans.push({ hint, path, missed, probes });
  }
  return plans;
}

/** A copy of the page whose <body> holds only the planned element (head kept for metadata). */
export function narrowedCopy(doc: Document, path: readonly number[]): Document | null {
  const body = doc.body;
  const html = doc.documentElement;
  const el = body ? elementAt(body, path) : null;
  if (!el || !body || !html || body.parentNode !== html) return null;
  // Built from shallow copies: cloning the whole page to throw most of it away cost as much as the rerun.
  const copy = doc.cloneNode(false) as Document;
  const bodyCopy = body.cloneNode(false);
  for (const child of Array.from(doc.childNodes)) {
    if (child !== html) {
      copy.appendChild(child.cloneNode(true));
      continue;
    }
    const htmlCopy = copy.appendChild(html.cloneNode(false));
    for (const part of Array.from(html.childNodes)) htmlCopy.appendChild(part === body ? bodyCopy : part.cloneNode(true));
  }
  bodyCopy.appendChild(el.cloneNode(true));
  return copy;
}

/** Keep the rerun only when it recovers most of what the first pick missed. */
export function rerunIsBetter(plan: RepairPlan, rerunText: string): boolean {
  const after = missing(plan.probes, collapse(rerunText));
  return after.chars <= plan.missed.chars * T.keepRerunBelow;
}

/**
 * A repair widens or moves the article; it never drops what Readability's first pick got right:
 * the repaired text must still hold most of the first pick's own prose paragraphs (a cluster of
 * listing or comment prose elsewhere on the page is not a better article). Unless the first pick
 * is a scrap: shorter than `scrapPickChars` and a small part of the repaired text.
 */
export function keepsFirstPick(firstProbes: readonly { probe: string; chars: number }[], repairedText: string, firstText = ""): boolean {
  // A first pick that is a scrap (a disclosure, a teaser) beside a page of prose need not survive.
  const first = collapse(firstText).length;
  const repaired = collapse(repairedText);
  if (first > 0 && first < T.scrapPickChars && first * T.scrapPickRatio <= repaired.length) return true;
  return missing(firstProbes, repaired).share <= T.maxFirstPickLost;
}

/**
 * The hinted element as the article itself: allowed when its text is mostly the prose that was
 * missed (not a page of links, menus and teasers around a little of it).
 */
export function canStandAsArticle(el: Element, plan: RepairPlan, pickedText: string): boolean {
  const text = collapse(el.textContent);
  if (!text) return false;
  // Only a pick that is a small part of the prose is replaced; a pick near complete stays (what it "missed" is likely not article).
  const proseTotal = plan.probes.reduce((sum, p) => sum + p.chars, 0);
  if (collapse(pickedText).length > proseTotal * T.replaceBelowShare) return false;
  const linkChars = linkCharsIn(el);
  return linkChars / text.length <= T.hintMaxLinkDensity && text.length <= proseTotal * T.hintMaxTextPerProse;
}

export function repairRecord(plan: RepairPlan, kind: "container-widened" | "container-replaced" = "container-widened"): RepairRecord {
  return {
    kind,
    detail: `${plan.hint.kind}: Readability's pick missed ${Math.round(plan.missed.share * 100)} % of its prose paragraphs (${plan.missed.chars} characters)`,
  };
}
