/**
 * Node-side entry to the core: HTML text in, Article out, via jsdom. jsdom can throw on CSS
 * it cannot parse (e.g. `calc($a - 1px)` left in by a template); the reader does not need the
 * page's styles, so a failing run is retried once with stylesheets and style attributes removed.
 * Nesting deeper than a browser's parser allows is flattened first (limit-depth.ts).
 */
import { JSDOM, VirtualConsole } from "jsdom";
import type { Article } from "../core/article.js";
import { extractArticle, type ExtractOptions } from "../core/extract-article.js";
import { limitDepth } from "./limit-depth.js";

const STYLE_TAG = /<(\/?)style\b/gi;
const CLOSE_REST = /\s*>/y;
const LINK_TAG = /<link\b/gi;
const REL_VALUE = /rel\s*=\s*["']?([^"'>]*)/gi;

/**
 * `<style>…</style>` elements removed, each from its first opening to the next closing tag.
 * Tags are found in one pass: `/<style\b[\s\S]*?<\/style\s*>/g` scanned to the end from every
 * unclosed "<style", quadratic on a page that repeats it.
 */
function withoutStyleElements(html: string): string {
  let out = "";
  let kept = 0;
  let open = -1;
  for (const match of html.matchAll(STYLE_TAG)) {
    if (!match[1]) {
      if (open < 0) open = match.index;
      continue;
    }
    if (open < 0) continue;
    CLOSE_REST.lastIndex = match.index + match[0].length;
    if (!CLOSE_REST.test(html)) continue;
    out += html.slice(kept, open);
    kept = CLOSE_REST.lastIndex;
    open = -1;
  }
  return out + html.slice(kept);
}

/** `<link … rel=stylesheet …>` tags removed; each tag's end is found once (no rescan per "<link"). */
function withoutStylesheetLinks(html: string): string {
  let out = "";
  let kept = 0;
  let tagEnd = -1;
  for (const match of html.matchAll(LINK_TAG)) {
    if (match.index < kept) continue;
    if (tagEnd < match.index) tagEnd = html.indexOf(">", match.index);
    if (tagEnd < 0) break;
    const tag = html.slice(match.index, tagEnd + 1);
    if (![...tag.matchAll(REL_VALUE)].some((rel) => /stylesheet/i.test(rel[1]!))) continue;
    out += html.slice(kept, match.index);
    kept = tagEnd + 1;
  }
  return out + html.slice(kept);
}

export function withoutStyles(html: string): string {
  return withoutStylesheetLinks(withoutStyleElements(html)).replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "");
}

function run(html: string, url: string, options: Omit<ExtractOptions, "url">): Article | null {
  // Page CSS and script errors are the page's problem, not the user's: a silent console.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    limitDepth(dom.window.document);
    // A <base> without href sets nothing in a browser, but makes jsdom's baseURI throw.
    for (const base of Array.from(dom.window.document.querySelectorAll("base:not([href])"))) base.remove();
    return extractArticle(dom.window.document, { ...options, url });
  } finally {
    dom.window.close();
  }
}

export function extractFromHtml(html: string, url: string, options: Omit<ExtractOptions, "url"> = {}): Article | null {
  try {
    return run(html, url, options);
  } catch (firstError) {
    const stripped = withoutStyles(html);
    if (stripped === html) throw firstError;
    return run(stripped, url, options);
  }
}
