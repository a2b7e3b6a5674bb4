/**
 * The background's features (Chrome service worker / Firefox event page). It only wires
 * features; each feature lives in its own file and registers its own listeners synchronously.
 * The entry point is per browser (src/background/platform/<browser>/background.ts, chosen by
 * build.mjs): it passes what differs between the browsers, so Chrome's worker bundles no
 * extraction code.
 */
import { registerAutoOpen } from "./auto-open.js";
import { registerLazyBundles } from "./lazy-bundles.js";
import { registerReaderContextMenu } from "./reader-context-menu.js";
import { registerReaderShortcut } from "./reader-shortcut.js";
import { registerSaveLink, type ExtractFetchedPage } from "./save-link.js";
import { registerSaveShortcut } from "./save-shortcut.js";
import { registerSaveTab } from "./save-tab.js";

/** What one browser's background does its own way. */
export interface BackgroundPlatform {
  /** Where a fetched page (save a link) is parsed and extracted. */
  extractFetchedPage: ExtractFetchedPage;
}

/** Registers every feature's listeners; call it synchronously at the entry's top level. */
export function startBackground(platform: BackgroundPlatform): void {
  registerReaderShortcut();
  registerReaderContextMenu();
  registerAutoOpen();
  registerSaveTab();
  registerSaveLink(platform.extractFetchedPage);
  registerSaveShortcut(platform.extractFetchedPage);
  registerLazyBundles();
}
