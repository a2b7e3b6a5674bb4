/**
 * High-level reader steps for tests: open the reader the way a user does (toolbar click,
 * then the popup's button), look at what the overlay shows, press Esc, and read the page
 * state that closing the reader must restore.
 */
import type { Page } from "playwright-core";
import type { ReaderController } from "../../../src/content/reader-controller.js";
import type { ExtensionBrowser } from "./launch-browser.js";
import { evaluateInContentScript } from "./isolated-world.js";
import { openPopup, type PopupHandle } from "./popup.js";
import { triggerAction } from "./trigger-action.js";

/** What the overlay shows, from the content script's inspect() (see reader-controller.ts). */
export type ReaderInspection = ReturnType<ReaderController["inspect"]>;

export const OVERLAY_HOST_SELECTOR = "[data-quiet-reader]";

/**
 * The content script's view of the reader in `page`. Throws NoContentScriptError when the
 * extension has not injected into the page.
 */
export async function inspectReader(eb: ExtensionBrowser, page: Page): Promise<ReaderInspection> {
  return evaluateInContentScript(page, eb.extensionId, () => {
    // Own property only: a page element id="__quietReader" shows through as a named property
    // of the window in this world too, and must not pass for the content script's handle.
    const api = Object.hasOwn(globalThis, "__quietReader") ? (globalThis as { __quietReader?: { inspect(): unknown } }).__quietReader : undefined;
    if (!api) throw new Error("globalThis.__quietReader is missing in the content script's world");
    return api.inspect() as ReaderInspection;
  });
}

/**
 * A user's click on the toolbar button for `page` (grants activeTab), then the popup's
 * button. Resolves when the popup has finished; returns the popup (still open, so a test can
 * click again) and the reader's state afterwards.
 */
export async function toggleReaderViaPopup(eb: ExtensionBrowser, page: Page): Promise<{ popup: PopupHandle; reader: ReaderInspection }> {
  await triggerAction(eb, page);
  const popup = await openPopup(eb, page);
  await popup.clickToggle();
  return { popup, reader: await inspectReader(eb, page) };
}

/** Same as toggleReaderViaPopup, for a page where the reader is closed. */
export const openReaderViaPopup = toggleReaderViaPopup;

/** How many overlay hosts the page's DOM holds (seen from the page's own world). */
export async function overlayHostCount(page: Page): Promise<number> {
  return page.locator(OVERLAY_HOST_SELECTOR).count();
}

/** Presses Esc in the page (brought to the front first, as a reading user's tab would be). */
export async function pressEscape(page: Page): Promise<void> {
  await page.bringToFront();
  await page.keyboard.press("Escape");
}

export interface PageViewState {
  scrollX: number;
  scrollY: number;
  /**
   * The inline style of <html> and <body> as the browser reads it (style.cssText, which
   * normalises e.g. a missing final ";"), or null when the element has no style attribute.
   */
  htmlStyle: string | null;
  bodyStyle: string | null;
}

/** The page state the overlay touches and must put back on close. */
export async function pageViewState(page: Page): Promise<PageViewState> {
  return page.evaluate(() => ({
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    htmlStyle: document.documentElement.hasAttribute("style") ? document.documentElement.style.cssText : null,
    bodyStyle: document.body?.hasAttribute("style") ? document.body.style.cssText : null,
  }));
}
