/**
 * Collapses runs of HTML whitespace in an article's text nodes to one space (one newline when
 * the run held one), outside <pre>. The reader renders with `white-space: normal`, where such a
 * run shows as one space anyway, so nothing visible changes; but CMS templates indent articles
 * with kilobytes of tabs and newlines, which every later step pays for: the sanitizer's
 * fixed-point re-parse (jsdom's parser appends whitespace one character at a time), the stored
 * copy in the library, exports.
 */

/** Two or more of the characters HTML's white-space: normal collapses (not U+00A0). */
const RUN = /[\t\n\f\r ]{2,}/g;

/** Elements whose whitespace is content. */
const PRESERVING = new Set(["pre", "textarea", "listing", "plaintext", "xmp"]);

const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** Rewrites the text under `root` in place; returns how many characters it removed. */
export function compactWhitespace(root: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) => (PRESERVING.has((node as Element).localName) ? FILTER_REJECT : FILTER_ACCEPT),
  });
  let removed = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const text = node.nodeValue!;
    RUN.lastIndex = 0;
    if (!RUN.test(text)) continue;
    const compact = text.replace(RUN, (run) => (run.includes("\n") ? "\n" : " "));
    removed += text.length - compact.length;
    node.nodeValue = compact;
  }
  return removed;
}
