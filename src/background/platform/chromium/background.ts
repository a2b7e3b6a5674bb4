/**
 * Chrome's background entry (the service worker, built to background.js for dist/chrome).
 * A worker has no DOM, so fetched pages are extracted in the offscreen document and this
 * bundle carries no Readability, DOMPurify or clutter rules (tests/unit/background-bundle.test.ts).
 */
import { startBackground } from "../../background.js";
import { extractInOffscreen } from "./extract-in-offscreen.js";

startBackground({ extractFetchedPage: extractInOffscreen });
