/**
 * Lazy bundle "extract": the extraction pipeline (Readability, clutter rules, tidy, DOMPurify),
 * the bulk of the reader's code, injected on the first open or save in a page rather than
 * with content.js, so content.js (injected on every first click, status query and toast)
 * stays small.
 */
import { extractArticle } from "../../core/extract-article.js";
import { readableDocument } from "../../core/form-clobbering.js";
import { locateRemovedBlocks, normaliseText } from "../../core/removed-blocks.js";
import { markOpen } from "../perf-marks.js";
import { registerLazy } from "./registry.js";

export interface ExtractModule {
  extractArticle: typeof extractArticle;
  locateRemovedBlocks: typeof locateRemovedBlocks;
  readableDocument: typeof readableDocument;
  normaliseText: typeof normaliseText;
}

markOpen("extract-evaluated");
registerLazy("extract", { extractArticle, locateRemovedBlocks, readableDocument, normaliseText });
