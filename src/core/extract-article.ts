/**
 * The extraction pipeline, the one entry point every consumer uses:
 * clone → defuse hostile form names → recover lazy images → mark tracking pixels → Readability →
 * drop tracking pixels → strip clutter → resolve URLs → compact whitespace → sanitize → stats.
 * DOM-pure: no extension API, so it runs in the page and in Node (jsdom) alike, and it
 * never mutates the document it is given.
 */
import Readability from "@mozilla/readability/Readability.js";
import type { Article } from "./article.js";
import { stripClutter } from "./clutter/strip-clutter.js";
import { compactWhitespace } from "./compact-whitespace.js";
import { removeFormClobbering } from "./form-clobbering.js";
import { recoverLazyImages } from "./lazy-images.js";
import { readableSrcsets } from "./readable-srcsets.js";
import { countWords, readingTimeMinutes } from "./reading-stats.js";
import { resolveUrls } from "./resolve-urls.js";
import { sanitizeContent, sanitizeToTree } from "./sanitize-html.js";
import { textWithBreaks } from "./text-content.js";
import { tidyArticle } from "./tidy/tidy-article.js";
import { dropTrackingPixels, markTrackingPixels } from "./tracking-pixels.js";

export interface ExtractOptions {
  /** The page URL: base for relative links, and Article.url. Defaults to the document's URL. */
  url?: string;
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

/** Readability's article from a working copy of `doc`, with clutter stripped and URLs made absolute. */
function readableContent(doc: Document, baseUrl: string) {
  const working = doc.cloneNode(true) as Document;
  removeFormClobbering(working);
  recoverLazyImages(working);
  markTrackingPixels(working, baseUrl);
  // Readability's srcset pattern is quadratic on odd srcsets: hand it only the shape it reads in one pass.
  readableSrcsets(working);
  const parsed = new Readability<Element>(working, {
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  const root = parsed?.content;
  if (!parsed || !root) return null;
  // Pixels first, so the classifier judges blocks as the reader shows them; listed after the blocks.
  const pixels = dropTrackingPixels(root);
  const removed = [...stripClutter(root), ...pixels];
  removed.push(...tidyArticle(root, { title: parsed.title, byline: parsed.byline, publishedTime: parsed.publishedTime, siteName: parsed.siteName }));
  resolveUrls(root, baseUrl);
  compactWhitespace(root);
  return { parsed, root, removed };
}

function sanitized(doc: Document, baseUrl: string, win: Window & typeof globalThis) {
  const content = readableContent(doc, baseUrl);
  if (!content) return null;
  const fast = sanitizeContent(content.root, win);
  if (fast) return { ...content, ...fast };
  // DOMPurify would not finish in place (and emptied the tree): same steps again, string path.
  const again = readableContent(doc, baseUrl)!;
  return { ...again, ...sanitizeToTree(again.root.innerHTML, win) };
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  const win = doc.defaultView;
  if (!win) throw new Error("extractArticle needs a document attached to a window (for the sanitizer)");
  const url = options.url ?? doc.URL;
  const content = sanitized(doc, baseUrlOf(doc, options.url), win as Window & typeof globalThis);
  if (!content) return null;
  const { parsed, removed, html: contentHtml, tree } = content;
  const textContent = textWithBreaks(tree);
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
  };
}
