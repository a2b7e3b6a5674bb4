/**
 * Caps the element nesting of a jsdom document the way Chromium's HTML parser does: nothing is
 * nested deeper than 512 levels; deeper elements become siblings at the cap, in document order.
 * A browser never builds a deeper tree from markup, and jsdom's recursive cloneNode overflows
 * the call stack on a few thousand levels, so the CLI flattens before extracting and reads such
 * a page the way the extension sees it in the browser.
 */

/** Chromium's kMaximumHTMLParserDOMTreeDepth. */
export const MAX_PARSER_DEPTH = 512;

/**
 * Moves every descendant of `el` to be its direct child, in document order. Nodes are moved
 * deepest-last-first, so each one is a leaf when it moves: jsdom detaches and attaches subtrees
 * recursively, and moving a deep subtree whole would overflow the stack.
 */
function flatten(el: Element): void {
  const walker = el.ownerDocument.createTreeWalker(el);
  const nodes: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  let before: Node | null = null;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    el.insertBefore(node, before);
    before = node;
  }
}

/** Flattens what lies below `maxDepth`. Returns how many subtrees were flattened. Mutates `doc`. */
export function limitDepth(doc: Document, maxDepth = MAX_PARSER_DEPTH): number {
  let flattened = 0;
  const stack: Array<[Element, number]> = doc.documentElement ? [[doc.documentElement, 1]] : [];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth >= maxDepth - 1) {
      if (Array.from(el.children).some((child) => child.firstElementChild)) {
        flatten(el);
        flattened++;
      }
      continue;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return flattened;
}
