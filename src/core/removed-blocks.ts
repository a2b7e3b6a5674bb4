/**
 * Finds, in the live page, the blocks the clutter step removed (Article.removed records only
 * their text and reason), so the reader can reveal them inline for the user to audit.
 * DOM-pure: matches each record's text against the page's block elements and returns the
 * block's sanitized HTML plus the text of the block that preceded it (where to put it back).
 */
import type { RemovedBlock } from "./article.js";
import { sanitizeHtml } from "./sanitize-html.js";

export interface RemovedBlockSource {
  /** Sanitized HTML of the block as it was on the page. */
  html: string;
  /** The start of the text block just before it on the page, or null when there is none. */
  anchorText: string | null;
}

const BLOCKS = "p, div, aside, section, ul, ol, form, figure, h2, h3, h4, h5, h6, blockquote, nav, footer";
const LEAVES = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre";
const ANCHOR_CHARS = 60;

export function normaliseText(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

function innermost(matches: Element[]): Element | undefined {
  return matches.find((candidate) => !matches.some((other) => other !== candidate && candidate.contains(other)));
}

/** Widens a match to the outermost wrapper that holds exactly the same text (the removed element may be that wrapper). */
function widen(el: Element, body: Element): Element {
  let current = el;
  const text = normaliseText(el.textContent);
  while (current.parentElement && current.parentElement !== body && current.parentElement.matches(BLOCKS) && normaliseText(current.parentElement.textContent) === text) {
    current = current.parentElement;
  }
  return current;
}

/** The last text block before `el` in document order that is not inside it. */
function precedingLeaf(el: Element): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const leaves = sibling.matches(LEAVES) ? [sibling] : Array.from(sibling.querySelectorAll(LEAVES));
      for (let i = leaves.length - 1; i >= 0; i--) {
        if (normaliseText(leaves[i]!.textContent).length >= 20) return leaves[i]!;
      }
    }
  }
  return null;
}

/** One entry per removed record, in order: where it is on the page, or null when it cannot be found. */
export function locateRemovedBlocks(doc: Document, removed: readonly RemovedBlock[]): Array<RemovedBlockSource | null> {
  const body = doc.body;
  const win = doc.defaultView;
  if (!body || !win) return removed.map(() => null);
  const candidates = Array.from(body.querySelectorAll(BLOCKS));
  const used = new Set<Element>();
  return removed.map((block) => {
    if (!block.text) return null;
    const probe = block.text.slice(0, 20);
    const matches = candidates.filter((candidate) => {
      if (used.has(candidate) || !(candidate.textContent ?? "").replace(/\s+/g, " ").includes(probe)) return false;
      return normaliseText(candidate.textContent).slice(0, 120) === block.text;
    });
    const inner = innermost(matches);
    if (!inner) return null;
    const match = widen(inner, body);
    used.add(match);
    for (const inside of Array.from(match.querySelectorAll(BLOCKS))) used.add(inside);
    const anchor = precedingLeaf(match);
    return {
      html: sanitizeHtml(match.outerHTML, win as Window & typeof globalThis),
      anchorText: anchor ? normaliseText(anchor.textContent).slice(0, ANCHOR_CHARS) : null,
    };
  });
}
