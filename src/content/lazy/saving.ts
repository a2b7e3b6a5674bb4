/**
 * Lazy bundle "saving": the content script's part of saving to the library (the article with
 * its images inlined, the overlay's Save button, the "Saved · Undo" toast), injected on the
 * first save from this page.
 */
import { articleForLibrary, saveFromOverlay } from "../saving/in-page.js";
import { showSaved, showSaveResult } from "../saving/saved-toast.js";
import { registerLazy } from "./registry.js";

export interface SavingModule {
  articleForLibrary: typeof articleForLibrary;
  saveFromOverlay: typeof saveFromOverlay;
  showSaved: typeof showSaved;
  showSaveResult: typeof showSaveResult;
}

registerLazy("saving", { articleForLibrary, saveFromOverlay, showSaved, showSaveResult });
