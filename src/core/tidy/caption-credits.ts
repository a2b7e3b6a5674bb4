/**
 * Picture credits are the picture's small print, not the article's text. The reader keeps them
 * under the picture, in a <small> of the caption (HTML's element for attribution), and leaves
 * them out of the article's plain text: word count, reading time, search, the CLI's
 * `textContent`. This step puts every credit of a caption into such a <small>: a caption that
 * is only a credit ("Foto: dpa"), and a credit that ends a caption ("Odermatt at the finish.
 * © AFP / Jane Doe"), which is split off its caption. A short paragraph right after (or before)
 * a bare picture that ends with a credit is that picture's caption: the two become a figure. A
 * picture credit left standing as a line of its own ("Titelbild: Jane Doe/dpa") is small print
 * too; a data source ("Source: Eurostat") is not a picture's and stays text.
 * `isPictureCredit` is the one test both this step and the plain text use.
 */
import { elementsUnder } from "../elements-under.js";
import { isImageCredit } from "./image-credits.js";
import { ancestorNamed, collapse, leafBlocks, mediaIn, words } from "./tidy-blocks.js";

const CAPTION: ReadonlySet<string> = new Set(["figcaption"]);

/** How much of a caption's end is searched for a credit (credits are at most 120 characters, spaces aside). */
export const CREDIT_TAIL_CHARS = 400;

/** Longest paragraph, in words, that can be a bare picture's caption (the credit included). */
export const MAX_CAPTION_WORDS = 45;

/**
 * Where a credit can start inside a caption: a copyright sign, a credit label ("Foto:",
 * "Credit:", "Crédits photos :"), "Photo by", an opening parenthesis, or a word after a full
 * stop, a bar or a dash (where an agency's name follows the caption: ". AFP / Jane Doe").
 */
const CREDIT_START =
  /©|\(c\)|\((?=\s{0,3}\S)|(?<=[.!?|–—]\s{0,3})\p{Lu}|\b(?:photos?|photograph(?:ed)?|pictures?|images?|fotos?|bild(?:er)?|fotograf[íi]a|imagen|imagem|immagine|afbeelding|beeld|credits?|crédits?|créditos?|crediti|credito|bildnachweis|bildquelle|fotonachweis|getty|reuters|afp|dpa|epa|shutterstock|keystone|imago)\b/giu;

/** The offset in `text` where a trailing credit starts, or -1 (the earliest start whose rest is one credit). */
export function trailingCreditStart(text: string): number {
  if (!collapse(text)) return -1;
  // A credit is at most 120 characters (isImageCredit), so only the caption's tail is read:
  // a huge caption costs one pass over its last few hundred characters, not one per candidate.
  const from = Math.max(0, text.length - CREDIT_TAIL_CHARS);
  for (const match of text.slice(from).matchAll(CREDIT_START)) {
    const at = from + match.index;
    const before = collapse(text.slice(0, at));
    if (at === 0 || !before) continue;
    // A credit label mid-sentence ("a photo of the photo: the print") is prose: a label or an
    // agency starts a credit only after the caption's own sentence or clause has ended.
    if (!/^(?:©|\()/u.test(match[0]) && !/[.!?;:,|–—)]$/u.test(before)) continue;
    if (isImageCredit(text.slice(at))) return at;
  }
  return -1;
}

/**
 * Whether `el` is a picture's credit as this step leaves it: a caption whose whole text is a
 * credit, or a <small> whose whole text is one. The article's plain text skips it.
 */
export function isPictureCredit(el: Element): boolean {
  return (el.localName === "figcaption" || el.localName === "small") && isImageCredit(el.textContent ?? "");
}

/** A credit line that names a source of data ("Source: Eurostat", "Quelle: …") is the article's, not a picture's. */
const SOURCE_LINE = /^\(?\s*(?:source|sources|quelle|quellen|fonte|fuente|fuentes|bron)\s*:/iu;

/** The text node and offset at character `offset` of `el`'s textContent. */
function pointAt(el: Element, offset: number): { node: Text; offset: number } | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset < seen + node.data.length) return { node, offset: offset - seen };
    seen += node.data.length;
  }
  return null;
}

