/**
 * Sanitizes article HTML under an explicit allow-list before anything renders or stores it.
 * Page markup is hostile by default: only reading elements survive, no script-capable tag,
 * attribute or URL. Runs on any Window (the page's, or jsdom's in Node).
 */
import createDOMPurify, { type Config } from "dompurify";
import { conformToParser } from "./parser-nesting.js";
import { isParserStable } from "./parser-stable.js";
import { parseSrcset } from "./srcset.js";

export const ALLOWED_TAGS = [
  "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption",
  "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
  "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "hr", "i", "img",
  "ins", "kbd", "li", "main", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s",
  "samp", "section", "small", "source", "span", "strong", "sub", "summary", "sup", "table",
  "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
] as const;

const ALLOWED_TAG_SET: ReadonlySet<string> = new Set(ALLOWED_TAGS);

export const ALLOWED_ATTRIBUTES = [
  "href", "src", "srcset", "sizes", "alt", "title", "width", "height", "colspan", "rowspan",
  "headers", "scope", "datetime", "cite", "lang", "dir", "start", "reversed", "type", "open",
  "id", "media", "rel", "target", "loading", "decoding",
] as const;

/**
 * Article ids are namespaced so they cannot clobber names the reader's own page or script
 * use (DOM clobbering); in-article "#anchor" links are rewritten to match. The overlay's own
 * ids all start with "qr-", so article ids get a prefix outside that space: an article
 * element with id="title" becomes "qra-title" and can never take over "qr-title".
 */
export const ID_PREFIX = "qra-";

/** Links open outside the reader and never hand the page a window.opener. */
const LINK_REL = "noopener noreferrer";

