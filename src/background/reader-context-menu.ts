/** Feature: the page context-menu item "Open in reader view". */
import { browser } from "../platform/browser-api.js";
import { t } from "../platform/i18n.js";
import { openReader } from "../messages/reader-tab.js";
import { contextMenusApi } from "./optional-apis.js";

export const OPEN_IN_READER_MENU_ID = "open-in-reader";

export function registerReaderContextMenu(): void {
  // Firefox for Android has no context menus.
  const menus = contextMenusApi();
  if (!menus) return;
  browser.runtime.onInstalled.addListener(() => {
    menus.create({ id: OPEN_IN_READER_MENU_ID, title: t("openInReaderMenu"), contexts: ["page"] });
  });
  menus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== OPEN_IN_READER_MENU_ID || tab?.id === undefined) return;
    await openReader(tab.id).catch((error: unknown) => console.warn("Quiet Reader: cannot open the reader here", error));
  });
}
