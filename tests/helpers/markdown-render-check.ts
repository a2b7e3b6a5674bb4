/**
 * Renders Markdown the way permissive viewers do (marked with its defaults, markdown-it with
 * raw HTML and linkify on) and lists everything in the resulting HTML that could run script
 * or load something the export did not mean to: any element outside a small inert set, any
 * attribute outside a per-element set (so every on* handler), any URL whose scheme is not
 * http(s) or mailto, or a data: URL that is not a raster image. Used by the Markdown
 * injection tests (tests/unit/markdown-injection*.test.ts).
 */
import { JSDOM } from "jsdom";
import MarkdownIt from "markdown-it";
import { marked } from "marked";

const markdownIt = new MarkdownIt({ html: true, linkify: true });

export const RENDERERS: ReadonlyArray<[string, (markdown: string) => string]> = [
  ["marked", (markdown) => marked.parse(markdown, { async: false })],
  ["markdown-it", (markdown) => markdownIt.render(markdown)],
];

const markdownItPlain = new MarkdownIt({ html: true });

/**
 * For "the text still reads the same": markdown-it's linkify reads a bare URL from the source,
 * so a URL directly followed by `<`, `>` or `&` (written as an entity) takes the entity's
 * letters into its link text. That shows `&lt;` where the page had `<` (inert, a known
 * limitation); the text is compared without linkify.
 */
export const TEXT_RENDERERS: ReadonlyArray<[string, (markdown: string) => string]> = [RENDERERS[0]!, ["markdown-it", (markdown) => markdownItPlain.render(markdown)]];

/** Inert elements and the attributes each may carry (the renderers' own output for Markdown). */
const ALLOWED: Record<string, readonly string[]> = {
  p: [], h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], em: [], strong: [], del: [], s: [], br: [], hr: [],
  blockquote: [], ul: [], ol: ["start"], li: [], pre: [], code: ["class"],
  table: [], thead: [], tbody: [], tr: [], th: ["align", "style"], td: ["align", "style"],
  a: ["href", "title"], img: ["src", "alt", "title"],
};

const URL_ATTRIBUTES = new Set(["href", "src"]);
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon);base64,[A-Za-z0-9+/=]*$/i;
const BASE = "https://relative.invalid/dir/file.md";

/** Why `value` is not a safe URL for `attribute`, or null when it is. */
function urlProblem(value: string, attribute: string): string | null {
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null; // a browser cannot follow it either
  }
  if (url.protocol === "data:") return attribute === "src" && SAFE_DATA_IMAGE.test(value.trim()) ? null : `data URL ${value.slice(0, 60)}`;
  if (url.protocol === "http:" || url.protocol === "https:") return null;
  if (url.protocol === "mailto:" && attribute === "href") return null;
  return `${url.protocol} URL ${value.slice(0, 60)}`;
}

const { window } = new JSDOM("");

export function renderedHtmlViolations(html: string): string[] {
  const template = window.document.createElement("template");
  template.innerHTML = html;
  const problems: string[] = [];
  for (const element of Array.from(template.content.querySelectorAll("*"))) {
    const name = element.localName;
    const allowed = ALLOWED[name];
    if (!allowed || element.namespaceURI !== "http://www.w3.org/1999/xhtml") {
      problems.push(`element <${name}>`);
      continue;
    }
    for (const attribute of Array.from(element.attributes)) {
      if (!allowed.includes(attribute.name)) problems.push(`<${name} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
      else if (attribute.name === "style" && !/^text-align:\s*(?:left|right|center);?$/.test(attribute.value)) problems.push(`<${name} style="${attribute.value}">`);
      else if (URL_ATTRIBUTES.has(attribute.name)) {
        const problem = urlProblem(attribute.value, attribute.name);
        if (problem) problems.push(`<${name} ${attribute.name}>: ${problem}`);
      }
    }
  }
  return problems;
}

/** Each renderer's violations for `markdown` (empty when both render it inert). */
export function markdownViolations(markdown: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [name, render] of RENDERERS) {
    const problems = renderedHtmlViolations(render(markdown));
    if (problems.length) found[name] = problems;
  }
  return found;
}

/** The visible text of rendered HTML, whitespace collapsed. */
export function renderedText(html: string): string {
  const template = window.document.createElement("template");
  template.innerHTML = html;
  return (template.content.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Payloads from the sanitizer's XSS corpus pages (between <!--payload:ID--> and <!--/payload-->). */
export function corpusPayloads(html: string): Array<[string, string]> {
  return Array.from(html.matchAll(/<!--payload:([\w-]+)-->([\s\S]*?)<!--\/payload-->/g), (m) => [m[1]!, m[2]!.trim()]);
}
