/**
 * Golden files for the fixtures (as Mozilla Readability's and Defuddle's test suites keep
 * them): the pipeline's whole output per page, written by `npm run golden:update`
 * (scripts/update-golden.mjs) and compared exactly by tests/unit/golden.test.ts, so any change
 * in output is a reviewed diff. One module for both, so they cannot disagree on the format:
 *   expected.html           the Article's contentHtml, one block element per line, indented
 *   expected-removed.json   Article.removed
 *   expected-metadata.json  title, byline, siteName, publishedTime, lang, dir, excerpt, wordCount
 * A page without an article gets the same three files saying so.
 */
import { JSDOM } from "jsdom";
import type { Article } from "../../src/core/article.js";

export const GOLDEN_FILES = ["expected.html", "expected-removed.json", "expected-metadata.json"] as const;
export type GoldenFile = (typeof GOLDEN_FILES)[number];

export const NO_ARTICLE_HTML = "<!-- no article: extraction returns null for this page -->\n";

/** Elements put on a line of their own (their inline content stays on that line). */
const BLOCKS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "details", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "picture", "section", "summary",
  "table", "caption", "colgroup", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "pre",
]);
const VOID: ReadonlySet<string> = new Set(["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
}

function startTag(el: Element): string {
  const attributes = Array.from(el.attributes).map((a) => ` ${a.name}="${a.value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/\u00a0/g, "&nbsp;")}"`);
  return `<${el.localName}${attributes.join("")}>`;
}

/** Inline markup with each whitespace run as one space (pre keeps its own, below). */
function inline(node: Node): string {
  if (node.nodeType === 3) return escapeText((node as Text).data.replace(/[ \t\n\r\f]+/g, " "));
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  if (VOID.has(el.localName)) return startTag(el);
  return `${startTag(el)}${Array.from(el.childNodes).map(inline).join("")}</${el.localName}>`;
}

function hasBlockChild(el: Element): boolean {
  return Array.from(el.children).some((child) => BLOCKS.has(child.localName));
}

function print(el: Element, depth: number, lines: string[]): void {
  const pad = "  ".repeat(depth);
  if (el.localName === "pre") {
    lines.push(pad + el.outerHTML);
    return;
  }
  if (!hasBlockChild(el)) {
    lines.push(pad + inline(el).trim().replace(/^(<[^>]*>) /, "$1").replace(/ (<\/[^>]*>)$/, "$1"));
    return;
  }
  lines.push(pad + startTag(el));
  let run = "";
  const flush = () => {
    if (run.trim()) lines.push("  ".repeat(depth + 1) + run.trim());
    run = "";
  };
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 1 && BLOCKS.has((child as Element).localName)) {
      flush();
      print(child as Element, depth + 1, lines);
    } else run += inline(child);
  }
  flush();
  lines.push(`${pad}</${el.localName}>`);
}

/** contentHtml pretty-printed deterministically: one block element per line, two-space indent. */
export function prettyHtml(html: string): string {
  const dom = new JSDOM(`<!DOCTYPE html><body>${html}</body>`);
  try {
    const lines: string[] = [];
    const body = dom.window.document.body;
    let run = "";
    for (const child of Array.from(body.childNodes)) {
      if (child.nodeType === 1 && BLOCKS.has((child as Element).localName)) {
        if (run.trim()) lines.push(run.trim());
        run = "";
        print(child as Element, 0, lines);
      } else run += inline(child);
    }
    if (run.trim()) lines.push(run.trim());
    return `${lines.join("\n")}\n`;
  } finally {
    dom.window.close();
  }
}

/** The three golden files' contents for one page's extraction result. */
export function goldenFiles(article: Article | null): Record<GoldenFile, string> {
  if (!article) {
    return {
      "expected.html": NO_ARTICLE_HTML,
      "expected-removed.json": "[]\n",
      "expected-metadata.json": `${JSON.stringify({ article: null }, null, 2)}\n`,
    };
  }
  const { title, byline, siteName, publishedTime, lang, dir, excerpt, wordCount } = article;
  return {
    "expected.html": prettyHtml(article.contentHtml),
    "expected-removed.json": `${JSON.stringify(article.removed, null, 2)}\n`,
    "expected-metadata.json": `${JSON.stringify({ title, byline, siteName, publishedTime, lang, dir, excerpt, wordCount }, null, 2)}\n`,
  };
}

/** Where two texts first differ, as a few numbered lines of each, for a failing test's message. */
export function firstDifference(expected: string, actual: string, context = 2): string {
  const want = expected.split("\n");
  const got = actual.split("\n");
  let line = 0;
  while (line < want.length && line < got.length && want[line] === got[line]) line++;
  const from = Math.max(0, line - context);
  const show = (lines: string[], sign: string) =>
    lines.slice(from, line + context + 1).map((text, i) => `${sign}${String(from + i + 1).padStart(4)} | ${text}`).join("\n");
  return `first difference at line ${line + 1}\n--- golden file\n${show(want, "-")}\n+++ pipeline output now\n${show(got, "+")}`;
}
