/**
 * Decides, by one walk over a sanitized tree, that its serialization re-parses to the same
 * tree, so the sanitizer can skip parsing it again to find out (in jsdom that parse is the
 * pipeline's largest cost after Readability). The rules are the HTML parser's ("in body",
 * "in table" and friends) for the elements the sanitizer keeps, kept conservative: a tree
 * this walk does not vouch for is simply checked the slow way (parse and compare), so a rule
 * that is too strict costs time, never correctness. A property test pins that every tree it
 * accepts really is a fixed point.
 */
import { CLOSES_PARAGRAPH } from "./parser-nesting.js";

const XHTML = "http://www.w3.org/1999/xhtml";
/** Browsers' parsers stop nesting at 512 levels (Chromium); deeper trees are left to the real check. */
const MAX_DEPTH = 400;

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const VOID = new Set(["br", "col", "hr", "img", "source", "wbr"]);

/** Where table parts and ruby annotations may stand, and what table rows may hold. */
const REQUIRED_PARENT: Record<string, readonly string[]> = {
  caption: ["table"],
  colgroup: ["table"],
  thead: ["table"],
  tbody: ["table"],
  tfoot: ["table"],
  tr: ["thead", "tbody", "tfoot"],
  td: ["tr"],
  th: ["tr"],
  col: ["colgroup"],
  rt: ["ruby"],
  rp: ["ruby"],
};
const ALLOWED_CHILDREN: Record<string, ReadonlySet<string>> = {
  table: new Set(["caption", "colgroup", "thead", "tbody", "tfoot"]),
  thead: new Set(["tr"]),
  tbody: new Set(["tr"]),
  tfoot: new Set(["tr"]),
  tr: new Set(["td", "th"]),
  colgroup: new Set(["col"]),
};

/** Characters the parser's input stream rewrites (CR, CRLF) or drops (NUL). */
const REWRITTEN = /[\r\0]/;
const NOT_WHITESPACE = /[^\t\n\f\r ]/;

/** What an element's descendants inherit: the open elements the parser would close or re-nest. */
const IN_P = 1;
const IN_A = 2;
const IN_LI = 4;
const IN_DD_DT = 8;
/** The rest of an element's entry is its depth below `root`. */
const DEPTH_UNIT = 16;

const SHOW_ALL = 0xffffffff;

/**
 * True when `root`'s content certainly re-parses (innerHTML in a <div>) to the same tree.
 * `allowed`: the element names the sanitizer keeps (all HTML, none raw-text or foreign).
 */
export function isParserStable(root: Element, allowed: ReadonlySet<string>): boolean {
  const inherited = new Map<Node, number>([[root, 0]]);
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ALL);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode as Element;
    const parentName = parent === root ? "" : parent.localName;
    if (node.nodeType === 3) {
      const text = (node as Text).data;
      if (REWRITTEN.test(text)) return false;
      if (parentName in ALLOWED_CHILDREN && NOT_WHITESPACE.test(text)) return false; // foster-parented
      if (parentName === "pre" && node === parent.firstChild && text.startsWith("\n")) return false; // eaten by the parser
      continue;
    }
    if (node.nodeType !== 1) return false; // comments, processing instructions: not ours to vouch for
    const el = node as Element;
    const name = el.localName;
    if (el.namespaceURI !== XHTML || !allowed.has(name)) return false;
    if (VOID.has(name) && el.firstChild) return false;
    const required = REQUIRED_PARENT[name];
    if (required && !required.includes(parentName)) return false;
    const children = ALLOWED_CHILDREN[parentName];
    if (children && !children.has(name)) return false;
    for (const attr of Array.from(el.attributes)) {
      // The parser lower-cases names and rewrites CR and NUL in values.
      if (attr.namespaceURI !== null || attr.name !== attr.name.toLowerCase() || REWRITTEN.test(attr.value)) return false;
    }

    const above = inherited.get(parent)!;
    if (above & IN_P && CLOSES_PARAGRAPH.has(name)) return false;
    if (above & IN_A && name === "a") return false;
    if (above & IN_LI && name === "li") return false;
    if (above & IN_DD_DT && (name === "dd" || name === "dt")) return false;
    if (HEADINGS.has(name) && HEADINGS.has(parentName)) return false;

    let flags = above + DEPTH_UNIT;
    if (flags / DEPTH_UNIT > MAX_DEPTH) return false;
    if (name === "p") flags |= IN_P;
    if (name === "a") flags |= IN_A;
    if (name === "li") flags |= IN_LI;
    else if (name === "ol" || name === "ul") flags &= ~IN_LI;
    if (name === "dd" || name === "dt") flags |= IN_DD_DT;
    else if (name === "dl") flags &= ~IN_DD_DT;
    inherited.set(el, flags);
  }
  return true;
}
