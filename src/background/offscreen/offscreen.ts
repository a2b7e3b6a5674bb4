/**
 * Chrome's offscreen document for the library: a DOM for the service worker, which has
 * none. It only extracts articles from HTML the background fetched (save-link.ts; the worker
 * asks here in platform/chromium/extract-in-offscreen.ts and bundles no extraction code). It
 * lives with the background it serves; build.mjs still writes it to library/offscreen.html.
 */
import { OFFSCREEN_SCHEMAS } from "../../messages/schemas/offscreen.js";
import { MessageRouter } from "../../messages/message-router.js";
import { extractHtmlForLibrary } from "../extract-html.js";

new MessageRouter(OFFSCREEN_SCHEMAS).on("library/extract-html", (message) => extractHtmlForLibrary(message.html, message.url, message.images, window)).listen();
