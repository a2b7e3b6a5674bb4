/**
 * Extracts the article of a fetched HTML page, with its images inlined, in any context with
 * a DOM (Firefox's background page, Chrome's offscreen document). The
 * page is parsed inert (DOMParser: no scripts, no loads) with a <base> so relative URLs
 * resolve against the page's own address.
 */
import { extractArticle } from "../core/extract-article.js";
import type { ArticleForLibrary, Message } from "../messages/messages.js";
import { declaredCanonical } from "../storage/canonical-url.js";
import { httpImageFetcher, inlineImages } from "../storage/inline-images.js";

const NO_IMAGES = { inlined: 0, remote: 0, remoteOrigins: [] };

export async function extractHtmlForLibrary(html: string, url: string, caps: Message<"library/extract-html">["images"], win: Window & typeof globalThis): Promise<ArticleForLibrary> {
  const doc = new win.DOMParser().parseFromString(html, "text/html");
  if (!doc.querySelector("base[href]")) {
    const base = doc.createElement("base");
    base.setAttribute("href", url);
    doc.head.prepend(base);
  }
  // A parsed document has no window, and the sanitizer needs one: lend it this context's.
  Object.defineProperty(doc, "defaultView", { value: win, configurable: true });
  const article = extractArticle(doc, { url });
  const canonicalUrl = declaredCanonical(doc, url);
  if (!article || !caps) return { article, images: NO_IMAGES, canonicalUrl };
  const result = await inlineImages(article.contentHtml, win.document, httpImageFetcher(win.fetch.bind(win), { credentials: "omit" }), caps);
  return { article: { ...article, contentHtml: result.html }, images: result.images, canonicalUrl };
}
