/**
 * Word count and reading time. Languages written without spaces (Chinese, Japanese, Thai,
 * Lao, Khmer, Burmese) are counted with Intl.Segmenter, so they get a real count and not one
 * "word" per line. Everything else is counted with one regular expression that follows the
 * same word-boundary rules (Unicode UAX #29: "can't", "e.g", "3.14", "1,000" and "foo_bar" are
 * one word each, "well-known" is two): the Segmenter is about a hundred times slower, and
 * counting words must not dominate the time it takes to open the reader.
 */

const WORDS_PER_MINUTE = 230;

/** Runs of scripts written without spaces between words. */
const SPACELESS = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]+/gu;

/**
 * A word: letters, decimal digits, marks and connectors (UAX #29 ALetter, Numeric, Extend,
 * Format, ExtendNumLet), joined across one MidNumLet character (period, apostrophes), across
 * one MidLetter character (colon, middle dot) between letters, or across one MidNum character
 * (comma, semicolon) between digits: "can't", "e.g", "a:b", "3.14", "1,000" are one word each,
 * "18:00" and "well-known" are two.
 */
const WORD_CHARS = "\\p{L}\\p{Nl}\\p{Nd}\\p{M}\\p{Pc}\\u00ad\\u200c\\u200d\\u2060";
const MID_NUM_LET = "'.\\u2018\\u2019\\u2024\\ufe52\\uff07\\uff0e";
const MID_LETTER = ":\\u00b7\\u0387\\u055f\\u05f4\\u2027\\ufe13\\ufe55\\uff1a";
const MID_NUM = ",;\\u037e\\u0589\\u060c\\u060d\\u066c\\u07f8\\u2044\\ufe10\\ufe14\\ufe50\\ufe54\\uff0c\\uff1b";
// A lookbehind costs what it reads: "a letter and its combining marks" reads at most 16 marks.
const JOIN = `(?:[${MID_NUM_LET}]|(?<=\\p{L}\\p{M}{0,16})[${MID_LETTER}](?=\\p{L})|(?<=\\p{Nd})[${MID_NUM}](?=\\p{Nd}))`;
/** Exported for the ReDoS test, which checks the pattern this builds. */
export const WORD = new RegExp(`[${WORD_CHARS}]+(?:${JOIN}[${WORD_CHARS}]+)*`, "gu");

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(lang: string | null | undefined): Intl.Segmenter | null {
  const key = lang ?? "";
  if (segmenters.has(key)) return segmenters.get(key)!;
  let segmenter: Intl.Segmenter | null = null;
  if (typeof Intl !== "undefined" && "Segmenter" in Intl) {
    let locale: string | undefined;
    try {
      locale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
    } catch {
      locale = undefined;
    }
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
  }
  segmenters.set(key, segmenter);
  return segmenter;
}

function countSpaceless(run: string, lang: string | null | undefined): number {
  const segmenter = segmenterFor(lang);
  if (!segmenter) return 1;
  let count = 0;
  for (const segment of segmenter.segment(run)) if (segment.isWordLike) count++;
  return count;
}

export function countWords(text: string, lang?: string | null): number {
  let count = 0;
  const rest = text.replace(SPACELESS, (run) => {
    count += countSpaceless(run, lang);
    return " ";
  });
  for (const _ of rest.matchAll(WORD)) count++;
  return count;
}

export function readingTimeMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
