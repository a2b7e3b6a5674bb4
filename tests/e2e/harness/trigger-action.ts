/**
 * Clicks the extension's toolbar button for real: CDP Extensions.triggerAction runs the
 * action on a tab exactly as a user click does (it opens the popup and grants activeTab for
 * that tab). It wants the id of the *tab* target, which is not the page target Playwright
 * knows, so this module also maps a Playwright page to its tab target and its chrome.tabs id.
 */
import type { CDPSession, Page } from "playwright-core";
import type { ExtensionBrowser, ExtensionGlobal } from "./launch-browser.js";

/** The CDP target id of the page (type "page"). */
export async function pageTargetId(page: Page): Promise<string> {
  const session = await page.context().newCDPSession(page);
  try {
    return (await session.send("Target.getTargetInfo")).targetInfo.targetId;
  } finally {
    await session.detach().catch(() => {});
  }
}

interface TabTarget {
  targetId: string;
  embedderData?: Record<string, unknown>;
}

/**
 * The page target inside a tab target. Playwright's sessions are flat and cannot talk to a
 * child session, so this uses the (non-flat) Target.sendMessageToTarget channel: attach to
 * the tab, ask it to auto-attach its page, read the page's target id from the event, detach.
 */
async function pageInsideTab(browser: CDPSession, tabTargetId: string): Promise<string | null> {
  const { sessionId } = await browser.send("Target.attachToTarget", { targetId: tabTargetId, flatten: false });
  try {
    const child = new Promise<string | null>((done) => {
      const onMessage = (event: { sessionId: string; message: string }): void => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; method?: string; params?: { targetInfo?: { targetId: string; type: string } } };
        const found = message.method === "Target.attachedToTarget" && message.params?.targetInfo?.type === "page";
        // Auto-attach reports the existing children before it answers; the answer (id 1)
        // without a page child means this tab holds no page (e.g. an action popup's host).
        if (found || message.id === 1) {
          browser.off("Target.receivedMessageFromTarget", onMessage);
          done(found ? message.params!.targetInfo!.targetId : null);
        }
      };
      browser.on("Target.receivedMessageFromTarget", onMessage);
    });
    const command = { id: 1, method: "Target.setAutoAttach", params: { autoAttach: true, waitForDebuggerOnStart: false, flatten: false } };
    await browser.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify(command) });
    return await child;
  } finally {
    await browser.send("Target.detachFromTarget", { sessionId }).catch(() => {});
  }
}

async function tabTargets(browser: CDPSession): Promise<TabTarget[]> {
  const { targetInfos } = await browser.send("Target.getTargets", { filter: [{ type: "tab" }] });
  // Tabs of the tab strip carry embedderData (index, active); other "tab" targets, such as
  // the host of an open action popup, do not.
  return targetInfos.filter((t) => t.type === "tab" && t.embedderData?.tabStripIndex !== undefined);
}

async function tabTargetOf(eb: ExtensionBrowser, page: Page): Promise<TabTarget> {
  const browser = await eb.browserSession();
  const pageId = await pageTargetId(page);
  for (const tab of await tabTargets(browser)) {
    if ((await pageInsideTab(browser, tab.targetId)) === pageId) return tab;
  }
  throw new Error(`No tab target holds page ${page.url()}`);
}

/** The tab target id of a page (what Extensions.triggerAction wants). */
export async function tabTargetId(eb: ExtensionBrowser, page: Page): Promise<string> {
  return (await tabTargetOf(eb, page)).targetId;
}

/**
 * The chrome.tabs id of a page (what the popup's ?tabId= wants): the window from
 * Browser.getWindowForTarget (the same id chrome.windows uses) and the tab's index in it.
 */
export async function chromeTabId(eb: ExtensionBrowser, page: Page): Promise<number> {
  // Open the extension helper page first: opening it later would not shift this tab's index,
  // but doing it first keeps the index and the query about the same tab strip.
  await eb.evaluateInExtension(() => true);
  const browser = await eb.browserSession();
  const { windowId } = await browser.send("Browser.getWindowForTarget", { targetId: await pageTargetId(page) });
  const index = Number((await tabTargetOf(eb, page)).embedderData?.tabStripIndex);
  if (!Number.isInteger(index)) throw new Error("Chromium did not report the tab's index (embedderData.tabStripIndex)");
  const ids = await eb.evaluateInExtension(
    ({ windowId, index }) => (globalThis as ExtensionGlobal).chrome.tabs.query({ windowId, index }).then((tabs) => tabs.map((t) => t.id)),
    { windowId, index },
  );
  const [id] = ids;
  if (ids.length !== 1 || typeof id !== "number") throw new Error(`Expected one tab at window ${windowId} index ${index}, got ${JSON.stringify(ids)}`);
  return id;
}

/**
 * Clicks the extension's toolbar action on `page`'s tab, as a user does: the tab is brought
 * to the front first (Chromium grants activeTab only for the active tab of the window), then
 * the action runs; it grants activeTab for that tab and opens the action popup (which is not
 * a Playwright page; use openPopup() to drive the popup UI against this tab).
 */
export async function triggerAction(eb: ExtensionBrowser, page: Page): Promise<void> {
  const browser = await eb.browserSession();
  await page.bringToFront();
  await browser.send("Extensions.triggerAction", { id: eb.extensionId, targetId: await tabTargetId(eb, page) });
}
