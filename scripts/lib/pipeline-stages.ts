/**
 * The two sides both speed benchmarks compare, and the pipeline's steps re-composed with a
 * clock around each (diagnosis only: the ratio always times the real extractArticle). Bundled
 * for Node (npm run bench) and for the page (npm run bench:browser-corpus), so both measure the
 * same thing.
 */
import { Readability } from "@mozilla/readability";
import { stripClutter } from "../../src/core/clutter/strip-clutter.js";
import { compactWhitespace } from "../../src/core/compact-whitespace.js";
import { extractArticle } from "../../src/core/extract-article.js";
import { removeFormClobbering } from "../../src/core/form-clobbering.js";
import { recoverLazyImages } from "../../src/core/lazy-images.js";
import { countWords } from "../../src/core/reading-stats.js";
import { resolveUrls } from "../../src/core/resolve-urls.js";
import { sanitizeContent } from "../../src/core/sanitize-html.js";
import { textWithBreaks } from "../../src/core/text-content.js";

/** Plain Readability, as any reader runs it, and the whole Quiet Reader pipeline, on `doc`. */
export function sides(doc: Document, url: string): { baseline: () => unknown; pipeline: () => unknown } {
  return {
    baseline: () => new Readability(doc.cloneNode(true) as Document).parse(),
    pipeline: () => extractArticle(doc, { url }),
  };
}

/** Milliseconds per step of one pipeline run on `doc` (the steps of src/core/extract-article.ts). */
export function stagedRun(doc: Document, url: string, now: () => number): Record<string, number> {
  const t: Record<string, number> = {};
  let start = now();
  const lap = (name: string) => {
    const end = now();
    t[name] = end - start;
    start = end;
  };
  const working = doc.cloneNode(true) as Document;
  lap("clone");
  removeFormClobbering(working);
  lap("formClobbering");
  recoverLazyImages(working);
  lap("lazyImages");
  const parsed = new Readability<Element>(working, { keepClasses: true, serializer: (node) => node as Element }).parse();
  lap("readability");
  const root = parsed?.content;
  if (!parsed || !root) return t;
  stripClutter(root);
  lap("clutter");
  resolveUrls(root, url);
  lap("resolveUrls");
  compactWhitespace(root);
  lap("compactWhitespace");
  const sanitized = sanitizeContent(root, doc.defaultView as Window & typeof globalThis);
  lap("sanitize");
  if (!sanitized) return t;
  const text = textWithBreaks(sanitized.tree);
  lap("text");
  countWords(text, parsed.lang);
  lap("countWords");
  return t;
}
