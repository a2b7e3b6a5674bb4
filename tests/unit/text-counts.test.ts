// The allocation-free counts (src/core/text-counts.ts) return exactly what the regex
// expressions they replace return, on arbitrary strings: every whitespace character `\s`
// knows, letters of every case and script, digits, astral characters, lone surrogates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalisedWords, collapsedLength, isSpaceCode, letterCounts, moreTokensThan, wordTokens } from "../../src/core/text-counts.js";

const reference = {
  collapsedLength: (text: string) => text.replace(/\s+/g, " ").length,
  wordTokens: (text: string) => ({
    tokens: text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
    cjk: text.match(/[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Thai}]/gu)?.length ?? 0,
  }),
  letterCounts: (text: string) => {
    let letters = 0, upper = 0, digits = 0;
    for (const ch of text) {
      if (/\p{N}/u.test(ch)) digits++;
      else if (/\p{L}/u.test(ch)) {
        letters++;
        if (ch !== ch.toLowerCase()) upper++;
      }
    }
    return { letters, digits, upper };
  },
  capitalisedWords: (text: string) => {
    const words = text.split(" ").filter((w) => /^\p{L}/u.test(w));
    return { words: words.length, capitalised: words.filter((w) => /^\p{Lu}/u.test(w)).length };
  },
};

/** Characters where the fast paths and the slow ones meet: ASCII edges, every `\s`, cased and uncased letters, digits of other scripts, CJK, astral and lone surrogates. */
const TRICKY = [
  ..." \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u0085",
  ..."aZz@[`{09/:_-.'’",
  ..."ÉéßǅǈΣςДдİıﬁℌℍⅠⅰⓐⒶ",
  ..."٣४໒²½",
  ..."漢字かなカナ한글ไทย·・、。",
  "𝐀", "𝐚", "𝟘", "𐐀", "𐐨", "𠀀", "\ud800", "\udc00", "\ud83d\ude00",
];

const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
);

describe("text counts", () => {
  it("isSpaceCode is exactly \\s on the whole Basic Multilingual Plane", () => {
    for (let code = 0; code <= 0xffff; code++) expect(isSpaceCode(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)));
  });

  it("upper-case letters are exactly the \\p{Lu} and \\p{Lt} letters toLowerCase changes, over every code point", () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      expect(letterCounts(char).upper, cp.toString(16)).toBe(reference.letterCounts(char).upper);
    }
  });

  it("moreTokensThan equals counting the pieces of a whitespace split, at every limit", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 12 }), (value, limit) => {
        expect(moreTokensThan(value, limit)).toBe(value.split(/\s+/).filter(Boolean).length > limit);
      }),
      { numRuns: 3000 },
    );
  });

  for (const name of ["collapsedLength", "wordTokens", "letterCounts", "capitalisedWords"] as const) {
    it(`${name} equals the regex expression it replaces on arbitrary strings`, () => {
      const fast = { collapsedLength, wordTokens, letterCounts, capitalisedWords }[name] as (text: string) => unknown;
      fc.assert(fc.property(text, (value) => {
        expect(fast(value)).toEqual(reference[name](value));
      }), { numRuns: 3000 });
    });
  }
});
