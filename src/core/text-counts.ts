/**
 * Counts over a string in one pass that allocate nothing. The regex way (`split`, `match`,
 * `replace(…).length`, `for (const ch of text)`) builds an array or a string per call, and the
 * passes ask for counts of every block of a page: on a large page that garbage made the
 * collector, not the counting, the cost. Each function returns exactly what the expression in
 * its comment returns (tests/unit/text-counts.test.ts holds them to it on arbitrary strings).
 * ASCII is read from char codes; other characters by a sticky Unicode pattern at their position.
 */

/** Exactly the characters `\s` matches. */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const LETTER = /\p{L}/uy;
const NUMBER = /\p{N}/uy;
const UPPER = /[\p{Lu}\p{Lt}]/uy;
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}]/uy;

function at(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

/** Length in UTF-16 units of the code point at `index`. */
function sizeAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/** `text.replace(/\s+/g, " ").length`. */
export function collapsedLength(text: string): number {
  let length = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (!inSpace) length++;
      inSpace = true;
    } else {
      length++;
      inSpace = false;
    }
  }
  return length;
}

/**
 * `text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length` (tokens holding a letter
 * or a digit), and the count of `/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}]/gu`
 * matches (characters of scripts written without spaces).
 */
export function wordTokens(text: string): { tokens: number; cjk: number } {
  let tokens = 0;
  let cjk = 0;
  let counted = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) counted = false;
      else if (!counted && ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a))) {
        tokens++;
        counted = true;
      }
      i++;
      continue;
    }
    if (isSpaceCode(code)) {
      counted = false;
      i++;
      continue;
    }
    if (!counted && (at(LETTER, text, i) || at(NUMBER, text, i))) {
      tokens++;
      counted = true;
    }
    if (at(CJK, text, i)) cjk++;
    i += sizeAt(text, i);
  }
  return { tokens, cjk };
}

/**
 * Per code point: letters (`\p{L}`), digits (`\p{N}`), and upper-case letters (a letter that
 * `toLowerCase` changes, which is exactly an `\p{Lu}` or `\p{Lt}` letter that it changes).
 */
export function letterCounts(text: string): { letters: number; digits: number; upper: number } {
  let letters = 0;
  let digits = 0;
  let upper = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x30 && code <= 0x39) digits++;
      else if (code >= 0x41 && code <= 0x5a) {
        letters++;
        upper++;
      } else if (code >= 0x61 && code <= 0x7a) letters++;
      i++;
      continue;
    }
    const size = sizeAt(text, i);
    if (at(NUMBER, text, i)) digits++;
    else if (at(LETTER, text, i)) {
      letters++;
      if (at(UPPER, text, i)) {
        const char = text.slice(i, i + size);
        if (char !== char.toLowerCase()) upper++;
      }
    }
    i += size;
  }
  return { letters, digits, upper };
}

const UPPER_ONLY = /\p{Lu}/uy;

/**
 * Of the pieces of `text.split(" ")`, how many start with a letter (`/^\p{L}/u`), and how many
 * of those with an upper-case one (`/^\p{Lu}/u`).
 */
export function capitalisedWords(text: string): { words: number; capitalised: number } {
  let words = 0;
  let capitalised = 0;
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && text.charCodeAt(i - 1) !== 0x20) continue;
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) {
        words++;
        capitalised++;
      } else if (code >= 0x61 && code <= 0x7a) words++;
    } else if (at(LETTER, text, i)) {
      words++;
      if (at(UPPER_ONLY, text, i)) capitalised++;
    }
  }
  return { words, capitalised };
}

/** `text.split(/\s+/).filter(Boolean).length > limit`, stopping at the first token past `limit`. */
export function moreTokensThan(text: string, limit: number): boolean {
  let tokens = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) inToken = false;
    else if (!inToken) {
      inToken = true;
      if (++tokens > limit) return true;
    }
  }
  return false;
}
