/**
 * The two sides both speed benchmarks compare, and the pipeline's steps re-composed with a
 * clock around each (diagnosis only: the ratio always times the real extractArticle). Bundled
 * for Node (npm run bench) and for the page (npm run bench:browser-corpus), so both measure the
 * same thing.
 */
import { Readability } from "@mozilla/readability";
import { learnedPass } from "../../src/core/clutter/learned-pass.js";
import { stripClutter } from "../../src/core/clutter/strip-clutter.js";
import { compactWhitespace } from "../../src/core/compact-whitespace.js";
import { extractArticle } from "../../src/core/extract-article.js";
import { removeFormClobbering } from "../../src/core/form-clobbering.js";
import { recoverLazyImages } from "../../src/core/lazy-images.js";
import { readableSrcsets } from "../../src/core/readable-srcsets.js";
import { countWords } from "../../src/core/reading-stats.js";
import { articleHints } from "../../src/core/repair/article-hints.js";
import { recoverLeadImage } from "../../src/core/repair/lead-image.js";
import { narrowedCopy, planRepairs, rerunIsBetter } from "../../src/core/repair/repair-container.js";
import { resolveUrls } from "../../src/core/resolve-urls.js";
import { sanitizeContent } from "../../src/core/sanitize-html.js";
import { textWithBreaks } from "../../src/core/text-content.js";
import { isPictureCredit } from "../../src/core/tidy/caption-credits.js";
import { tidyArticle } from "../../src/core/tidy/tidy-article.js";
import { dropTrackingPixels, markTrackingPixels } from "../../src/core/tracking-pixels.js";

/** Plain Readability, as any reader runs it, and the whole Quiet Reader pipeline, on `doc`. */
export function sides(doc: Document, url: string): { baseline: () => unknown; pipeline: () => unknown } {
  return {
    baseline: () => new Readability(doc.cloneNode(true) as Document).parse(),
    pipeline: () => extractArticle(doc, { url }),
  };
}

/**
 * Milliseconds per step of one pipeline run on `doc` (the steps of src/core/extract-article.ts,
 * in its order). The repair's reruns are timed as one step, "repairReruns", and happen only on
 * pages whose pick a plan second-guesses; the repair's replacement path is not re-composed.
 */
export function stagedRun(doc: Document, url: string, now: () => number): Record<string, number> {
  const t: Record<string, number> = {};
  let start = now();
  const lap = (name: string) => {
    const end = now();
    t[name] = (t[name] ?? 0) + (end - start);
    start = end;
  };
  const prepared = (working: Document) => {
    removeFormClobbering(working);
    lap("formClobbering");
    recoverLazyImages(working);
    lap("lazyImages");
    markTrackingPixels(working, url);
    readableSrcsets(working);
    lap("pixelsAndSrcsets");
    return working;
  };
  const readability = (working: Document) => new Readability<Element>(working, { keepClasses: true, serializer: (node) => node as Element }).parse();
  const working = doc.cloneNode(true) as Document;
  lap("clone");
  let parsed = readability(prepared(working));
  lap("readability");
  const picked = parsed?.content?.textContent ?? "";
  const plans = planRepairs(doc, articleHints(doc), picked);
  lap("repairPlans");
  for (const plan of plans) {
    const narrowed = narrowedCopy(doc, plan.path);
    const rerun = narrowed ? readability(prepared(narrowed)) : null;
    lap("repairReruns");
    if (rerun?.content && rerunIsBetter(plan, rerun.content.textContent ?? "")) {
      parsed = rerun;
      break;
    }
  }
  const root = parsed?.content;
  if (!parsed || !root) return t;
  dropTrackingPixels(root);
  stripClutter(root);
  lap("clutter");
  tidyArticle(root, { title: parsed.title, byline: parsed.byline, publishedTime: parsed.publishedTime, siteName: parsed.siteName });
  lap("tidy");
  learnedPass(root, { siteName: parsed.siteName });
  lap("learnedPass");
  resolveUrls(root, url);
  lap("resolveUrls");
  compactWhitespace(root);
  lap("compactWhitespace");
  recoverLeadImage(doc, root, url);
  lap("leadImage");
  const sanitized = sanitizeContent(root, doc.defaultView as Window & typeof globalThis);
  lap("sanitize");
  if (!sanitized) return t;
  const text = textWithBreaks(sanitized.tree, isPictureCredit);
  lap("text");
  countWords(text, parsed.lang);
  lap("countWords");
  return t;
}
