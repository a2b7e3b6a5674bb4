/**
 * Collapses runs of HTML whitespace in an article's text nodes to one space (one newline when
 * the run held one), outside <pre>. The reader renders with `white-space: normal`, where such a
 * run shows as one space anyway, so nothing visible changes; but CMS templates indent articles
 * with kilobytes of tabs and newlines, which every later step pays for: the sanitizer's
 * fixed-point re-parse (jsdom's parser appends whitespace one character at a time), the stored
 * copy in the library, exports.
 *
 * Whitespace-only text between two blocks (or between a block and the start or end of its
 * block parent) renders as nothing at all, so it is removed rather than shrunk: templates put
 * one such node between every pair of paragraphs, list items and table cells, and each later
 * step walks it (the sanitizer walks the tree several times). Whitespace next to inline
 * content is kept (one space), since there it can be the space between two words.
 */

/** Two or more of the characters HTML's white-space: normal collapses (not U+00A0). */
const RUN = /[\t\n\f\r ]{2,}/g;

/** Elements whose whitespace is content. */
const PRESERVING = new Set(["pre", "textarea", "listing", "plaintext", "xmp"]);

/**
 * Elements laid out as blocks by the reader: whitespace beside them is not rendered. (Not table
 * parts: the article's text separates cells by the whitespace between them.)
 */
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol",
  "p", "pre", "section", "summary", "ul",
]);

/** True when `node` is absent or a block-level element. */
const isBlockOrNone = (node: Node | null): boolean => !node || (node.nodeType === 1 && BLOCKS.has((node as Element).localName));

/** Whitespace-only text that renders as nothing: its parent and both neighbours are blocks (or none). */
function isBetweenBlocks(text: Node, root: Element): boolean {
  const parent = text.parentNode as Element | null;
  if (!parent || (parent !== root && !BLOCKS.has(parent.localName))) return false;
  return isBlockOrNone(text.previousSibling) && isBlockOrNone(text.nextSibling);
}

const WHITESPACE_ONLY = /^[\t\n\f\r ]*$/;

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** Rewrites the text under `root` in place; returns how many characters it removed. */
export function compactWhitespace(root: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) => (PRESERVING.has((node as Element).localName) ? FILTER_REJECT : FILTER_ACCEPT),
  });
  let removed = 0;
  const between: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const text = node.nodeValue!;
    if (WHITESPACE_ONLY.test(text) && isBetweenBlocks(node, root)) {
      between.push(node);
      continue;
    }
    RUN.lastIndex = 0;
    if (!RUN.test(text)) continue;
    const compact = text.replace(RUN, (run) => (run.includes("\n") ? "\n" : " "));
    removed += text.length - compact.length;
    node.nodeValue = compact;
  }
  // Removed after the walk, which a removal under its current node would cut short.
  for (const node of between) {
    removed += node.nodeValue!.length;
    node.parentNode!.removeChild(node);
  }
  return removed;
}
