/**
 * Makes a sanitized article tree nest the way the HTML parser nests, so its markup re-parses
 * to the same tree. Readability builds trees no parser produces: it turns a <div> that holds
 * a heading into a <p>, and leaves table cells whose table it removed. Serialized and rendered
 * with innerHTML, such a <p> splits into empty paragraphs around the heading, and a stray <td>
 * loses its tag. Renaming those elements to <div> keeps every word and attribute, renders as
 * the page meant, and lets the sanitizer's fixed-point check pass on the first try (the slow
 * string path is then left for markup that is really odd).
 */
import { elementsUnder } from "./elements-under.js";

/** Start tags that close an open <p> (HTML "in body" insertion mode, no-quirks), among what the sanitizer keeps. */
export const CLOSES_PARAGRAPH: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "details", "div", "dl", "figcaption", "figure",
  "footer", "header", "main", "ol", "p", "section", "summary", "ul", "h1", "h2", "h3", "h4",
  "h5", "h6", "pre", "li", "dd", "dt", "table", "hr",
]);

/** Table parts the parser only keeps inside their proper parent. */
const PROPER_PARENTS: Record<string, readonly string[]> = {
  td: ["tr"],
  th: ["tr"],
  tr: ["table", "tbody", "thead", "tfoot"],
  tbody: ["table"],
  thead: ["table"],
  tfoot: ["table"],
  caption: ["table"],
  colgroup: ["table"],
};

/** Replace `el` by a <div> with the same attributes and children. */
function renameToDiv(el: Element): void {
  const div = el.ownerDocument.createElement("div");
  for (const attr of Array.from(el.attributes)) div.setAttribute(attr.name, attr.value);
  div.append(...Array.from(el.childNodes));
  el.replaceWith(div);
}

/** Rewrites the tree under `root` in place; returns how many elements became <div>. */
export function conformToParser(root: Element): number {
  // One pass in document order (no selector engine, no walk up deep chains): each element
  // knows the nearest <p> above it from its parent. A block element marks that <p>; an outer
  // <p> is marked in turn by the inner one, itself a block.
  const paragraphs = new Set<Element>();
  const strayParts: Element[] = [];
  const nearestParagraph = new Map<Element, Element | null>();
  for (const el of elementsUnder(root)) {
    const name = el.localName;
    const parent = el.parentElement!;
    const above = parent === root ? null : parent.localName === "p" ? parent : nearestParagraph.get(parent) ?? null;
    nearestParagraph.set(el, above);
    if (above && CLOSES_PARAGRAPH.has(name)) paragraphs.add(above);
    const parents = PROPER_PARENTS[name];
    if (parents && !parents.includes(el.parentElement?.localName ?? "")) strayParts.push(el);
  }
  for (const el of [...paragraphs, ...strayParts]) renameToDiv(el);
  return paragraphs.size + strayParts.length;
}
