/**
 * Drives the real popup UI. The popup that a toolbar click opens is not reachable from
 * Playwright, so the same popup.html is opened in a tab with the target tab in its query
 * (?tabId=N, which the popup reads) and its button is clicked like a user would.
 */
import type { Locator, Page } from "playwright-core";
import type { ExtensionBrowser } from "./launch-browser.js";
import { chromeTabId } from "./trigger-action.js";

export const POPUP_PATH = "popup/popup.html";

export interface PopupHandle {
  /** The tab showing popup.html?tabId=N. */
  readonly page: Page;
  /** chrome.tabs id of the tab the popup controls. */
  readonly tabId: number;
  /** The "Reader view" / "Close reader view" button (#toggle-reader). */
  readonly button: Locator;
  /** The status line (#popup-message). */
  readonly message: Locator;
  /** The status line's text, or null while it is hidden. */
  messageText(): Promise<string | null>;
  isButtonEnabled(): Promise<boolean>;
  /** Clicks the button and waits until the popup has finished handling the click. */
  clickToggle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the popup for `target`'s tab and waits until it has initialised (button enabled, or
 * a message shown when the page is restricted or the tab is gone).
 */
export async function openPopup(eb: ExtensionBrowser, target: Page, { bare = false }: { bare?: boolean } = {}): Promise<PopupHandle> {
  const tabId = await chromeTabId(eb, target);
  // bare: the test build's popup injects the bare reader instead (src/popup/bare-reader.ts).
  const page = await eb.newPage(eb.extensionUrl(`${POPUP_PATH}?tabId=${tabId}${bare ? "&bare=1" : ""}`));
  await page.waitForFunction(() => {
    const button = document.getElementById("toggle-reader") as HTMLButtonElement | null;
    const message = document.getElementById("popup-message");
    return !!button && !!message && (!button.disabled || !message.hidden);
  });
  const button = page.locator("#toggle-reader");
  const message = page.locator("#popup-message");
  return {
    page,
    tabId,
    button,
    message,
    messageText: () => page.evaluate(() => {
      const message = document.getElementById("popup-message")!;
      return message.hidden ? null : message.textContent;
    }),
    isButtonEnabled: () => button.isEnabled(),
    async clickToggle() {
      await button.click();
      // The click handler disables the button synchronously and re-enables it when the
      // toggle (injection + message round trip) is done.
      await page.waitForFunction(() => !(document.getElementById("toggle-reader") as HTMLButtonElement).disabled);
    },
    close: () => page.close(),
  };
}
