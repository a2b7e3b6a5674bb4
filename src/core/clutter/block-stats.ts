/**
 * One iterative post-order walk over the article that measures every element at once: text
 * length, link text length, whether it holds block children, a form or e-mail input, a button,
 * and its document-order range. The classifier reads these instead of re-walking each subtree
 * per candidate (which is quadratic on deep pages), and the walk has no recursion to overflow.
 */
import { collapsedLength } from "../text-counts.js";

export interface BlockStats {
  /** Length of the element's text, whitespace collapsed per text node. */
  chars: number;
  /** Length of the text inside links. */
  linkChars: number;
  hasBlockChild: boolean;
  hasForm: boolean;
  hasButton: boolean;
  /** Pre-order index of the element and of its last descendant. */
  start: number;
  end: number;
}

const BLOCK = new Set([
  "p", "div", "section", "article", "aside", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6",
  "blockquote", "figure", "form", "header", "footer", "nav", "pre",
]);

function isButtonLike(el: Element): boolean {
  const name = el.localName;
  if (name === "button") return true;
  if (name === "input") {
    const type = (el.getAttribute("type") ?? "").toLowerCase();
    return type === "submit" || type === "button";
  }
  if (el.getAttribute("role") === "button") return true;
  if (name === "a") return /btn|button|(?:^|[-_\s])cta(?:$|[-_\s])/i.test(el.getAttribute("class") ?? "");
  return false;
}

function isFormLike(el: Element): boolean {
  if (el.localName === "form") return true;
  if (el.localName !== "input") return false;
  return (el.getAttribute("type") ?? "").toLowerCase() === "email" || /mail/i.test(el.getAttribute("name") ?? "");
}

export function measureTree(root: Element): Map<Element, BlockStats> {
  const stats = new Map<Element, BlockStats>();
  let index = 0;
  // Iterative DFS: enter assigns `start`, exit folds the element into its parent.
  const stack: Array<{ el: Element; child: Element | null; entered: boolean }> = [{ el: root, child: null, entered: false }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (!frame.entered) {
      frame.entered = true;
      let chars = 0;
      for (let node = frame.el.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === 3) chars += collapsedLength(node.nodeValue ?? "");
      }
      stats.set(frame.el, {
        chars,
        linkChars: frame.el.localName === "a" ? chars : 0,
        hasBlockChild: false,
        hasForm: isFormLike(frame.el),
        hasButton: isButtonLike(frame.el),
        start: index++,
        end: 0,
      });
      frame.child = frame.el.firstElementChild;
    } else {
      frame.child = frame.child!.nextElementSibling;
    }
    if (frame.child) {
      stack.push({ el: frame.child, child: null, entered: false });
      continue;
    }
    stack.pop();
    const own = stats.get(frame.el)!;
    own.end = index - 1;
    const parent = stack[stack.length - 1];
    if (!parent) continue;
    const up = stats.get(parent.el)!;
    up.chars += own.chars;
    up.linkChars += parent.el.localName === "a" ? own.chars : own.linkChars;
    up.hasBlockChild ||= own.hasBlockChild || BLOCK.has(frame.el.localName);
    up.hasForm ||= own.hasForm;
    up.hasButton ||= own.hasButton;
  }
  return stats;
}
