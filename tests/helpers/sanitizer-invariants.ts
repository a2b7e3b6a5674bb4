/**
 * The sanitizer's invariants, checked independently of the sanitizer: parse the output the way
 * the overlay does (innerHTML into an element), then walk every node. URLs are judged by the
 * WHATWG URL parser (which strips tabs, newlines and leading control characters exactly as a
 * browser does), not by the sanitizer's own regular expressions, so a bug there is caught here.
 * Used by the sanitize-*, property-* and security e2e tests.
 */
import { JSDOM } from "jsdom";
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ID_PREFIX } from "../../src/core/sanitize-html.js";

const XHTML = "http://www.w3.org/1999/xhtml";
const TAGS = new Set<string>(ALLOWED_TAGS);
const ATTRIBUTES = new Set<string>(ALLOWED_ATTRIBUTES);
const LINK_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);
const IMAGE_SCHEMES = new Set(["http:", "https:"]);
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon)[;,]/i;

const shared = new JSDOM("<!doctype html><html><body></body></html>", { url: "https://reader.example/article" });

/** The URLs of a srcset as a browser splits it: a URL runs to whitespace; descriptors end at a comma. */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let expectUrl = true;
  const take = (token: string): void => {
    if (expectUrl) {
      const url = token.replace(/^,+/, "");
      if (!url) return;
      urls.push(url.replace(/,+$/, ""));
      expectUrl = url.endsWith(",");
    } else {
      const comma = token.indexOf(",");
      if (comma < 0) return;
      expectUrl = true;
      take(token.slice(comma + 1));
    }
  };
  for (const token of value.split(/[\t\n\f\r ]+/)) if (token) take(token);
  return urls;
}

function schemeOf(value: string): string {
  try {
    return new URL(value, "https://reader.example/article").protocol;
  } catch {
    return "invalid:";
  }
}

function urlProblem(value: string, isImage: boolean): string | null {
  const scheme = schemeOf(value);
  if (scheme === "data:") return isImage && DATA_IMAGE.test(value.replace(/^[\s\u0000-\u001f]+/, "")) ? null : "data: URL that is not a raster image";
  if (isImage ? IMAGE_SCHEMES.has(scheme) : LINK_SCHEMES.has(scheme)) return null;
  return `URL with scheme ${scheme}`;
}

function describe(el: Element): string {
  return `<${el.localName}${Array.from(el.attributes, (a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join("")}>`;
}

export interface InvariantOptions {
  /**
   * Attributes the reader itself adds to sanitized markup after rendering (e.g. the overlay
   * makes images enlargeable: class, tabindex, role, aria-label). Never event handlers or URLs.
   */
  extraAttributes?: readonly string[];
}

/** Every way `html` breaks the sanitizer's contract; [] when it is safe to render. */
export function sanitizerViolations(html: string, options: InvariantOptions = {}): string[] {
  const extra = new Set((options.extraAttributes ?? []).filter((name) => !/^on|^(?:href|src|srcset|style|is|xlink:href|formaction|action)$/i.test(name)));
  const problems: string[] = [];
  const holder = shared.window.document.createElement("article");
  holder.innerHTML = html;
  if (holder.innerHTML !== html) problems.push("not stable under re-parsing (mutation XSS risk): parse(serialize) differs from the output");
  const walker = shared.window.document.createTreeWalker(holder, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    const el = node;
    if (el.namespaceURI !== XHTML) problems.push(`foreign-namespace element ${el.namespaceURI} ${describe(el)}`);
    if (!TAGS.has(el.localName)) problems.push(`element not on the allow-list: ${describe(el)}`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (attr.namespaceURI !== null) problems.push(`namespaced attribute ${attr.name} on ${describe(el)}`);
      if (/^on/.test(name)) problems.push(`event handler ${name} on ${describe(el)}`);
      // is="" is how DOMPurify neutralises a customized built-in (see sanitize-invariants.test.ts).
      if (name === "is" && attr.value === "") continue;
      if (!ATTRIBUTES.has(name) && !extra.has(name)) problems.push(`attribute not on the allow-list: ${name} on ${describe(el)}`);
      const isImage = el.localName === "img" || el.localName === "source";
      if (name === "href" || name === "src" || name === "cite") {
        const problem = urlProblem(attr.value, name === "src" && isImage);
        if (problem) problems.push(`${problem} in ${name} of ${describe(el)}`);
      }
      if (name === "srcset") {
        for (const url of srcsetUrls(attr.value)) {
          const problem = urlProblem(url, true);
          if (problem) problems.push(`${problem} in srcset of ${describe(el)}`);
        }
      }
      if (name === "id" && !attr.value.startsWith(ID_PREFIX)) problems.push(`id without the ${ID_PREFIX} prefix: ${describe(el)}`);
    }
    if (el.localName === "a" && el.hasAttribute("href")) {
      const rel = (el.getAttribute("rel") ?? "").split(/\s+/);
      if (!rel.includes("noopener") || !rel.includes("noreferrer")) problems.push(`link without rel="noopener noreferrer": ${describe(el)}`);
      const href = el.getAttribute("href") ?? "";
      if (href.startsWith("#") && href.length > 1 && !href.startsWith(`#${ID_PREFIX}`)) problems.push(`in-page link outside the ${ID_PREFIX} namespace: ${describe(el)}`);
    }
    const target = el.getAttribute("target");
    if (target !== null && target !== "_blank") problems.push(`target other than _blank: ${describe(el)}`);
  }
  return problems;
}
