/**
 * Sanitizes article HTML under an explicit allow-list before anything renders or stores it.
 * Page markup is hostile by default: only reading elements survive, no script-capable tag,
 * attribute or URL. Runs on any Window (the page's, or jsdom's in Node).
 */
import createDOMPurify, { type Config } from "dompurify";

export const ALLOWED_TAGS = [
  "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption",
  "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
  "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "hr", "i", "img",
  "ins", "kbd", "li", "main", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s",
  "samp", "section", "small", "source", "span", "strong", "sub", "summary", "sup", "table",
  "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
] as const;

export const ALLOWED_ATTRIBUTES = [
  "href", "src", "srcset", "sizes", "alt", "title", "width", "height", "colspan", "rowspan",
  "headers", "scope", "datetime", "cite", "lang", "dir", "start", "reversed", "type", "open",
  "id", "media", "rel", "target", "loading", "decoding",
] as const;

/**
 * Article ids are namespaced so they cannot clobber names the reader's own page or script
 * use (DOM clobbering); in-article "#anchor" links are rewritten to match.
 */
export const ID_PREFIX = "qr-";

/** Links open outside the reader and never hand the page a window.opener. */
const LINK_REL = "noopener noreferrer";

/** Image data URLs are fine (inlined images); any other data: URL is not. */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon);/i;
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.|[^:]*$)/i;

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_NAMESPACES: ["http://www.w3.org/1999/xhtml"],
  FORBID_TAGS: ["script", "style", "iframe", "form", "input", "button", "object", "embed", "svg", "math", "template", "noscript", "base", "meta", "link", "textarea", "select"],
  KEEP_CONTENT: true,
  SANITIZE_DOM: true,
  // Ids are namespaced by the hook below instead (DOMPurify's own prefixing breaks "#anchor" links).
  SANITIZE_NAMED_PROPS: false,
};

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window & typeof globalThis): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = createDOMPurify(win as never);
  purifier.addHook("uponSanitizeAttribute", (_node, data) => {
    if (data.attrName === "src" || data.attrName === "href" || data.attrName === "srcset") {
      const value = data.attrValue.trim();
      if (/^data:/i.test(value)) {
        data.keepAttr = data.attrName !== "href" && SAFE_DATA_IMAGE.test(value);
      } else if (data.attrName !== "srcset" && !SAFE_URL.test(value)) {
        data.keepAttr = false;
      } else if (data.attrName === "srcset" && /(?:^|,)\s*(?:javascript|vbscript|data):/i.test(value) && !SAFE_DATA_IMAGE.test(value)) {
        data.keepAttr = false;
      }
    }
  });
  purifier.addHook("afterSanitizeAttributes", (node) => {
    if (!(node instanceof win.Element)) return;
    const id = node.getAttribute("id");
    if (id !== null) {
      if (/^readability-/.test(id) || !id.trim()) node.removeAttribute("id");
      else if (!id.startsWith(ID_PREFIX)) node.setAttribute("id", ID_PREFIX + id);
    }
    const href = node.getAttribute("href");
    if (href && href.startsWith("#") && href.length > 1 && !href.startsWith(`#${ID_PREFIX}`)) node.setAttribute("href", `#${ID_PREFIX}${href.slice(1)}`);
    if (node.nodeName === "A") {
      if (node.hasAttribute("href")) {
        node.setAttribute("rel", LINK_REL);
        if (!node.getAttribute("href")!.startsWith("#")) node.setAttribute("target", "_blank");
      } else {
        node.removeAttribute("target");
      }
    }
  });
  purifiers.set(win, purifier);
  return purifier;
}

/** Sanitize an HTML string (or a node's content) and return safe HTML. */
export function sanitizeHtml(html: string | Node, win: Window & typeof globalThis): string {
  return purifierFor(win).sanitize(html, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string;
}
