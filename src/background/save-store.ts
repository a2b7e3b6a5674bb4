/**
 * The background's handle on the library: one LibraryStore per worker lifetime, and the one
 * place a save's outcome (or failure) becomes the SaveReply every caller shows.
 */
import type { Article } from "../core/article.js";
import type { ImageReport, SaveReply } from "../messages/messages.js";
import { browser } from "../platform/browser-api.js";
import { LibraryError } from "../storage/library-error.js";
import { LibraryStore } from "../storage/library-store.js";
import { loadLibrarySettings, type LibrarySettings } from "../storage/library-settings.js";

let opening: Promise<LibraryStore> | null = null;

export function libraryStore(): Promise<LibraryStore> {
  opening ??= LibraryStore.open().catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

export function librarySettings(): Promise<LibrarySettings> {
  return loadLibrarySettings(browser.storage.local as never);
}

export function failure(error: unknown): SaveReply {
  if (error instanceof LibraryError && error.code === "quota") return { ok: false, error: "quota", detail: error.message };
  console.error("Quiet Reader: save failed", error);
  return { ok: false, error: "failed", detail: (error as Error | null)?.message ?? String(error) };
}

export async function storeArticle(article: Article, images: ImageReport, url?: string, canonical?: string | null): Promise<SaveReply> {
  try {
    const result = await (await libraryStore()).save({ article, url, canonical });
    return { ok: true, ...result, images };
  } catch (error) {
    return failure(error);
  }
}
