/**
 * The header's lines repeated at the top of the body: the reader already shows the title,
 * byline and date in its header, so a block before the first prose paragraph that repeats one
 * of them is dropped ("duplicate-header"). Compared on words (case, punctuation and accents
 * aside): the title when the block is the title or nearly all of it (≥ 80 % of the words
 * shared, both ways); the byline and the date when the block holds the byline's names or a date
 * of the published year, and at most a few other words (stamp words like "By", "Updated",
 * times, a role such as "Science correspondent", the site's name). Datelines that the clutter
 * step already removed (byline-dateline) are gone before this runs, so nothing counts twice.
 */
import type { RemovedBlock } from "../article.js";
import { ancestorNamed, blockText, LeafBlocks, mediaIn, removeBlock, widen, wordKey, words } from "./tidy-blocks.js";

const FIGURE_TAG: ReadonlySet<string> = new Set(["figure"]);

export const DUPLICATE_HEADER_REASON = "duplicate-header";

export interface HeaderFields {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  siteName?: string | null;
}

/** Longest block, in words, that can be a repeated byline or date line. */
export const MAX_BYLINE_WORDS = 16;
/** Words besides names, dates and stamp words a byline or date line may carry ("Science correspondent"). */
export const MAX_OTHER_WORDS = 3;
/** Share of words a block and the title must have in common (each way) to be the title again. */
export const TITLE_OVERLAP = 0.8;

const MONTH_NAMES =
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
  "januar jänner februar märz april mai juni juli august september oktober november dezember " +
  "janvier février mars avril mai juin juillet août septembre octobre novembre décembre " +
  "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre " +
  "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre " +
  "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro " +
  "januari februari maart april mei juni juli augustus september oktober november december";

const WEEKDAYS =
  "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
  "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche " +
  "lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica " +
  "segunda terça quarta quinta sexta feira sábado domingo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag";

/** Words a byline or date line carries around the names and the date, per language. */
export const STAMP_WORDS: Readonly<Record<string, string>> = {
  en: "by and published updated posted last modified on at am pm gmt utc bst est edt cst pst cet cest min mins minute minutes read ago hours hour",
  de: "von und veröffentlicht aktualisiert zuletzt stand am um uhr mez mesz lesezeit minuten min",
  fr: "par et publié publiée le mis à jour mise h min lecture minutes",
  es: "por y publicado actualizado el de del a las h min lectura minutos",
  it: "di e pubblicato aggiornato il alle ore min lettura minuti",
  pt: "por e publicado atualizado em às de h min leitura minutos",
  nl: "door en gepubliceerd bijgewerkt op om uur min leestijd minuten",
};

const DATE_WORDS: ReadonlySet<string> = new Set(`${MONTH_NAMES} ${WEEKDAYS}`.split(" "));
const STAMPS: ReadonlySet<string> = new Set(Object.values(STAMP_WORDS).join(" ").split(" "));

function overlap(a: string[], b: string[]): number {
  if (a.length === 0) return 0;
  const other = new Set(b);
  return a.filter((word) => other.has(word)).length / a.length;
}

/** Whether the block's words are the title's (nearly all shared both ways). */
export function repeatsTitle(text: string, title: string | null | undefined): boolean {
  const block = words(wordKey(text));
  const head = words(wordKey(title));
  if (block.length === 0 || head.length === 0) return false;
  return overlap(block, head) >= TITLE_OVERLAP && overlap(head, block) >= TITLE_OVERLAP;
}

function yearOf(publishedTime: string | null | undefined): string | null {
  const match = /\b(1[89]\d\d|2\d\d\d)\b/.exec(publishedTime ?? "");
  return match ? match[1]! : null;
}

/** Whether the block repeats the byline or the date line, with at most a few other words. */
export function repeatsBylineOrDate(text: string, fields: HeaderFields): boolean {
  const block = words(wordKey(text));
  if (block.length === 0 || block.length > MAX_BYLINE_WORDS) return false;
  const names = words(wordKey(fields.byline)).filter((word) => !STAMPS.has(word));
  const nameSet = new Set(names);
  const site = new Set(words(wordKey(fields.siteName)));
  const year = yearOf(fields.publishedTime);
  // The byline counts when every one of its names is in the block, or the block is two or more of its names.
  const blockNames = block.filter((word) => nameSet.has(word));
  const hasByline = names.length > 0 && (names.every((name) => block.includes(name)) || (blockNames.length >= 2 && blockNames.length === block.length));
  const hasDate = year !== null && block.includes(year) && block.some((word) => DATE_WORDS.has(word) || /^\d{1,2}$/.test(word));
  if (!hasByline && !hasDate) return false;
  const others = block.filter(
    (word) => !nameSet.has(word) && !site.has(word) && !STAMPS.has(word) && !DATE_WORDS.has(word) && !/^\d+(?:h|st|nd|rd|th)?$/.test(word),
  );
  return others.length <= (hasByline ? MAX_OTHER_WORDS : 1);
}

/** Removes blocks at the head of the article that repeat the title, byline or date; returns what was removed. */
export function dropDuplicateHeader(root: Element, fields: HeaderFields, leaves = new LeafBlocks(root)): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const block of leaves.head()) {
    if (mediaIn(block).length > 0 || ancestorNamed(block, FIGURE_TAG)) continue;
    if (!root.contains(block)) continue;
    const repeats = (text: string) => repeatsTitle(text, fields.title) || repeatsBylineOrDate(text, fields);
    // A byline split over two blocks ("Jane Doe" / "Science correspondent") goes with its wrapper.
    if (repeats(blockText(block))) removeBlock(widen(block, root, repeats), DUPLICATE_HEADER_REASON, removed);
  }
  return removed;
}
