/**
 * YAML front matter for the Markdown export. Every value is one double-quoted YAML scalar on
 * one line, so no value can end the block, start another key or change the type. Renderers
 * that know nothing of front matter show it as Markdown, so the characters that could make
 * markup there (`<`, `>`, `&`, `[`, `]`) are written as YAML escapes too: a YAML parser reads
 * the exact value back, a Markdown renderer sees only text.
 */
import type { Article } from "../article.js";

const NAMED: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Escaped as \xNN / \uNNNN: controls, YAML 1.1 line breaks, BOM and non-characters, and Markdown markup. */
const ESCAPED = /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff<>&[\]]/g;

function hex(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A YAML double-quoted scalar holding `value` (a lone surrogate, which UTF-8 cannot hold, becomes U+FFFD). */
export function yamlString(value: string): string {
  return `"${value.replace(LONE_SURROGATE, "\ufffd").replace(ESCAPED, (char) => NAMED[char] ?? hex(char))}"`;
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
