/**
 * Kickers and section labels ("Politics", "World", "EXCLUSIVE", "Meinung") printed above a
 * headline: once the headline is in the reader's header, the label is left as the article's
 * first paragraph. Precision first, so a block is a kicker only when all of these hold:
 * it comes before the first prose paragraph with no other text before it (or only other
 * kickers), it is 1–3 words with no sentence punctuation, and something marks it as a label:
 * it is a known section name (the table below), or written in capitals, or wholly a link (to
 * its section), or named like one in its class (kicker, eyebrow, Dachzeile, surtitre…).
 * A heading is a kicker only by the table or its class name: a short heading above the first
 * paragraph may be the text's own subheading.
 */
import type { RemovedBlock } from "../article.js";
import { ancestorNamed, collapse, labelText, LeafBlocks, linkDensity, mediaIn, removeBlock, widen, words } from "./tidy-blocks.js";

const FIGURE_TAG: ReadonlySet<string> = new Set(["figure"]);

export const KICKER_REASON = "kicker";

export const MAX_KICKER_WORDS = 3;
export const MAX_KICKER_CHARS = 32;

/** Section names that papers print as kickers, lower-case, per language. */
export const SECTION_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "news", "world", "world news", "uk", "us", "us news", "uk news", "europe", "asia", "africa", "americas", "middle east",
    "politics", "business", "economy", "money", "markets", "technology", "tech", "science", "health", "environment",
    "climate", "climate crisis", "sport", "sports", "football", "culture", "arts", "entertainment", "lifestyle", "travel",
    "food", "opinion", "comment", "analysis", "editorial", "exclusive", "breaking", "breaking news", "live", "local",
    "national", "international", "education", "weather", "space", "investigation", "investigations", "feature",
    "features", "explainer", "review", "interview", "obituary", "science & environment", "tech & science",
  ],
  de: [
    "politik", "wirtschaft", "ausland", "inland", "deutschland", "sport", "kultur", "wissen", "wissenschaft", "meinung",
    "kommentar", "gesundheit", "panorama", "digital", "reise", "exklusiv", "analyse", "regional", "lokales", "feuilleton",
    "finanzen", "leben", "gesellschaft", "technik", "klima", "nachrichten", "eilmeldung", "interview",
  ],
  fr: [
    "politique", "monde", "international", "économie", "société", "culture", "sport", "sports", "sciences", "santé",
    "opinion", "opinions", "éditorial", "tribune", "exclusif", "analyse", "planète", "france", "faits divers", "idées",
    "environnement", "actualité", "entretien", "décryptage",
  ],
  es: [
    "política", "internacional", "economía", "sociedad", "cultura", "deportes", "ciencia", "salud", "opinión", "tribuna",
    "exclusiva", "análisis", "nacional", "mundo", "tecnología", "medio ambiente", "españa", "última hora", "entrevista",
  ],
  it: [
    "politica", "esteri", "cronaca", "economia", "cultura", "sport", "scienza", "salute", "opinioni", "commento",
    "editoriale", "esclusiva", "analisi", "mondo", "italia", "tecnologia", "ambiente", "intervista",
  ],
  pt: [
    "política", "mundo", "economia", "sociedade", "cultura", "desporto", "esporte", "esportes", "ciência", "saúde",
    "opinião", "exclusivo", "análise", "tecnologia", "ambiente", "nacional", "internacional", "brasil", "portugal",
    "entrevista",
  ],
  nl: [
    "politiek", "binnenland", "buitenland", "economie", "cultuur", "sport", "wetenschap", "gezondheid", "opinie", "column",
    "exclusief", "analyse", "tech", "klimaat", "nieuws", "interview",
  ],
};

const SECTIONS: ReadonlySet<string> = new Set(Object.values(SECTION_LABELS).flat());

/** Class / id names that papers give their kickers. */
export const KICKER_NAMES = /kicker|eyebrow|overline|over-line|rubric|section-?label|section-?name|category|topline|dachzeile|spitzmarke|surtitre|sur-titre|antetitulo|antetítulo|cintillo|occhiello|sovratitolo|chapeu|chapéu|bovenkop|label/iu;

const HEADING = /^h[1-6]$/;

function namedLikeKicker(el: Element): boolean {
  for (let node: Element | null = el; node && !node.matches("article, main, body"); node = node.parentElement) {
    if (KICKER_NAMES.test(`${node.getAttribute("class") ?? ""} ${node.getAttribute("id") ?? ""}`)) return true;
    if (node.parentElement && collapse(node.parentElement.textContent) !== collapse(el.textContent)) break;
  }
  return false;
}

/** Whether `el` (a block before the first prose paragraph) reads as a kicker or section label. */
export function isKicker(el: Element): boolean {
  const text = collapse(el.textContent);
  const count = words(text).length;
  if (count < 1 || count > MAX_KICKER_WORDS || text.length > MAX_KICKER_CHARS) return false;
  if (/[.!?;:,"“”«»„]/u.test(text) || mediaIn(el).length > 0 || ancestorNamed(el, FIGURE_TAG)) return false;
  const known = SECTIONS.has(labelText(text));
  if (HEADING.test(el.localName)) return known || namedLikeKicker(el);
  const capitals = /\p{L}{3}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
  return known || capitals || linkDensity(el) >= 0.9 || namedLikeKicker(el);
}

/** Removes the kickers that open the article and returns what was removed. */
export function dropKickers(root: Element, leaves = new LeafBlocks(root)): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const block of leaves.head()) {
    if (!isKicker(block)) break;
    removeBlock(widen(block, root), KICKER_REASON, removed);
  }
  return removed;
}
