/**
 * Background entry (Chrome service worker / Firefox event page). It only wires features;
 * each feature lives in its own file and registers its own listeners synchronously here.
 */
import { registerAutoOpen } from "./auto-open.js";
import { registerReaderContextMenu } from "./reader-context-menu.js";
import { registerReaderShortcut } from "./reader-shortcut.js";

registerReaderShortcut();
registerReaderContextMenu();
registerAutoOpen();
