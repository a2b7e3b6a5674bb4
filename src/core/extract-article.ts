/**
 * The extraction pipeline, the one entry point every consumer uses:
 * clone → defuse hostile form names → recover lazy images → mark tracking pixels → Readability,
 * second-guessed by the page's own article markup (repair/) → drop tracking pixels → strip
 * clutter by the rules → tidy → the learned model → resolve URLs → compact whitespace →
 * lead image → sanitize → stats.
 * DOM-pure: no extension API, so it runs in the page and in Node (jsdom) alike, and it
 * never mutates the document it is given.
 */
import Readability from "@mozilla/readability/Readability.js";
import type { Article, BlockExplanation } from "./article.js";
import { learnedPass } from "./clutter/learned-pass.js";
import { stripClutter } from "./clutter/strip-clutter.js";
import { articleHints } from "./repair/article-hints.js";
import { recoverLeadImage } from "./repair/lead-image.js";
import { canStandAsArticle, keepsFirstPick, narrowedCopy, planRepairs, proseProbes, repairRecord, rerunIsBetter, type RepairPlan, type RepairRecord } from "./repair/repair-container.js";
import type { AskWordsModel } from "./clutter/model/ask-words.js";
import type { ModelWeights } from "./clutter/model/score-block.js";
import { compactWhitespace } from "./compact-whitespace.js";
import { removeFormClobbering } from "./form-clobbering.js";
import { recoverLazyImages } from "./lazy-images.js";
import { readableSrcsets } from "./readable-srcsets.js";
import { countWords, readingTimeMinutes } from "./reading-stats.js";
import { resolveUrls } from "./resolve-urls.js";
import { sanitizeContent, sanitizeToTree } from "./sanitize-html.js";
import { textWithBreaks } from "./text-content.js";
import { isPictureCredit } from "./tidy/caption-credits.js";
import { tidyArticle } from "./tidy/tidy-article.js";
import { dropTrackingPixels, markTrackingPixels } from "./tracking-pixels.js";

export interface ExtractOptions {
  /** The page URL: base for relative links, and Article.url. Defaults to the document's URL. */
  url?: string;
  /** Debug: Article.explain lists every judged block with its features, score and decision. */
  explain?: boolean;
  /** false: Readability's container as it picked it, without the repair (comparison). */
  repair?: boolean;
  /** false: clutter by the hand-written rules only, without the learned model (comparison, training). */
  model?: boolean;
  /** Another weight table for the model than the shipped one (experiments, cross-validation). */
  modelWeights?: ModelWeights;
  /** false: asks read by rows and parts only, without the learned ask reading (comparison, training); or another weight table. */
  askWords?: AskWordsModel | false;
}

/** The site's name for the model: the page's own, else its host without "www.". */
function siteNameOf(parsedName: string | null | undefined, url: string): string | null {
  const name = clean(parsedName);
  if (name) return name;
  try {
    return new URL(url).hostname.replace(/^www\d*\./, "") || null;
  } catch {
    return null;
  }
}

/** Shorter than about two sentences of text means Readability found no article. */
const MIN_ARTICLE_CHARS = 100;

function clean(value: string | null | undefined): string | null {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  return text ? text : null;
}

function baseUrlOf(doc: Document, url: string | undefined): string {
  const docBase = doc.baseURI;
  if (url && !/^https?:/i.test(docBase)) return url;
  return /^https?:|^file:/i.test(docBase) ? docBase : url ?? docBase;
}

function directionOf(value: string | null | undefined): Article["dir"] {
  const dir = (value ?? "").toLowerCase();
  return dir === "rtl" || dir === "ltr" ? dir : null;
}

/** The steps before Readability, in place on a copy of the page. */
function prepare(working: Document, baseUrl: string): Document {
  removeFormClobbering(working);
  recoverLazyImages(working);
  markTrackingPixels(working, baseUrl);
  // Readability's srcset pattern is quadratic on odd srcsets: hand it only the shape it reads in one pass.
  readableSrcsets(working);
  return working;
}

