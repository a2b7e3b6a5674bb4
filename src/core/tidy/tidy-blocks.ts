/**
 * What the tidy steps share: the article's text blocks in document order (the innermost
 * block elements that carry text), their normalised text, where the prose starts, and the
 * removal record. The steps judge short standalone blocks only, so a block is a leaf here:
 * a wrapper with the same text is taken with it (widen), never a block with more text.
 */
import type { RemovedBlock } from "../article.js";

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "header", "footer", "section", "aside",
  "blockquote", "address", "dt", "dd", "figure", "video", "audio", "table", "ul", "ol", "dl", "pre", "main",
  "article", "nav", "details", "summary", "tr", "td", "th", "picture",
]);

/** Content a reader sees that is not text: a wrapper holding one of these is never taken for a label. */
export const MEDIA_SELECTOR = "img, picture, svg, iframe, embed, object, canvas";

export function collapse(text: string | null | undefined): string {
  return (text ?? "").replace(/[\s\u00a0]+/g, " ").trim();
}

/** The text of `el` with a space at every block boundary ("<p>Jane Doe</p><p>Editor</p>" → "Jane Doe Editor"). */
export function blockText(el: Element): string {
  let text = "";
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1) {
      const block = BLOCK_TAGS.has((node as Element).localName) || (node as Element).localName === "br";
      if (block) text += " ";
      for (const child of Array.from(node.childNodes)) walk(child);
      if (block) text += " ";
    }
  };
  walk(el);
  return collapse(text);
}

/** Lower-cased, typographic quotes straightened, surrounding punctuation, dashes and bullets trimmed. */
export function labelText(text: string | null | undefined): string {
  return collapse(text)
    .normalize("NFC")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
}

/** Letters and digits only, words separated by one space: for comparing a block with the title or byline. */
export function wordKey(text: string | null | undefined): string {
  return collapse(text).normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function hasTextBlockInside(el: Element): boolean {
  for (const child of Array.from(el.querySelectorAll("*"))) {
    if (BLOCK_TAGS.has(child.localName) && collapse(child.textContent)) return true;
  }
  return false;
}

/** Innermost block elements with text under `root`, in document order. */
export function leafBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll("*")).filter(
    (el) => BLOCK_TAGS.has(el.localName) && collapse(el.textContent) !== "" && !hasTextBlockInside(el),
  );
}

/**
 * The outermost wrapper of `el` below `root` with no media that `el` lacks and whose text is
 * `el`'s own (or, given `accepts`, text that `accepts` still judges the same way).
 */
export function widen(el: Element, root: Element, accepts?: (text: string) => boolean): Element {
  let current = el;
  const text = collapse(el.textContent);
  const ownMedia = el.querySelectorAll(MEDIA_SELECTOR).length;
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    const upText = accepts ? blockText(up) : collapse(up.textContent);
    if (!BLOCK_TAGS.has(up.localName) || !(upText === text || (accepts !== undefined && accepts(upText)))) break;
    if (up.querySelectorAll(MEDIA_SELECTOR).length !== ownMedia) break;
    current = up;
  }
  return current;
}

export function linkDensity(el: Element): number {
  const total = collapse(el.textContent).length;
  if (!total) return 0;
  const linked = Array.from(el.querySelectorAll("a")).reduce((sum, a) => sum + collapse(a.textContent).length, 0);
  return Math.min(1, linked / total);
}

const PROSE_TAGS: ReadonlySet<string> = new Set(["p", "div", "li", "blockquote", "dd", "section", "td", "pre"]);

/** A paragraph of the article's own text: long enough, several words, mostly not links. */
export function isProse(el: Element): boolean {
  if (!PROSE_TAGS.has(el.localName) || el.closest("figcaption, figure")) return false;
  const text = collapse(el.textContent);
  return text.length >= 80 && words(text).length >= 12 && linkDensity(el) < 0.5;
}

/** The leaf blocks before the article's first prose paragraph (none when there is no prose). */
export function headBlocks(root: Element): Element[] {
  const blocks = leafBlocks(root);
  const first = blocks.findIndex(isProse);
  return first < 0 ? [] : blocks.slice(0, first);
}

/** Records `el` in `removed` (first 120 characters of its text) and takes it out of the article. */
export function removeBlock(el: Element, reason: string, removed: RemovedBlock[]): void {
  removed.push({ text: collapse(el.textContent).slice(0, 120), reason });
  el.remove();
}
