/**
 * The WebExtension API for the content script, without webextension-polyfill's code.
 *
 * content.js is injected into every page the user reads and has a 45 KB gzip budget (its lazy
 * bundles have their own). The polyfill would cost 2.7 KB of it, mostly wrappers for APIs a
 * content script never calls.
 * build.mjs therefore aliases "webextension-polyfill" to this module for content.js only.
 * The popup, background and extension pages keep the polyfill.
 *
 * - Firefox gives content scripts a native, promise-based `browser`, which is what the polyfill
 *   hands back there too.
 * - Chrome's `chrome` returns promises for everything the content script calls
 *   (runtime.sendMessage, storage.sync, i18n). Two things differ from the polyfill, and both are
 *   adapted here with the polyfill's own reply protocol, so both sides of every message behave as
 *   before:
 *   - an onMessage listener cannot reply by returning a promise;
 *   - a sender does not turn a rejected reply into a rejection.
 *   (chrome-as-browser.ts)
 */
import { contentBrowser, type ChromeLike } from "./chrome-as-browser.js";

const browser = contentBrowser(globalThis as { browser?: unknown; chrome?: ChromeLike });
export default browser;
