/**
 * Image credits standing as body paragraphs: "(Image credit: NASA)", "Photo: Jane Doe/AP",
 * "Foto: dpa", "Crédit photo : AFP", "Reuters/Kevin Lamarque" printed next to a picture, which
 * Readability leaves as a paragraph of their own once the page's figure markup is gone. They
 * belong to the picture, so the credit is moved into that picture's figcaption (one is made,
 * and a bare image is wrapped in a figure, when missing), not dropped; nothing is removed,
 * so nothing is recorded. Screen-reader labels opening a caption ("Image caption, ") go too.
 * A credit-shaped line with no picture next to it stays where it is.
 */
import { elementsUnder } from "../elements-under.js";
import { collapsedLength } from "../text-counts.js";
import { ancestorNamed, collapse, leafBlocks, mediaIn, widen, words } from "./tidy-blocks.js";

const CAPTION: ReadonlySet<string> = new Set(["figcaption"]);
const FIGURE: ReadonlySet<string> = new Set(["figure"]);

/** Longest credit line, in words. */
export const MAX_CREDIT_WORDS = 14;
/** Longest credit line, in characters (whitespace collapsed). */
export const MAX_CREDIT_CHARS = 120;

/** Credit shapes, tried on the block's whole text (trimmed, case-insensitive). */
export const CREDIT_PATTERNS: readonly RegExp[] = [
  // "(Image credit: NASA)", "Photo credit: …", "Credit: …", "Credits: …", "Bildnachweis: …", "Crédit photo : …"
  /^\(?\s*(?:(?:image|photo|picture|video|illustration|header image|top image)\s+)?(?:credits?|source|crédits?(?:\s+photos?)?|créditos?(?:\s+(?:da\s+)?(?:foto|imagem))?|crediti|credito(?:\s+foto)?|bildnachweis|bildquelle|fotonachweis|quelle|fonte|fuente|bron|fotocredit|beeld)\s*:\s*\S/iu,
  // BBC's "Image source, Nasa" (a screen-reader label, then the credit)
  /^(?:image|photo|picture|video) (?:source|credit)s?\s*,\s*\S/iu,
  // "Photo: Jane Doe/AP", "Foto: dpa", "Bild: Keystone", "Fotografía: EFE", "Imagem: Lusa", "Beeld: ANP", "Photos : AFP"
  /^\(?\s*(?:photos?|photograph|picture|image|illustration|foto|fotos|bild|bilder|titelbild|titelfoto|beitragsbild|aufmacherbild|fotografía|fotografia|imagen|imagem|immagine|afbeelding|beeld)\s*:\s*\S/iu,
  // "Photo by Jane Doe", "Photograph by …", "Foto von …", "Foto di …", "Photo de …", "Fotografía de …" (a name follows)
  /^\(?\s*(?:[Pp]hoto(?:graph(?:ed)?)?s?|PHOTOS?|[Pp]ictures?|[Ii]mages?|[Ff]otos?|FOTOS?|[Ff]otograf[íi]a)\s+(?:by|von|di|de|por|door)\s+\p{Lu}/u,
  // "© NASA", "(c) Reuters"
  /^\(?\s*(?:©|\(c\))\s*\S/iu,
  // "Reuters", "Getty Images", "AFP via Getty Images", "Kevin Lamarque/Reuters", "AP Photo/Jane Doe"
  // (an optional name before a slash, an agency, an optional "via …" and name after a slash)
  /^\(?\s*(?:[\p{L}\p{N}.'&-]+(?:\s+[\p{L}\p{N}.'&-]+){0,4}\s*\/\s*)?(?:getty\s+images|getty|reuters|afp|ap|ap\s+photo|associated\s+press|epa|epa-efe|dpa|ansa|efe|anp|shutterstock|alamy|pa|pa\s+media|pa\s+wire|keystone|imago|imago\s+images|picture[\s-]+alliance|belga|lusa|europa\s+press|nasa|esa|unsplash|istock|bloomberg|xinhua|sipa|abaca)(?:\s+via\s+(?:getty\s+images|reuters|ap))?(?:\s*\/\s*[\p{L}\p{N}.'&-]+(?:\s+[\p{L}\p{N}.'&-]+){0,4})?\s*\)?$/iu,
];

/** Whether a block's whole text is an image credit. */
export function isImageCredit(text: string): boolean {
  // Collapsing then trimming shortens by at most the two edge spaces: most blocks are ruled out before a copy is made.
  if (collapsedLength(text) > MAX_CREDIT_CHARS + 2) return false;
  const line = collapse(text);
  if (!line || line.length > MAX_CREDIT_CHARS || words(line).length > MAX_CREDIT_WORDS) return false;
  // A sentence that tells of a credit ("Credit: the council approved …" has no shape of a name) is rare,
  // but a full stop inside the line (not at its end, not in an initial) marks prose: leave it.
  if (/[.!?]\s+\p{Ll}/u.test(line)) return false;
  // Nor can a credit hold a sentence that has ended ("Oil pumps at dusk. Jane Doe/Reuters" is a
  // caption and its credit): a word of small letters with a full stop, and more after it (the
  // line is trimmed, so a space after the stop has text after it).
  if (/\p{Ll}\p{Ll}[.!?]\s/u.test(line)) return false;
  return CREDIT_PATTERNS.some((pattern) => pattern.test(line));
}

function isImageOnly(el: Element): boolean {
  if (el.localName === "img" || el.localName === "picture") return true;
  return mediaIn(el).some((media) => media.localName === "img") && collapse(el.textContent) === "";
}

/** The picture a credit block belongs to: a figure or bare image right before it, else right after it. */
function pictureNextTo(block: Element): Element | null {
  const previous = block.previousElementSibling;
  if (previous && (previous.localName === "figure" || isImageOnly(previous))) return previous;
  const next = block.nextElementSibling;
  if (next && (next.localName === "figure" || isImageOnly(next))) return next;
  return null;
}

/** The figcaption of `figure`, made (last in the figure) when it has none. */
function captionOf(figure: Element): Element {
  const existing = Array.from(figure.children).find((child) => child.localName === "figcaption");
  if (existing) return existing;
  const caption = figure.ownerDocument.createElement("figcaption");
  figure.append(caption);
  return caption;
}

/** `picture` itself when it is a figure, else a new figure put in its place with `picture` inside. */
function figureFor(picture: Element): Element {
  if (picture.localName === "figure") return picture;
  const figure = picture.ownerDocument.createElement("figure");
  picture.replaceWith(figure);
  figure.append(picture);
  return figure;
}

/** Screen-reader labels that open a caption ("Image caption, …"): visible text in the reader, so they go. */
export const CAPTION_LABELS = /^\s*(?:image caption|caption|pie de foto|legenda da foto|legenda|bildunterschrift|légende)\s*[,:]\s*/iu;

/** Drops a caption label from the start of each figcaption that has text after it. */
export function dropCaptionLabels(root: Element): void {
  for (const caption of Array.from(elementsUnder(root)).filter((el) => el.localName === "figcaption")) {
    const walker = caption.ownerDocument.createTreeWalker(caption, 4);
    let first = walker.nextNode() as Text | null;
    while (first && !first.data.trim()) first = walker.nextNode() as Text | null;
    const match = first ? CAPTION_LABELS.exec(first.data) : null;
    if (!first || !match || !collapse(caption.textContent).slice(collapse(match[0]).length).trim()) continue;
    first.data = first.data.slice(match[0].length);
    const parent = first.parentElement;
    if (!first.data && parent && parent !== caption && !collapse(parent.textContent)) parent.remove();
  }
}

/** The outermost element around `media` inside `block` that holds no text (keeps a link or <picture> around the image). */
function pictureIn(block: Element, media: Element): Element {
  let picture = media.parentElement?.localName === "picture" ? media.parentElement : media;
  while (picture.parentElement && picture.parentElement !== block && collapse(picture.parentElement.textContent) === "") picture = picture.parentElement;
  return picture;
}

/** Whether the picture's own caption already carries this credit (then the line is left alone). */
function credited(picture: Element, credit: Element): boolean {
  const caption = Array.from(elementsUnder(picture)).find((el) => el.localName === "figcaption") ?? null;
  return caption !== null && collapse(caption.textContent).includes(collapse(credit.textContent));
}

/** Appends the credit's content to the caption, as a <small> after the caption's own text. */
function moveInto(caption: Element, credit: Element): void {
  const small = caption.ownerDocument.createElement("small");
  small.append(...Array.from(credit.childNodes));
  if (collapse(caption.textContent)) caption.append(" ");
  caption.append(small);
  credit.remove();
}

/** Moves image credits into their picture's figcaption; returns how many were moved. */
export function foldImageCredits(root: Element): number {
  dropCaptionLabels(root);
  let moved = 0;
  for (const leaf of leafBlocks(root)) {
    if (!isImageCredit(leaf.textContent ?? "") || !root.contains(leaf) || ancestorNamed(leaf, CAPTION)) continue;
    const block = widen(leaf, root);
    // What the block shows besides text (a <picture> counts by its <img>).
    const media = mediaIn(block).filter((el) => el.localName !== "picture");
    if (media.length === 1 && media[0]!.localName === "img") {
      // The picture and its credit in one wrapper: the credit goes to the caption of the figure
      // around them, or the wrapper becomes a figure with the credit as its caption.
      const picture = pictureIn(block, media[0]!);
      const enclosing = block.localName === "figure" ? block : (block.parentElement ? ancestorNamed(block.parentElement, FIGURE) : null);
      if (enclosing && root.contains(enclosing) && credited(enclosing, leaf)) continue;
      picture.remove();
      const credit = block.ownerDocument.createElement("span");
      credit.append(...Array.from(block.childNodes));
      block.append(picture);
      let figure = enclosing && root.contains(enclosing) ? enclosing : null;
      if (!figure) {
        figure = block.ownerDocument.createElement("figure");
        block.replaceWith(figure);
        figure.append(block.localName === "p" ? picture : block);
      }
      moveInto(captionOf(figure), credit);
      moved++;
      continue;
    }
    if (media.length > 0) continue;
    // Inside a figure but outside its caption: into that figure's caption.
    const figure = (block.parentElement ? ancestorNamed(block.parentElement, FIGURE) : null);
    if (figure && root.contains(figure)) {
      if (credited(figure, leaf)) continue;
      moveInto(captionOf(figure), block);
      moved++;
      continue;
    }
    const picture = pictureNextTo(block);
    if (!picture || credited(picture, leaf)) continue;
    moveInto(captionOf(figureFor(picture)), block);
    moved++;
  }
  return moved;
}