/** Moves everything of `block` from character `offset` to its end into a <small> at its end. */
function splitOff(block: Element, offset: number): void {
  const start = pointAt(block, offset);
  if (!start) return;
  const range = block.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(block, block.childNodes.length);
  const small = block.ownerDocument.createElement("small");
  small.append(range.extractContents());
  block.append(small);
}

/** Puts the credit of one caption-like block (its whole text, or its tail) into a <small>; true when it did. */
function markCredit(block: Element): boolean {
  const text = block.textContent ?? "";
  if (isImageCredit(text)) {
    const only = block.children.length === 1 && block.firstElementChild!.localName === "small" && collapse(block.firstElementChild!.textContent) === collapse(text);
    if (block.localName === "figcaption" || only) return false;
    const small = block.ownerDocument.createElement("small");
    small.append(...Array.from(block.childNodes));
    block.append(small);
    return true;
  }
  const at = trailingCreditStart(text);
  if (at < 0) return false;
  // Already split (the credit starts at, or inside, the <small> that ends the block): nothing to do.
  const last = block.lastElementChild;
  if (last?.localName === "small" && !collapse(text.slice(text.lastIndexOf(last.textContent ?? "") + (last.textContent ?? "").length))) {
    const smallStart = text.lastIndexOf(last.textContent ?? "");
    if (at >= smallStart || !collapse(text.slice(at, smallStart))) return false;
  }
  splitOff(block, at);
  return true;
}

/** The innermost block of a caption that holds text (the caption itself when it has no block inside). */
function captionBlocks(caption: Element): Element[] {
  const inner = Array.from(elementsUnder(caption)).filter((el) => el.localName === "p" || el.localName === "div");
  const leaves = inner.filter((el) => !inner.some((other) => other !== el && el.contains(other)) && collapse(el.textContent));
  return leaves.length ? leaves : [caption];
}

function isBarePicture(el: Element | null): el is Element {
  if (!el || el.localName === "figure") return false;
  if (el.localName === "img" || el.localName === "picture") return true;
  const media = mediaIn(el).filter((m) => m.localName !== "picture");
  return media.length === 1 && media[0]!.localName === "img" && collapse(el.textContent) === "";
}

/** A short paragraph ending with a credit, next to a bare picture, becomes that picture's figcaption. */
function figureFromCaptionParagraph(paragraph: Element): boolean {
  if (paragraph.localName !== "p") return false;
  // The bare picture beside it first: most paragraphs have none, and the text tests cost more.
  const before = paragraph.previousElementSibling;
  const picture = isBarePicture(before) ? before : isBarePicture(paragraph.nextElementSibling) ? paragraph.nextElementSibling : null;
  if (!picture || ancestorNamed(paragraph, CAPTION) || mediaIn(paragraph).length) return false;
  const text = collapse(paragraph.textContent);
  if (words(text).length > MAX_CAPTION_WORDS || trailingCreditStart(paragraph.textContent ?? "") < 0) return false;
  const doc = paragraph.ownerDocument;
  const figure = doc.createElement("figure");
  const caption = doc.createElement("figcaption");
  picture.replaceWith(figure);
  caption.append(...Array.from(paragraph.childNodes));
  paragraph.remove();
  figure.append(picture, caption);
  markCredit(caption);
  return true;
}

/** Puts every caption's credit into a <small>, and a picture credit standing alone as a line; returns how many it marked. */
export function markCaptionCredits(root: Element): number {
  let marked = 0;
  // A credit line left where it was (no picture next to it: foldImageCredits moved the others).
  for (const leaf of leafBlocks(root)) {
    const text = leaf.textContent ?? "";
    if (ancestorNamed(leaf, CAPTION) || !isImageCredit(text) || SOURCE_LINE.test(collapse(text))) continue;
    if (markCredit(leaf)) marked++;
  }
  for (const paragraph of Array.from(elementsUnder(root)).filter((el) => el.localName === "p")) {
    if (root.contains(paragraph) && figureFromCaptionParagraph(paragraph)) marked++;
  }
  for (const caption of Array.from(elementsUnder(root)).filter((el) => el.localName === "figcaption")) {
    for (const block of captionBlocks(caption)) if (markCredit(block)) marked++;
  }
  return marked;
}
