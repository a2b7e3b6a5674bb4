/**
 * The saving feature's part of the content script: hands the page's Article to the
 * background with its images inlined (fetched as the page: same-origin and CORS-enabled
 * images need no permission; the rest is asked of the background, which can fetch what the
 * user allowed), saves from the overlay's Save button, and shows the "Saved · Undo" toast.
 */
import type { Article } from "../../core/article.js";
import type { ArticleForLibrary, Message } from "../../messages/messages.js";
import { sendToExtension } from "../../messages/send-message.js";
import { declaredCanonical } from "../../storage/canonical-url.js";
import { httpImageFetcher, inlineImages, type ImageFetcher } from "../../storage/inline-images.js";
import { showSaveResult } from "./saved-toast.js";

const NO_IMAGES = { inlined: 0, remote: 0, remoteOrigins: [] };

function pageThenExtensionFetcher(): ImageFetcher {
  const asPage = httpImageFetcher(fetch, { credentials: "same-origin" });
  return async (url, maxBytes) => {
    const own = await asPage(url, maxBytes).catch(() => null);
    if (own) return own;
    const viaExtension = await sendToExtension<"library/fetch-image">({ type: "library/fetch-image", url, maxBytes }).catch(() => null);
    return viaExtension?.dataUrl ?? null;
  };
}

/** The page's article (the reader's, or a fresh extraction: ReaderController.articleForSaving) with its images inlined. */
export async function articleForLibrary(article: Article | null, doc: Document, images: Message<"reader/get-article">["images"]): Promise<ArticleForLibrary> {
  if (!article) return { article: null, images: NO_IMAGES };
  const canonicalUrl = declaredCanonical(doc, doc.location.href);
  if (!images) return { article, images: NO_IMAGES, canonicalUrl };
  const result = await inlineImages(article.contentHtml, doc, pageThenExtensionFetcher(), images);
  return { article: { ...article, contentHtml: result.html }, images: result.images, canonicalUrl };
}

/** The overlay's Save button: the background asks this tab for the article, stores it, replies. */
export async function saveFromOverlay(doc: Document): Promise<void> {
  const reply = await sendToExtension<"library/save-tab">({ type: "library/save-tab" }).catch((error: unknown) => ({ ok: false as const, error: "failed" as const, detail: String(error) }));
  showSaveResult(doc, reply);
}
