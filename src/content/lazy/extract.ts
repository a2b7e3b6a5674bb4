/**
 * Lazy bundle "extract": the extraction pipeline (Readability, clutter rules, tidy, DOMPurify),
 * the bulk of the reader's code, kept out of content.js so content.js (injected for a save's
 * toast too) stays small. Opening the reader injects it in the same call as content.js
 * (messages/reader-tab.ts), so it is registered before the open asks; a save without the
 * reader loads it on first use.
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
