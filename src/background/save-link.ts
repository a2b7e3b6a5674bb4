/**
 * Feature: save a link's article without opening it. The background fetches the page (the
 * caller obtained the host permission for its origin during the user's click), then the
 * HTML is parsed and extracted where a DOM exists: Firefox's background page has one; a
 * Chrome service worker has none, so an offscreen document (reason DOM_PARSER) does it
 * (the caller passes the browser's ExtractFetchedPage, src/background/platform/).
 * This keeps one path for the menu and the library page, and opens no tab.
 */
import { BACKGROUND_SCHEMAS } from "../messages/schemas/background.js";
import { MessageRouter } from "../messages/message-router.js";
import type { ArticleForLibrary, Message, SaveReply } from "../messages/messages.js";
import { browser } from "../platform/browser-api.js";
import { imageCaps } from "../storage/library-settings.js";
import { failure, librarySettings, storeArticle } from "./save-store.js";

const MAX_HTML_BYTES = 15 * 1024 * 1024;

/**
 * Extracts the article of fetched HTML where a DOM exists. Chosen per browser at build time
 * (src/background/platform/): Firefox's event page extracts itself; Chrome's service worker
 * has no DOM and asks its offscreen document, so it bundles no extraction code.
 */
export type ExtractFetchedPage = (message: Message<"library/extract-html">) => Promise<ArticleForLibrary>;

export async function saveUrl(url: string, extractFetchedPage: ExtractFetchedPage): Promise<SaveReply> {
  let response: Response;
  const granted = await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] }).catch(() => false);
  try {
    // With the site's permission the request is the user's own (cookies included); without
    // it only a CORS-open page can be read, and CORS forbids credentials with "*".
    response = await fetch(url, { credentials: granted ? "include" : "omit", redirect: "follow" });
  } catch (error) {
    return { ok: false, error: granted ? "fetch-failed" : "permission", detail: String(error) };
  }
  if (!response.ok) return { ok: false, error: "fetch-failed", detail: `HTTP ${response.status}` };
  const type = (response.headers.get("content-type") ?? "").toLowerCase();
  if (type && !/text\/html|application\/xhtml\+xml/.test(type)) return { ok: false, error: "no-article", detail: `not a web page (${type})` };
  const html = await response.text();
  if (html.length > MAX_HTML_BYTES) return { ok: false, error: "fetch-failed", detail: "page too large" };
  try {
    const caps = imageCaps(await librarySettings());
    const { article, images, canonicalUrl } = await extractFetchedPage({ type: "library/extract-html", html, url: response.url || url, images: caps });
    if (!article) return { ok: false, error: "no-article", detail: "no article at this link" };
    return await storeArticle(article, images, url, canonicalUrl);
  } catch (error) {
    return failure(error);
  }
}

export function registerSaveLink(extractFetchedPage: ExtractFetchedPage): void {
  new MessageRouter(BACKGROUND_SCHEMAS).on("library/save-url", (message) => saveUrl(message.url, extractFetchedPage)).listen();
}