/** Image data URLs are fine (inlined images); any other data: URL is not. */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon);/i;
const SAFE_LINK_URL = /^(?:https?:|mailto:|tel:|#|\/|\.|[^:]*$)/i;
/** An image comes from the web or the page itself: a mailto: or tel: "image" is no image. */
const SAFE_IMAGE_URL = /^(?:https?:|#|\/|\.|[^:]*$)/i;

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

/**
 * A URL the reader may keep: for links web, mail, phone, in-page or relative; for images
 * (src, srcset) web or relative, and data: only for raster images.
 */
export function isSafeUrl(value: string, isImage: boolean): boolean {
  const url = value.trim();
  if (/^data:/i.test(url)) return isImage && SAFE_DATA_IMAGE.test(url);
  return (isImage ? SAFE_IMAGE_URL : SAFE_LINK_URL).test(url);
}

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

/** The window's DOMPurify, configured with the reader's hooks (made once per window). */
export function purifierFor(win: Window & typeof globalThis): Purifier {
  let purifier = purifiers.get(win);
  if (purifier) return purifier;
  purifier = createDOMPurify(win as never);
  // Fail closed: DOMPurify hands back its input unsanitized when the window it got is not a
  // usable Window (a page can clobber document.defaultView with <img name="defaultView">).
  if (!purifier.isSupported) throw new Error("sanitizeHtml needs a real Window; refusing to return unsanitized HTML");
  purifier.addHook("uponSanitizeAttribute", (_node, data) => {
    if (data.attrName === "src" || data.attrName === "href") {
      if (!isSafeUrl(data.attrValue, data.attrName === "src")) data.keepAttr = false;
    } else if (data.attrName === "srcset") {
      const candidates = parseSrcset(data.attrValue);
      if (!candidates.length || !candidates.every(({ url }) => isSafeUrl(url, true))) data.keepAttr = false;
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
    // Only links leaving the article get a target (a new tab); nothing else keeps one.
    const isLink = node.nodeName === "A" && node.hasAttribute("href");
    if (isLink) node.setAttribute("rel", LINK_REL);
    if (isLink && !node.getAttribute("href")!.startsWith("#")) node.setAttribute("target", "_blank");
    else node.removeAttribute("target");
    // DOMPurify neutralizes `is` by emptying it (a removed one would be serialized back from the
    // element's "is value"), which moves it behind the attributes set above on every pass. Kept
    // last, so sanitizing the output again gives the same markup (a fixed point).
    if (node.hasAttribute("is") && node.attributes[node.attributes.length - 1]!.name !== "is") {
      node.removeAttribute("is");
      node.setAttribute("is", "");
    }
  });
  purifiers.set(win, purifier);
  return purifier;
}

/**
 * One DOMPurify call, after which its list of what it removed is dropped. DOMPurify keeps that
 * list until its next call, and a removed node keeps its whole document alive, here the
 * working copy of the page: one full clone of the page would stay in memory for as long as the
 * reader is open. Nothing here reads the list.
 */
function purify(purifier: Purifier, dirty: string | Node, config: Config): ReturnType<Purifier["sanitize"]> {
  try {
    return purifier.sanitize(dirty, config);
  } finally {
    purifier.removed = [];
  }
}

/** Re-sanitizing rounds allowed before giving up on markup that keeps changing when re-parsed. */
const MAX_ROUNDS = 4;

/** An inert document per window (no browsing context: parsing into it loads and runs nothing). */
const inertDocs = new WeakMap<object, Document>();

function inertDocument(win: Window & typeof globalThis): Document {
  let doc = inertDocs.get(win);
  if (!doc) {
    doc = win.document.implementation.createHTMLDocument("");
    inertDocs.set(win, doc);
  }
  return doc;
}

/** `html` parsed as the overlay's innerHTML parses it, into a <div> of the inert document `doc`. */
function parsedInert(html: string, doc: Document): Element {
  const holder = doc.createElement("div");
  holder.innerHTML = html;
  return holder;
}

/** True when `html` re-parses (as the overlay's innerHTML will) into a tree that serializes back to it. */
function reparsesTo(html: string, doc: Document): boolean {
  return parsedInert(html, doc).innerHTML === html;
}

/**
 * Sanitize an HTML string (or a node's content) and return safe HTML.
 *
 * The result re-parses to itself. That rules out mutation XSS, where serialized output
 * re-parses (in the overlay's innerHTML) into a different tree than the one that was checked:
 * what the reader renders is exactly what was sanitized. (Output that holds only allowed HTML
 * elements and re-serializes identically cannot re-parse into foreign or raw-text content.)
 * Structures the parser cannot produce, e.g. nested links built by DOM manipulation, are
 * sanitized once more in their re-parsed form; markup that never settles is reduced to text.
 */
export function sanitizeHtml(html: string | Node, win: Window & typeof globalThis): string {
  const purifier = purifierFor(win);
  const inert = inertDocument(win);
  // NUL characters are dropped or replaced by the HTML parser, so no output holding one is stable.
  const input = typeof html === "string" ? html.replace(/\0/g, "") : html;
  const clean = (dirty: string | Node): string => (purify(purifier, dirty, { ...CONFIG, RETURN_TRUSTED_TYPE: false }) as string).replace(/\0/g, "");
  let out = clean(input);
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    if (reparsesTo(out, inert)) return out;
    out = clean(out);
  }
  return textAsHtml((parsedInert(out, inert).textContent ?? "").replace(/\0/g, ""));
}

/** What `sanitizeContent` hands back: safe HTML, and a tree whose content is exactly that HTML parsed. */
export interface SanitizedContent {
  html: string;
  /** `root` itself when its sanitized content was already a fixed point, else that HTML parsed in an inert document. */
  tree: Element;
}

/**
 * Sanitize the content of `root` (an element of a detached working copy, never the live page)
 * in place, under the same allow-list and hooks as `sanitizeHtml`, and return its HTML.
 *
 * This is the pipeline's fast path: DOMPurify walks the tree Readability built instead of a
 * serialized copy of it (then `conformToParser` undoes the nesting only DOM code can build, and
 * `isParserStable` vouches for the result by one walk where it can), so the article is serialized once and parsed once (the fixed-point
 * check) instead of three times each. The guarantee is the same: the returned HTML re-parses to
 * itself, and `tree` holds exactly what it parses to, so text taken from `tree` is the text the
 * reader will show. Content whose serialization does not re-parse to itself goes through
 * `sanitizeHtml`'s string rounds.
 *
 * Returns null when DOMPurify refuses to finish in place (it then empties `root` rather than
 * hand back half-sanitized nodes); the caller starts again from its source with `sanitizeHtml`.
 */
export function sanitizeContent(root: Element, win: Window & typeof globalThis): SanitizedContent | null {
  const purifier = purifierFor(win);
  const inert = inertDocument(win);
  try {
    purify(purifier, root, { ...CONFIG, IN_PLACE: true });
  } catch {
    return null;
  }
  conformToParser(root);
  const html = root.innerHTML;
  // The walk vouches for almost every article; what it cannot vouch for is parsed and compared.
  return isParserStable(root, ALLOWED_TAG_SET) || reparsesTo(html, inert) ? { html, tree: root } : sanitizeToTree(html, win);
}

/** `sanitizeHtml`, plus its result parsed in an inert document (loads nothing) to read text from. */
export function sanitizeToTree(html: string, win: Window & typeof globalThis): SanitizedContent {
  const safe = sanitizeHtml(html, win);
  return { html: safe, tree: parsedInert(safe, inertDocument(win)) };
}

/** Text escaped exactly as the HTML serializer escapes text nodes, so the result re-parses to itself. */
function textAsHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
}
