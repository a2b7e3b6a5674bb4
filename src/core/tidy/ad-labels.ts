/**
 * "Advertisement", "Anzeige", "Publicité" left standing where an ad slot was emptied: a label
 * the reader would show above nothing. A block whose WHOLE text (trimmed of dashes, bullets
 * and punctuation) is one of these labels goes, anywhere in the article; a sentence that
 * mentions advertising is never a whole-block match, so it stays.
 */
import type { RemovedBlock } from "../article.js";
import { labelText, LeafBlocks, mediaIn, removeBlock, widen } from "./tidy-blocks.js";

export const AD_LABEL_REASON = "advertisement";

/** Whole-block ad labels, lower-case, per language. */
export const AD_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "advertisement", "advertisements", "advert", "advertising", "ad", "ads", "sponsored", "sponsored content",
    "paid content", "paid post", "promoted", "promoted content", "advertisement scroll to continue",
    "scroll to continue with content", "story continues below advertisement", "article continues below advertisement",
    "article continues after advertisement", "continue reading after the ad", "ad feature",
  ],
  de: ["anzeige", "anzeigen", "werbung", "gesponsert", "sponsored post", "artikel wird nach der anzeige fortgesetzt", "weiter nach der anzeige", "lesen sie nach der anzeige weiter"],
  fr: ["publicité", "contenu sponsorisé", "contenu partenaire", "la suite après la publicité", "article sponsorisé"],
  es: ["publicidad", "anuncio", "contenido patrocinado", "patrocinado", "sigue leyendo después del anuncio", "continúa leyendo después de la publicidad"],
  it: ["pubblicità", "annuncio", "contenuto sponsorizzato", "sponsorizzato", "continua a leggere dopo la pubblicità"],
  pt: ["publicidade", "anúncio", "patrocinado", "conteúdo patrocinado", "continua depois da publicidade", "continua após a publicidade"],
  nl: ["advertentie", "advertenties", "gesponsord", "gesponsorde inhoud", "lees verder na de advertentie"],
};

/** Longest raw block text worth normalising: the longest label with room for whitespace and markup text. */
const MAX_LABEL_SOURCE_CHARS = 400;

const LABELS: ReadonlySet<string> = new Set(Object.values(AD_LABELS).flat());

/** Whether the text of a whole block is an ad label. */
export function isAdLabel(text: string): boolean {
  if (text.length > MAX_LABEL_SOURCE_CHARS) return false;
  return LABELS.has(labelText(text).replace(/[\s\p{P}\p{S}]+/gu, " ").trim());
}

/** Removes standalone ad label blocks from the article and returns what was removed. */
export function dropAdLabels(root: Element, leaves = new LeafBlocks(root)): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const block of leaves.get()) {
    if (!isAdLabel(block.textContent ?? "") || !root.contains(block) || mediaIn(block).length > 0) continue;
    removeBlock(widen(block, root), AD_LABEL_REASON, removed);
  }
  return removed;
}
