/**
 * Which tab the popup controls: the tab named in ?tabId= (used when the popup is opened as a
 * page, e.g. by tests or a pinned popup), otherwise the active tab of the current window.
 */
import { browser, type Tabs } from "../platform/browser-api.js";

export async function targetTab(search: string): Promise<Tabs.Tab | null> {
  const named = Number(new URLSearchParams(search).get("tabId"));
  if (Number.isInteger(named) && named > 0) {
    try {
      return await browser.tabs.get(named);
    } catch {
      return null;
    }
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ?? null;
}
