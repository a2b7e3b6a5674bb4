/**
 * Node-side entry to the core: HTML text in, Article out, via jsdom. jsdom can throw on CSS
 * it cannot parse (e.g. `calc($a - 1px)` left in by a template); the reader does not need the
 * page's styles, so a failing run is retried once with stylesheets and style attributes removed.
 * Nesting deeper than a browser's parser allows is flattened first (limit-depth.ts).
 */
import { JSDOM, VirtualConsole } from "jsdom";
import type { Article } from "../core/article.js";
import { extractArticle } from "../core/extract-article.js";
import { limitDepth } from "./limit-depth.js";

export function withoutStyles(html: string): string {
  return html
    .replace(/<style\b[\s\S]*?<\/style\s*>/gi, "")
    .replace(/<link\b[^>]*rel\s*=\s*["']?[^"'>]*stylesheet[^>]*>/gi, "")
    .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "");
}

function run(html: string, url: string): Article | null {
  // Page CSS and script errors are the page's problem, not the user's: a silent console.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    limitDepth(dom.window.document);
    // A <base> without href sets nothing in a browser, but makes jsdom's baseURI throw.
    for (const base of Array.from(dom.window.document.querySelectorAll("base:not([href])"))) base.remove();
    return extractArticle(dom.window.document, { url });
  } finally {
    dom.window.close();
  }
}

export function extractFromHtml(html: string, url: string): Article | null {
  try {
    return run(html, url);
  } catch (firstError) {
    const stripped = withoutStyles(html);
    if (stripped === html) throw firstError;
    return run(stripped, url);
  }
}
