/**
 * Feature: inject one of the content script's lazy bundles (src/messages/lazy-bundles.ts) into
 * the frame that asked, on first use. The name is a closed list (the message schema); the
 * target is the sender's own tab and frame, under the same activeTab grant (or host
 * permission, for auto-open) that let content.js in.
 */
import { MessageRouter } from "../messages/message-router.js";
import { BACKGROUND_SCHEMAS } from "../messages/schemas/background.js";
import { lazyBundleFile } from "../messages/lazy-bundles.js";
import { browser } from "../platform/browser-api.js";

export function registerLazyBundles(): void {
  new MessageRouter(BACKGROUND_SCHEMAS)
    .on("content/load-bundle", async (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { loaded: false };
      try {
        await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [lazyBundleFile(message.name)] });
        return { loaded: true };
      } catch (error) {
        console.warn(`Quiet Reader: cannot inject the ${message.name} bundle`, error);
        return { loaded: false };
      }
    })
    .listen();
}
