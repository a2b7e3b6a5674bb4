/**
 * Opens, closes and queries the reader in a tab from extension code (popup, background).
 * The content script is injected on demand, only into the tab the user asked for, using the
 * activeTab grant that the click, shortcut or menu item gave us. It lives in messages/, not
 * platform/: it speaks the content script's typed messages, and platform/ sits below messages/.
 */
import type { MessageReplies } from "./messages.js";
import { lazyBundleFile } from "./lazy-bundles.js";
import { sendToTab } from "./send-message.js";
import { browser } from "../platform/browser-api.js";

/**
 * Absolute: Firefox resolves executeScript's `files` against the calling page (the popup is
 * popup/popup.html, so "content.js" would load popup/content.js), Chrome against the
 * extension root. A leading "/" means the root in both.
 */
export const CONTENT_SCRIPT_FILE = "/content.js";

export class ReaderUnavailableError extends Error {}

async function isInjected(tabId: number): Promise<boolean> {
  try {
    await sendToTab(tabId, { type: "reader/status" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Injects content.js unless it is there. When the reader is being opened, extraction is always
 * needed, so lazy/extract.js rides in the same `executeScript` call and registers itself before
 * the open message arrives (content/lazy/registry.ts), sparing the `content/load-bundle` round
 * trip to the background (docs/performance.md). Other uses of content.js (a save's toast, the
 * save shortcut) inject it alone; their bundles still come on first use. Each call lists its
 * files literally, so tests/unit/extension-urls.test.ts can check every injected path.
 */
export async function ensureContentScript(tabId: number, forOpening = false): Promise<void> {
  if (await isInjected(tabId)) return;
  try {
    if (forOpening) await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE, lazyBundleFile("extract")] });
    else await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch (error) {
    throw new ReaderUnavailableError((error as Error)?.message ?? String(error));
  }
}

export async function readerStatus(tabId: number): Promise<MessageReplies["reader/status"]> {
  try {
    return await sendToTab(tabId, { type: "reader/status" });
  } catch {
    return { open: false, hasArticle: null };
  }
}

export async function toggleReader(tabId: number): Promise<MessageReplies["reader/toggle"]> {
  await ensureContentScript(tabId, true);
  return sendToTab(tabId, { type: "reader/toggle" });
}

export async function openReader(tabId: number): Promise<MessageReplies["reader/open"]> {
  await ensureContentScript(tabId, true);
  return sendToTab(tabId, { type: "reader/open" });
}
