/** The DOM-pure core's public surface, shared by the content script, the extension pages and the CLI. */
export type { Article, RemovedBlock } from "./article.js";
export { extractArticle, type ExtractOptions } from "./extract-article.js";
export { sanitizeHtml } from "./sanitize-html.js";
