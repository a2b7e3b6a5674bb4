/**
 * Feature: "always open in reader view on this site". When a tab finishes loading a page on
 * an origin the user listed in the options page AND granted as a host permission, inject
 * the reader and open it. No other origin is ever touched.
 */
import { browser } from "../platform/browser-api.js";
import { openReader } from "../messages/reader-tab.js";
import { restrictedKind } from "../platform/restricted-pages.js";
import { loadAutoOpenOrigins } from "../settings/settings-store.js";
import { originOf, originPattern } from "../settings/site-rules.js";
import { syncArea } from "../settings/sync-storage.js";

/** The origin to auto-open for a loaded URL, or null (not listed or not a web page). */
export async function autoOpenOrigin(url: string | undefined, listed: () => Promise<string[]>, granted: (pattern: string) => Promise<boolean>): Promise<string | null> {
  if (!url || restrictedKind(url)) return null;
  const origin = originOf(url);
  if (!origin || !(await listed()).includes(origin)) return null;
  return (await granted(originPattern(origin))) ? origin : null;
}

export function registerAutoOpen(): void {
  browser.tabs.onUpdated.addListener(async (tabId, changeInfo, tab) => {
    if (changeInfo.status !== "complete") return;
    const origin = await autoOpenOrigin(
      tab.url,
      () => loadAutoOpenOrigins(syncArea()),
      (pattern) => browser.permissions.contains({ origins: [pattern] }),
    ).catch(() => null);
    if (!origin) return;
    await openReader(tabId).catch((error: unknown) => console.warn("Quiet Reader: cannot auto-open the reader", error));
  });
}
