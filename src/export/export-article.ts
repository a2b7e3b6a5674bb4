/**
 * Single-article exports: a self-contained HTML file (the stored HTML already carries its
 * images as data URLs, so it reads with no extension and no network) and a Markdown file
 * with YAML front matter (the same converter as the CLI's --format md).
 */
import { articleToMarkdown } from "../core/markdown/article-markdown.js";
import { renderStandaloneHtml } from "../core/standalone-html.js";
import type { SavedArticle } from "../storage/library-types.js";
import { slugify } from "./file-names.js";

export interface ExportFile {
  name: string;
  mime: string;
  content: string | Uint8Array;
}

export function articleHtmlFile(saved: SavedArticle): ExportFile {
  return { name: `${slugify(saved.article.title)}.html`, mime: "text/html;charset=utf-8", content: renderStandaloneHtml(saved.article) };
}

export function articleMarkdownFile(saved: SavedArticle): ExportFile {
  return { name: `${slugify(saved.article.title)}.md`, mime: "text/markdown;charset=utf-8", content: articleToMarkdown(saved.article, { savedAt: saved.savedAt }) };
}
