/**
 * Plain text of an article tree with paragraph breaks kept: Node.textContent glues
 * "<p>end.</p><p>Start</p>" into "end.Start", which breaks word counts, search and diffs.
 */

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
  "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
  "main", "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
]);

export function textWithBreaks(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? "");
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = (node as Element).localName;
    const block = name !== undefined && BLOCK.has(name);
    if (block) parts.push("\n");
    if (name === "td" || name === "th") parts.push(" ");
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push("\n");
  };
  walk(root);
  return parts
    .join("")
    .replace(/[ \t\u00a0\r\f\v]+/g, " ")
    .replace(/ ?\n[\s]*/g, "\n")
    .trim();
}
