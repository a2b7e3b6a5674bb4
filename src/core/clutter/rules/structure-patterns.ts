/**
 * Signal table: text shapes that identify page furniture by form rather than by wording:
 * datelines and bylines, photo-gallery controls, copyright footers, donation amount pickers.
 * They only count for short blocks, and (for datelines) only before the article's first
 * paragraph of prose; see classify-block.ts.
 */

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?" +
  "|januar|februar|märz|mai|juni|juli|oktober|dezember" +
  "|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre" +
  "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre" +
  "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre" +
  "|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro" +
  "|januari|februari|maart|mei|augustus|oktober" +
  // Polish (genitive, as dates print it), Czech (genitive), Swedish, Danish and Norwegian, Turkish
  "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia" +
  "|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince" +
  "|maj|augusti|desember" +
  "|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık";

/** Dates, times and "Updated/Published" stamps as a block of their own. */
export const DATELINE_PATTERNS: readonly RegExp[] = [
  new RegExp(`^(?:(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|publiziert|erschienen|erstellt|stand|mis à jour|publié le|publicado|actualizado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd|opublikowano|zaktualizowano|publikováno)\\b|(?:${MONTHS})\\.? \\d{1,2}\\b|\\d{1,2}\\.? (?:de )?(?:${MONTHS})\\b|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\d{4}-\\d{2}-\\d{2}\\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,? )`, "iu"),
  /^\d{1,2}:\d{2}\s*(?:am|pm|uhr|h)?\b/iu,
];

/**
 * "By Jane Doe", "Von Max Muster", "Par …", "Por …", "Di …", "Door …" as a short block.
 * A joining word ("and", "y", "e", …) stands between spaces: written bare, as it once was, it
 * could also be read as letters of the names around it (`By AeAeAe…e!` split every way before
 * failing: exponential, a frozen tab at 126 characters). Commas and "&" need no spaces. The
 * names may end the line, or a separator or a dated tail may follow ("von Jane Doe am 14. Mai 2014").
 */
export const BYLINE_PATTERN = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Dd]e)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}(?:(?:\s*[,&]\s*|\s+(?:and|und|et|y|e|en)\s+)\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})*(?:\s*[,|/–—-].{0,60}|\s+(?:on|am|le|el|il|em|op|at)\s+\d.{0,60})?$/u;

/** A slideshow counter: "1 of 6", "3 / 12". */
export const GALLERY_COUNTER = /^\d+\s*(?:of|\/|von|sur|de|di|van)\s*\d+$/iu;

/** Words that can be a slideshow control on their own. */
export const GALLERY_SINGLE_WORDS: ReadonlySet<string> = new Set(["caption", "close", "enlarge", "expand", "fullscreen"]);

/** Words a slideshow widget prints around its images. */
export const GALLERY_WORDS: ReadonlySet<string> = new Set([
  "image", "images", "photo", "photos", "caption", "close", "enlarge", "expand", "of", "next", "prev", "previous",
  "slide", "slides", "gallery", "fullscreen", "hide", "show", "toggle", "bild", "bilder", "foto", "fotos", "von",
  "sur", "de", "zoom", "view", "open", "back", "forward", "play", "pause",
]);

/** Copyright and imprint lines. */
export const FOOTER_PATTERN = /(?:©|\(c\)|copyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden)/iu;

/** Currency amounts, as on a donation amount picker ("$5 $10 $25 Other"). */
export const AMOUNT_PATTERN = /(?:[$£€]\s?\d+(?:[.,]\d{2})?|\d+(?:[.,]\d{2})?\s?(?:€|eur|usd|chf)\b)/giu;
