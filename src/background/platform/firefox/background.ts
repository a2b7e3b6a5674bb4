/**
 * Firefox's background entry (the event page, built to background.js for dist/firefox). An
 * event page has a DOM, so it extracts fetched pages itself, with the whole pipeline bundled
 * (Firefox has no offscreen documents; build.mjs drops that permission from its manifest).
 */
import { startBackground } from "../../background.js";
import { extractHtmlForLibrary } from "../../extract-html.js";

startBackground({ extractFetchedPage: (message) => extractHtmlForLibrary(message.html, message.url, message.images, window) });
