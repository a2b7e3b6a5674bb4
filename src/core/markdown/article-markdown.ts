/**
 * Converts an Article to Markdown (turndown + GFM tables and strikethrough) with YAML front
 * matter. One converter for the CLI's --format md and the library's exports. The output is
 * Markdown and nothing else: article text can only ever render as text (markdown-text.ts), no
 * raw HTML is written, links and images only with allowed URLs (markdown-urls.ts), and code
 * stays verbatim inside delimiters it cannot close (markdown-rules.ts). docs/security.md,
 * "Markdown injection", says what that guarantees and which tests prove it.
 */
import TurndownService from "turndown";
import { strikethrough } from "@joplin/turndown-plugin-gfm";
import type { Article } from "../article.js";
import { frontMatter } from "./front-matter.js";
import { addSafeRules, keepAsText, type RuleOptions } from "./markdown-rules.js";
import { escapeMarkdownLine, escapeMarkdownText } from "./markdown-text.js";

export { frontMatter, yamlString } from "./front-matter.js";

/** Elements whose content is not article text (the sanitizer removes them before; this is for any other HTML). */
const REMOVED: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "form", "input", "button", "select", "textarea"]);

export interface MarkdownOptions extends RuleOptions {
  /** ISO time the article was saved, for the front matter; null when not saved. */
  savedAt: string | null;
}

export function createTurndown(options: RuleOptions = {}): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "*",
    hr: "---",
    keepReplacement: keepAsText,
  });
  service.escape = (text) => escapeMarkdownText(text);
  // Of the GFM plugin only strikethrough: its tables keep some tables as raw HTML, its
  // highlighted-code rule writes a fixed fence the code can close (ours are in markdown-rules).
  service.use(strikethrough);
  service.remove((node) => REMOVED.has(node.localName));
  addSafeRules(service, options);
  return service;
}

export function htmlToMarkdown(html: string, options: RuleOptions = {}): string {
  return createTurndown(options).turndown(html).trim();
}

export function articleToMarkdown(article: Article, options: MarkdownOptions): string {
  const body = htmlToMarkdown(article.contentHtml, options);
  return `${frontMatter(article, options.savedAt)}\n# ${escapeMarkdownLine(article.title)}\n\n${body}\n`;
}
