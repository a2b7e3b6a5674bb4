/**
 * Test build only (the popup calls it behind `__QR_TEST_BUILD__`): popup.html?tabId=N&bare=1
 * makes the popup's button inject the bare reader (tests/e2e/bare-reader/bare-reader.ts, built
 * into dist-test/ only) instead of the reader, with the same `scripting.executeScript` call, so
 * `npm run bench:browser` measures the floor on the same path as Quiet Reader's first open.
 */
import type { ReaderStatus } from "../messages/messages.js";
import { browser } from "../platform/browser-api.js";

/** Root-absolute, as content.js's path is (Firefox resolves relative ones against the popup). */
const BARE_READER_FILE = "/test/bare-reader.js";

export function wantsBareReader(search: string): boolean {
  return new URLSearchParams(search).get("bare") === "1";
}

export async function injectBareReader(tabId: number): Promise<ReaderStatus> {
  await browser.scripting.executeScript({ target: { tabId }, files: [BARE_READER_FILE] });
  return { open: true, hasArticle: true };
}
