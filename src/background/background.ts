/**
 * Background entry (Chrome service worker / Firefox event page). It only wires features;
 * each feature lives in its own file and registers its own listeners synchronously here.
 */
import { registerAutoOpen } from "./auto-open.js";
import { registerLazyBundles } from "./lazy-bundles.js";
import { registerReaderContextMenu } from "./reader-context-menu.js";
import { registerReaderShortcut } from "./reader-shortcut.js";
import { registerSaveLink } from "./save-link.js";
import { registerSaveShortcut } from "./save-shortcut.js";
import { registerSaveTab } from "./save-tab.js";

registerReaderShortcut();
registerReaderContextMenu();
registerAutoOpen();
registerSaveTab();
registerSaveLink();
registerSaveShortcut();
registerLazyBundles();
