/**
 * Plain text of an article tree with paragraph breaks kept: Node.textContent glues
 * "<p>end.</p><p>Start</p>" into "end.Start", which breaks word counts, search and diffs.
 */

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
  "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
  "main", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
]);

function opening(node: Node): string {
  const name = (node as Element).localName;
  if (!name) return "";
  return BLOCK.has(name) ? "\n" : name === "td" || name === "th" ? " " : "";
}

function closing(node: Node): string {
  const name = (node as Element).localName;
  return name && BLOCK.has(name) ? "\n" : "";
}

/**
 * Walks the tree iteratively, not recursively: pages can nest elements thousands of levels
 * deep, which would overflow the call stack of a recursive walk. `skip` leaves an element's
 * text out (a skipped block still ends with a break, so its neighbours do not run together).
 */
export function textWithBreaks(root: Node, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  let node: Node | null = root;
  while (node) {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? "");
    else if (node.nodeType === 1 || node.nodeType === 11) {
      parts.push(opening(node));
      if (node.firstChild && !(skip && node !== root && node.nodeType === 1 && skip(node as Element))) {
        node = node.firstChild;
        continue;
      }
      parts.push(closing(node));
    }
    // Climb out of every ancestor this node is the last child of, closing each.
    while (node !== root && !node.nextSibling && node.parentNode) {
      node = node.parentNode;
      parts.push(closing(node));
    }
    node = node === root ? null : node.nextSibling;
  }
  return parts
    .join("")
    .replace(/[ \t\u00a0\r\f\v]+/g, " ")
    .replace(/ ?\n[\s]*/g, "\n")
    .trim();
}
