/**
 * What the tidy steps share: the article's text blocks in document order (the innermost
 * block elements that carry text), their normalised text, where the prose starts, and the
 * removal record. The steps judge short standalone blocks only, so a block is a leaf here:
 * a wrapper with the same text is taken with it (widen), never a block with more text.
 */
import type { RemovedBlock } from "../article.js";
import { elementsUnder } from "../elements-under.js";

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption", "header", "footer", "section", "aside",
  "blockquote", "address", "dt", "dd", "figure", "video", "audio", "table", "ul", "ol", "dl", "pre", "main",
  "article", "nav", "details", "summary", "tr", "td", "th", "picture",
]);

/** Content a reader sees that is not text: a wrapper holding one of these is never taken for a label. */
export const MEDIA_TAGS: ReadonlySet<string> = new Set(["img", "picture", "svg", "iframe", "embed", "object", "canvas"]);

/** The media elements under `el` (a walk, not a selector: jsdom's selector engine is slow per call). */
export function mediaIn(el: Element): Element[] {
  const found: Element[] = [];
  for (const child of elementsUnder(el)) if (MEDIA_TAGS.has(child.localName)) found.push(child);
  return found;
}

/** The nearest ancestor of `el` (or `el`) with one of the tag names, or null. */
export function ancestorNamed(el: Element, names: ReadonlySet<string>): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) if (names.has(node.localName)) return node;
  return null;
}

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
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
      if (block) text += " ";
    }
  };
  walk(el);
  return collapse(text);
}

const EDGE = /[\s\p{P}\p{S}]/u;

/** Lower-cased, typographic quotes straightened, surrounding punctuation, dashes and bullets trimmed. */
export function labelText(text: string | null | undefined): string {
  const chars = Array.from(collapse(text).normalize("NFC").toLowerCase().replace(/[’‘]/g, "'"));
  // Trimmed by walking in from both ends (an end-anchored pattern would backtrack on long runs).
  let start = 0;
  let end = chars.length;
  while (start < end && EDGE.test(chars[start]!)) start++;
  while (end > start && EDGE.test(chars[end - 1]!)) end--;
  return chars.slice(start, end).join("");
}

/** Letters and digits only, words separated by one space: for comparing a block with the title or byline. */
export function wordKey(text: string | null | undefined): string {
  return collapse(text).normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * Innermost block elements with text under `root`, in document order. One bottom-up pass
 * (reverse document order visits children before parents), so deep pages stay linear.
 */
export function leafBlocks(root: Element): Element[] {
  const all = Array.from(elementsUnder(root));
  const hasText = new Set<Element>();
  const blockInside = new Set<Element>();
  const leaves: Element[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    let text = false;
    let inside = false;
    // Sibling links, not childNodes: jsdom indexes its live lists in O(n).
    for (let child = el.firstChild; child; child = child.nextSibling) {
      // (\S excludes U+00A0 already: a line of no-break spaces has no text.)
      if (child.nodeType === 3) text ||= /\S/.test((child as Text).data);
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (hasText.has(c)) {
          text = true;
          if (BLOCK_TAGS.has(c.localName)) inside = true;
        }
        if (blockInside.has(c)) inside = true;
      }
    }
    if (text) hasText.add(el);
    if (inside) blockInside.add(el);
    if (text && !inside && BLOCK_TAGS.has(el.localName)) leaves.push(el);
  }
  return leaves.reverse();
}

/**
 * The outermost wrapper of `el` below `root` with no media that `el` lacks and whose text is
 * `el`'s own (or, given `accepts`, text that `accepts` still judges the same way).
 */
export function widen(el: Element, root: Element, accepts?: (text: string) => boolean): Element {
  let current = el;
  const text = collapse(el.textContent);
  const ownMedia = mediaIn(el).length;
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    const upText = accepts ? blockText(up) : collapse(up.textContent);
    if (!BLOCK_TAGS.has(up.localName) || !(upText === text || (accepts !== undefined && accepts(upText)))) break;
    if (mediaIn(up).length !== ownMedia) break;
    current = up;
  }
  return current;
}

export function linkDensity(el: Element): number {
  const total = collapse(el.textContent).length;
  if (!total) return 0;
  let linked = 0;
  for (const child of elementsUnder(el)) if (child.localName === "a" && !ancestorNamed(child.parentElement!, LINK)) linked += collapse(child.textContent).length;
  return Math.min(1, linked / total);
}

const LINK: ReadonlySet<string> = new Set(["a"]);
const FIGURE: ReadonlySet<string> = new Set(["figure", "figcaption"]);

const PROSE_TAGS: ReadonlySet<string> = new Set(["p", "div", "li", "blockquote", "dd", "section", "td", "pre"]);

/** A paragraph of the article's own text: long enough, several words, mostly not links. */
export function isProse(el: Element): boolean {
  if (!PROSE_TAGS.has(el.localName) || ancestorNamed(el, FIGURE)) return false;
  const text = collapse(el.textContent);
  return text.length >= 80 && words(text).length >= 12 && linkDensity(el) < 0.5;
}

/**
 * The leaf blocks of one root (and those before its prose), found once and shared by the tidy
 * steps that run in a row, until one of them changes the tree: each step walked the whole
 * article for the same list, and most steps on most pages remove nothing.
 */
export class LeafBlocks {
  private all: Element[] | null = null;
  private before: Element[] | null = null;

  constructor(readonly root: Element) {}

  /** Every leaf block, in document order, as `leafBlocks(root)` gives them now. */
  get(): Element[] {
    return (this.all ??= leafBlocks(this.root));
  }

  /** The leaf blocks before the article's first prose paragraph (none when there is no prose). */
  head(): Element[] {
    if (!this.before) {
      const blocks = this.get();
      const first = blocks.findIndex(isProse);
      this.before = first < 0 ? [] : blocks.slice(0, first);
    }
    return this.before;
  }

  /** The tree changed: the lists are found again when next asked for. */
  changed(): void {
    this.all = null;
    this.before = null;
  }
}

/** Records `el` in `removed` (first 120 characters of its text) and takes it out of the article. */
export function removeBlock(el: Element, reason: string, removed: RemovedBlock[]): void {
  removed.push({ text: collapse(el.textContent).slice(0, 120), reason });
  el.remove();
}
