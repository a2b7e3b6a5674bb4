/**
 * Feature: save the article in a tab to the library (from the popup, the overlay's Save
 * button, the shortcut or the menu), undo a save, and fetch an image for a content script
 * with the host permissions the user granted.
 */
import { BACKGROUND_SCHEMAS } from "../messages/schemas/background.js";
import { MessageRouter } from "../messages/message-router.js";
import type { SaveReply } from "../messages/messages.js";
import { sendToTab } from "../messages/send-message.js";
import { ensureContentScript } from "../messages/reader-tab.js";
import { httpImageFetcher } from "../storage/inline-images.js";
import { imageCaps } from "../storage/library-settings.js";
import { failure, libraryStore, librarySettings, storeArticle } from "./save-store.js";

export async function saveTab(tabId: number): Promise<SaveReply> {
  try {
    await ensureContentScript(tabId);
  } catch (error) {
    return { ok: false, error: "unavailable", detail: (error as Error).message };
  }
  try {
    const caps = imageCaps(await librarySettings());
    const { article, images, canonicalUrl } = await sendToTab<"reader/get-article">(tabId, { type: "reader/get-article", images: caps });
    if (!article) return { ok: false, error: "no-article", detail: "no article on this page" };
    return await storeArticle(article, images, undefined, canonicalUrl);
  } catch (error) {
    return failure(error);
  }
}

export function registerSaveTab(): void {
  const fetchImage = httpImageFetcher(fetch, { credentials: "omit" });
  new MessageRouter(BACKGROUND_SCHEMAS)
    .on("library/save-tab", (message, sender) => {
      const tabId = message.tabId ?? sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: "unavailable", detail: "no tab" };
      return saveTab(tabId);
    })
    .on("library/undo", async (message) => ({ undone: await (await libraryStore()).undo(message.token) }))
    .on("library/fetch-image", async (message) => ({ dataUrl: await fetchImage(message.url, message.maxBytes).catch(() => null) }))
    .listen();
}
