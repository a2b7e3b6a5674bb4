/**
 * Converts an Article to Markdown (turndown + GFM: tables, strikethrough, task lists) with
 * YAML front matter. One converter for the CLI's --format md and the library's export.
 */
import TurndownService from "turndown";
import { gfm } from "@joplin/turndown-plugin-gfm";
import type { Article } from "../article.js";

export interface MarkdownOptions {
  /** ISO time the article was saved, for the front matter; null when not saved. */
  savedAt: string | null;
  /** Rewrites image URLs, e.g. to local files in an export zip. */
  imageUrl?: (src: string) => string;
}

/** YAML scalar: always double-quoted, escaped, on one line. */
function yamlString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n").replace(/[\u0000-\u001f]/g, "")}"`;
}

export function frontMatter(article: Article, savedAt: string | null): string {
  const fields: Array<[string, string | null]> = [
    ["title", article.title],
    ["author", article.byline],
    ["site", article.siteName],
    ["url", article.url],
    ["published", article.publishedTime],
    ["saved", savedAt],
  ];
  const lines = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${yamlString(value!)}`);
  return `---\n${lines.join("\n")}\n---\n`;
}

export function createTurndown(options: Pick<MarkdownOptions, "imageUrl"> = {}): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "*",
    hr: "---",
  });
  service.use(gfm);
  service.remove(["script", "style", "noscript"]);
  if (options.imageUrl) {
    const rewrite = options.imageUrl;
    service.addRule("rewritten-image", {
      filter: "img",
      replacement: (_content, node) => {
        const img = node as HTMLImageElement;
        const src = img.getAttribute("src");
        if (!src) return "";
        const alt = (img.getAttribute("alt") ?? "").replace(/[\[\]\n]/g, " ").trim();
        return `![${alt}](${rewrite(src)})`;
      },
    });
  }
  return service;
}

export function htmlToMarkdown(html: string, options: Pick<MarkdownOptions, "imageUrl"> = {}): string {
  return createTurndown(options).turndown(html).trim();
}

export function articleToMarkdown(article: Article, options: MarkdownOptions): string {
  const body = htmlToMarkdown(article.contentHtml, options);
  return `${frontMatter(article, options.savedAt)}\n# ${article.title}\n\n${body}\n`;
}
