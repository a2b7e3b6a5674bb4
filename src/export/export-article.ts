/**
 * Single-article exports: a self-contained HTML file (the stored HTML already carries its
 * images as data URLs, so it reads with no extension and no network; images that could not
 * be kept become links unless the user chose to load remote images) and a Markdown file
 * with YAML front matter (the same converter as the CLI's --format md).
 */
import { articleToMarkdown } from "../core/markdown/article-markdown.js";
import { renderStandaloneHtml } from "../core/standalone-html.js";
import type { SavedArticle } from "../storage/library-types.js";
import { slugify } from "./file-names.js";
import { linkRemoteImages, type RemoteImageLabel } from "./remote-image-links.js";

export interface ExportFile {
  name: string;
  mime: string;
  content: string | Uint8Array;
}

export interface HtmlExportOptions {
  /** "load": remote images stay images (they load when the file is opened); "link": they become links. */
  remoteImages: "load" | "link";
  /** The text of the link that stands for an image left out. */
  label: RemoteImageLabel;
  /** Where to parse the article (the library page's document; parsing loads nothing). */
  doc: Document;
}

export function articleHtmlFile(saved: SavedArticle, options: HtmlExportOptions): ExportFile {
  const load = options.remoteImages === "load";
  const article = load ? saved.article : { ...saved.article, contentHtml: linkRemoteImages(saved.article.contentHtml, options.doc, options.label) };
  return { name: `${slugify(saved.article.title)}.html`, mime: "text/html;charset=utf-8", content: renderStandaloneHtml(article, { remoteImages: load }) };
}

export function articleMarkdownFile(saved: SavedArticle): ExportFile {
  return { name: `${slugify(saved.article.title)}.md`, mime: "text/markdown;charset=utf-8", content: articleToMarkdown(saved.article, { savedAt: saved.savedAt }) };
}
