/** Feature: the keyboard command (default Alt+Shift+R) toggles the reader on the active tab. */
import { browser } from "../platform/browser-api.js";
import { toggleReader } from "../messages/reader-tab.js";
import { commandsApi } from "./optional-apis.js";

export const TOGGLE_COMMAND = "toggle-reader";

export function registerReaderShortcut(): void {
  // Firefox for Android has no keyboard commands.
  commandsApi()?.onCommand.addListener(async (command: string, tab?: { id?: number }) => {
    if (command !== TOGGLE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    await toggleReader(tabId).catch((error: unknown) => console.warn("Quiet Reader: cannot open the reader here", error));
  });
}