/** Readability on a prepared copy of the page (Readability mutates what it reads). */
function readabilityOf(page: Document, baseUrl: string, isCopy = false) {
  const working = prepare(isCopy ? page : (page.cloneNode(true) as Document), baseUrl);
  return new Readability<Element>(working, {
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
}

/**
 * Readability's pick, second-guessed by what the page says its article is (repair/): when the
 * pick misses much of the prose of the page's own article element, Readability runs again on
 * the page narrowed to that element, and the better of the two is kept. When Readability picks
 * a fragment there too, the element itself becomes the article (prepared like Readability's
 * input; the clutter steps and the sanitizer clean it), if it is not mostly links or chrome.
 */
function repairedReadability(doc: Document, baseUrl: string, options: ExtractOptions) {
  const first = readabilityOf(doc, baseUrl);
  const repairs: RepairRecord[] = [];
  if (options.repair === false) return { parsed: first, repairs };
  const pickedText = first?.content?.textContent ?? "";
  // The first pick's prose, read only when a prose-cluster rerun must be checked against it (not on every page).
  let firstProbes: ReturnType<typeof proseProbes> | undefined;
  for (const plan of planRepairs(doc, articleHints(doc), pickedText)) {
    const narrowed = narrowedCopy(doc, plan.path);
    if (!narrowed) continue;
    const rerun = readabilityOf(narrowed, baseUrl, true);
    if (rerun?.content && rerunIsBetter(plan, rerun.content.textContent ?? "") && (plan.hint.kind !== "prose-cluster" || keepsFirstPick((firstProbes ??= first?.content ? proseProbes(first.content) : []), rerun.content.textContent ?? "", pickedText))) {
      repairs.push(repairRecord(plan));
      // Metadata from the whole page: the narrowed copy keeps <head>, but bylines can sit outside the article.
      const parsed = first ? { ...rerun, byline: rerun.byline ?? first.byline, siteName: rerun.siteName ?? first.siteName, publishedTime: rerun.publishedTime ?? first.publishedTime } : rerun;
      return { parsed, repairs };
    }
    // Where the prose is is not the page's word: it may widen Readability's pick (keeping what the pick
    // held: a cluster of listing prose elsewhere is not a better article), never stand in for it.
    const element = first && plan.hint.kind !== "prose-cluster" ? hintElementOf(doc, plan, baseUrl, pickedText) : null;
    if (first && element) {
      repairs.push(repairRecord(plan, "container-replaced"));
      return { parsed: { ...first, content: element, textContent: element.textContent ?? "" }, repairs };
    }
  }
  return { parsed: first, repairs };
}

/** The plan's element on a prepared copy of the page, when it can stand as the article. */
function hintElementOf(doc: Document, plan: RepairPlan, baseUrl: string, pickedText: string): Element | null {
  const copy = narrowedCopy(doc, plan.path);
  const element = copy ? prepare(copy, baseUrl).body?.firstElementChild : null;
  return element && canStandAsArticle(element, plan, pickedText) ? element : null;
}

/** The ask reading's table for the passes: undefined (the shipped one), another, or null (off). */
const askWordsOption = (options: ExtractOptions) => (options.askWords === false ? null : options.askWords);

/** Readability's article from a working copy of `doc`, with clutter stripped and URLs made absolute. */
function readableContent(doc: Document, baseUrl: string, options: ExtractOptions) {
  const { parsed, repairs } = repairedReadability(doc, baseUrl, options);
  const root = parsed?.content;
  if (!parsed || !root) return null;
  // Pixels first, so the classifier judges blocks as the reader shows them; listed after the blocks.
  const pixels = dropTrackingPixels(root);
  const explain = options.explain ? ([] as BlockExplanation[]) : undefined;
  const removed = [...stripClutter(root, { explain, askWords: askWordsOption(options) }), ...pixels];
  removed.push(...tidyArticle(root, { title: parsed.title, byline: parsed.byline, publishedTime: parsed.publishedTime, siteName: parsed.siteName }));
  // The learned model last, on what the rules and the tidy steps left (model: false scores and explains, removes nothing).
  if (options.model !== false || explain) {
    const siteName = siteNameOf(parsed.siteName, baseUrl);
    removed.push(...learnedPass(root, { siteName, weights: options.modelWeights, askWords: askWordsOption(options), explain, dryRun: options.model === false }));
  }
  resolveUrls(root, baseUrl);
  compactWhitespace(root);
  const lead = recoverLeadImage(doc, root, baseUrl);
  if (lead) repairs.push(lead);
  return { parsed, root, removed, explain, repairs };
}

function sanitized(doc: Document, baseUrl: string, win: Window & typeof globalThis, options: ExtractOptions) {
  const content = readableContent(doc, baseUrl, options);
  if (!content) return null;
  const fast = sanitizeContent(content.root, win);
  if (fast) return { ...content, ...fast };
  // DOMPurify would not finish in place (and emptied the tree): same steps again, string path.
  const again = readableContent(doc, baseUrl, options)!;
  return { ...again, ...sanitizeToTree(again.root.innerHTML, win) };
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  const win = doc.defaultView;
  if (!win) throw new Error("extractArticle needs a document attached to a window (for the sanitizer)");
  const url = options.url ?? doc.URL;
  const content = sanitized(doc, baseUrlOf(doc, options.url), win as Window & typeof globalThis, options);
  if (!content) return null;
  const { parsed, removed, explain, repairs, html: contentHtml, tree } = content;
  // Picture credits are the pictures' small print: shown under them, not counted as the article's text.
  const textContent = textWithBreaks(tree, isPictureCredit);
  // A menu or a cookie notice is not an article: below this, the user gets "no article found".
  if (textContent.length < MIN_ARTICLE_CHARS) return null;

  const lang = clean(parsed.lang) ?? clean(doc.documentElement.getAttribute("lang"));
  const wordCount = countWords(textContent, lang);
  return {
    title: clean(parsed.title) ?? clean(doc.title) ?? "Untitled",
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    publishedTime: clean(parsed.publishedTime),
    lang,
    dir: directionOf(parsed.dir ?? doc.documentElement.getAttribute("dir")),
    excerpt: clean(parsed.excerpt),
    contentHtml,
    textContent,
    wordCount,
    readingTimeMinutes: readingTimeMinutes(wordCount),
    url,
    removed,
    ...(repairs.length ? { repairs } : {}),
    ...(explain ? { explain } : {}),
  };
}
