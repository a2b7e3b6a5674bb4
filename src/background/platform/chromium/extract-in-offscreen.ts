/**
 * Chrome: a fetched page is extracted in the offscreen document (reason DOM_PARSER), the one
 * DOM a service worker can have. The document is created on first use and kept; its router
 * validates the message against its schema (messages/schemas/offscreen.ts) and replies with
 * the article (src/background/offscreen/offscreen.ts).
 */
import type { ArticleForLibrary, Message } from "../../../messages/messages.js";
import { sendToExtension } from "../../../messages/send-message.js";

export const OFFSCREEN_PATH = "library/offscreen.html";

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface RuntimeWithContexts {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
}

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const chromeApi = (globalThis as unknown as { chrome: { offscreen: OffscreenApi; runtime: RuntimeWithContexts } }).chrome;
  const existing = (await chromeApi.runtime.getContexts?.({ contextTypes: ["OFFSCREEN_DOCUMENT"] })) ?? [];
  if (existing.length) return;
  creating ??= chromeApi.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ["DOM_PARSER"], justification: "Parse a saved link's HTML to extract its article." })
    .catch((error: unknown) => {
      // A second caller may have created it in between; that is fine.
      if (!/single offscreen/i.test(String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function extractInOffscreen(message: Message<"library/extract-html">): Promise<ArticleForLibrary> {
  await ensureOffscreen();
  return sendToExtension<"library/extract-html">(message);
}
