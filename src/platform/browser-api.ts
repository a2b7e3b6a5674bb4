/**
 * The one import of the WebExtension API. Everything browser-specific goes through here,
 * so the rest of the extension is written against a single promise-based `browser`.
 */
import browser from "webextension-polyfill";

export { browser };
export type { Runtime, Tabs } from "webextension-polyfill";
