/**
 * ReDoS (issue #12, part 1), measured: every clutter rule and every text helper is fed random
 * and adversarial strings of up to 10,000 characters (long runs of one letter, alternating
 * letters, separators, the pieces the rules are made of, recheck's attack shapes), and each
 * call must cost at most RATIO_MAX times a plain scan of the same string, measured in the
 * same run (no wall-clock bound). Linear code measures up to about a thousand scans; one
 * quadratic step on 10,000 characters is tens of thousands, an exponential one never returns.
 * Patterns that are only used behind a length bound (redos-checker.test.ts, BOUNDED) run on
 * input cut to their bound and must cost under RATIO_MAX scans of the full 10,000 characters
 * (bounded work, whatever their shape); their functions get the full input.
 *
 * The byline test at the top is the bug of the issue: "By A" + "eA" × n + "e!" froze the tab.
 */
import Readability from "@mozilla/readability/Readability.js";
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { afterAll, describe, expect, it } from "vitest";
import { withoutStyles } from "../../src/cli/extract-from-html.js";
import {
  AMOUNT_TEXT_MAX,
  amountPickerOf,
  CTA_TEXT_MAX,
  callToActionOf,
  DATELINE_TEXT_MAX,
  datelineOf,
  footerOf,
  galleryControlsOf,
  labelForm,
  labelOf,
  leadInOf,
  normaliseText,
  sentenceCount,
  wordCount,
} from "../../src/core/clutter/block-signals.js";
import { ATTRIBUTE_MATCHERS, CTA_MATCHERS } from "../../src/core/clutter/compile-rules.js";
import { AMOUNT_PATTERN, BYLINE_PATTERN, DATELINE_PATTERNS, FOOTER_PATTERN, GALLERY_COUNTER } from "../../src/core/clutter/rules/structure-patterns.js";
import { extractArticle } from "../../src/core/extract-article.js";
import { readableSrcsets } from "../../src/core/readable-srcsets.js";
import { isPlaceholderSrc } from "../../src/core/lazy-images.js";
import { countWords } from "../../src/core/reading-stats.js";
import { parseSrcset } from "../../src/core/srcset.js";
import { trimWhere } from "../../src/core/trim-chars.js";
import { slugify } from "../../src/export/file-names.js";
import { canonicalUrl } from "../../src/storage/canonical-url.js";

/**
 * A call may cost this many plain scans of its input. Linear code measured up to ~1,000 on a
 * loaded machine (slugify: Unicode normalization); the quadratic steps this file caught
 * measured 30,000 to 900,000, the old byline (32 pairs) about 30,000.
 */
const RATIO_MAX = 5000;
const LONG = 10_000;

/** A plain linear pass over the string: the unit of cost. */
function scan(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

let sink = 0;

/**
 * Milliseconds per call: calls repeated until a round takes 0.2 ms, best of two rounds, after
 * two calls off the clock (V8 compiles a pattern on first use and again when it tiers up).
 */
function costOf(fn: () => unknown): number {
  for (let i = 0; i < 2; i++) sink ^= fn() ? 1 : 0;
  let reps = 1;
  let best = Infinity;
  for (let round = 0; round < 2; round++) {
    for (;;) {
      const start = performance.now();
      for (let i = 0; i < reps; i++) sink ^= fn() ? 1 : 0;
      const elapsed = performance.now() - start;
      if (elapsed >= 0.2) {
        best = Math.min(best, elapsed / reps);
        break;
      }
      reps *= 2;
    }
  }
  return best;
}

const scanCosts = new Map<string, number>();

/** Cost of one plain scan of `unit`, measured once per string. */
function scanCost(unit: string): number {
  let cost = scanCosts.get(unit);
  if (cost === undefined) scanCosts.set(unit, (cost = costOf(() => scan(unit))));
  return cost;
}

/** Cost of `fn(text)` in plain scans of `unit` (by default `text` itself). */
function ratio(fn: (text: string) => unknown, text: string, unit = text): number {
  return costOf(() => fn(text)) / scanCost(unit);
}

const repeat = (piece: string, length = LONG) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

/** Long runs, alternations and separators, and the shapes of the rules' own words. */
function adversarial(length = LONG): string[] {
  const pieces = [
    "e", "A", "-", ",", "/", "0", "\t", " ", ".", "é", "\u0301",
    "eA", "ab", "a-", "a ", "A ", "0.", "$0", ", ", "yP", "-u", ": GET U", "! sign up tow",
    "By A", "By AeA", "sign up to my l s u", "subscribe to my w p p ", "get the free app ", "follow a on ",
    "<style ", "<link rel=", "PIXELV", "\\\\", "1 of ", "© ", "updated ", "jan 1 ",
  ];
  const texts = pieces.map((piece) => repeat(piece, length));
  texts.push("By A" + repeat("eA", length - 6) + "e!", repeat("a", length - 1) + "!", "x" + repeat("-", length - 2) + "x", repeat("0", length - 3) + "00$");
  // A run that almost reaches the end, then one more of it: what /x+$/ retries from every position.
  for (const run of ["-", ",", "/", " ", "\t", "0", "e", "."]) texts.push(repeat(run, length - 2) + "\u0000" + run);
  return texts;
}

/** Random strings from an alphabet of letters, marks, separators and punctuation (seeded). */
function randomTexts(count: number, length = LONG): string[] {
  const alphabet = fc.constantFrom(..."aAeEyY-.,'/&|:0123456789 \t\n$€£©()<>\"“”éß\u0301ñ".split(""), "and ", "By ", "sign up ", "newsletter", "<style", "</style>");
  return fc.sample(fc.array(alphabet, { minLength: length / 8, maxLength: length / 4 }).map((parts) => repeat(parts.join(""), length)), { numRuns: count, seed: 12 });
}

const INPUTS = [...adversarial(), ...randomTexts(4)];

interface Rule {
  name: string;
  run: (text: string) => unknown;
  /** Longest input the rule ever gets (its function's bound). */
  max?: number;
}

const test = (re: RegExp) => (text: string) => {
  re.lastIndex = 0;
  return re.test(text);
};
const matchAll = (re: RegExp) => (text: string) => text.match(re)?.length ?? 0;

const RULES: Rule[] = [
  ...CTA_MATCHERS.map((row, i) => ({ name: `call to action #${i} /${row.pattern.source.slice(0, 40)}…/`, run: (text: string) => row.quick.test(text) || row.pattern.test(text), max: CTA_TEXT_MAX })),
  ...ATTRIBUTE_MATCHERS.map(([pattern], i) => ({ name: `attribute name #${i}`, run: test(pattern) })),
  ...DATELINE_PATTERNS.map((pattern, i) => ({ name: `dateline #${i}`, run: test(pattern), max: DATELINE_TEXT_MAX })),
  { name: "byline", run: test(BYLINE_PATTERN), max: DATELINE_TEXT_MAX },
  { name: "amounts", run: matchAll(AMOUNT_PATTERN), max: AMOUNT_TEXT_MAX },
  { name: "footer", run: test(FOOTER_PATTERN) },
  { name: "gallery counter", run: test(GALLERY_COUNTER) },
  { name: "callToActionOf", run: callToActionOf },
  { name: "datelineOf", run: datelineOf },
  { name: "amountPickerOf", run: amountPickerOf },
  { name: "labelOf", run: labelOf },
  { name: "labelForm", run: labelForm },
  { name: "leadInOf", run: leadInOf },
  { name: "footerOf", run: footerOf },
  { name: "galleryControlsOf", run: galleryControlsOf },
  { name: "normaliseText", run: normaliseText },
  { name: "wordCount", run: wordCount },
  { name: "sentenceCount", run: sentenceCount },
  { name: "countWords", run: (text: string) => countWords(text, "en") },
  { name: "trimWhere", run: (text: string) => trimWhere(text, (c) => c !== "!") },
  { name: "slugify", run: slugify },
  { name: "canonicalUrl (path)", run: (text: string) => canonicalUrl(`https://news.example/${encodeURIComponent(text)}`) },
  { name: "parseSrcset", run: parseSrcset },
  { name: "withoutStyles (CLI)", run: withoutStyles },
];

describe("the byline that froze the tab", () => {
  const freeze = (pairs: number) => "By A" + "eA".repeat(pairs) + "e!";

  it("costs a bounded number of scans, not exponential time", () => {
    // 32 pairs (70 characters) took about 160 ms before the fix, tripling every two pairs:
    // tens of thousands of scans of 10,000 characters, and the test fails in under a second.
    expect(ratio((text) => BYLINE_PATTERN.test(text), freeze(32), INPUTS[0]!)).toBeLessThan(RATIO_MAX);
    // The page of the issue: 60 pairs, 126 characters, two words: under the datelineOf guard.
    const page = freeze(60);
    expect(page.length).toBe(126);
    expect(page.length <= DATELINE_TEXT_MAX && wordCount(page) <= 12).toBe(true);
    expect(ratio(datelineOf, page, INPUTS[0]!)).toBeLessThan(RATIO_MAX);
    expect(datelineOf(page)).toBe(false);
  });

  it("still reads bylines, with names joined by words, commas and ampersands", () => {
    for (const byline of [
      "By Jane Doe",
      "By Jane Doe and John Smith",
      "By Jane Doe, John Smith & Ann Lee",
      "By Jane Doe,John Smith",
      "By Jane Doe&John Smith",
      "Von Max Muster und Erika Musterfrau",
      "Par Jean-Pierre Dupont et Marie Curie",
      "Por Juan Pérez y María López",
      "Di Mario Rossi e Luigi Bianchi",
      "Door Jan Jansen en Piet Peters",
      "By Jane Doe | Staff writer",
      "BY JANE DOE",
      "By J. R. R. Tolkien",
      "By Jane O'Neil - Reuters",
    ]) {
      expect(BYLINE_PATTERN.test(byline), byline).toBe(true);
    }
    for (const prose of ["By the way, this is a sentence.", "By Jane Doe who wrote a long sentence about the council vote on Tuesday", "Byline"]) {
      expect(BYLINE_PATTERN.test(prose), prose).toBe(false);
    }
  });
});

describe("every rule costs a bounded number of scans of its input (10,000 characters)", () => {
  const worstOfAll: Array<[string, number]> = [];
  afterAll(() => {
    const [name, worst] = worstOfAll.sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    console.log(`redos-property: worst rule ${name}: ${worst.toFixed(0)} scans (bound ${RATIO_MAX})`);
  });

  it("has adversarial and random inputs of the full length", () => {
    expect(INPUTS.length).toBeGreaterThan(40);
    for (const input of INPUTS) expect(input.length).toBe(LONG);
  });

  it.each(RULES.map((rule) => [rule.name, rule] as const))("%s", (_name, rule) => {
    let worst = 0;
    let worstInput = "";
    for (const input of INPUTS) {
      // A bounded rule runs on its bound and is held to scans of the whole input.
      const text = rule.max ? input.slice(0, rule.max) : input;
      const r = ratio(rule.run, text, input);
      if (r > worst) [worst, worstInput] = [r, text];
    }
    worstOfAll.push([rule.name, worst]);
    expect(worst, `worst input: ${JSON.stringify(worstInput.slice(0, 60))}… (${worstInput.length} chars)`).toBeLessThan(RATIO_MAX);
  });
});

describe("Readability's own srcset pattern (third-party, quadratic) only sees srcsets it reads in one pass", () => {
  const srcsetUrl = (new Readability(new JSDOM("<p>x</p>").window.document) as unknown as { REGEXPS: { srcsetUrl: RegExp } }).REGEXPS.srcsetUrl;
  const viaReadability = (srcset: string) => srcset.replace(srcsetUrl, "$1$2$3").length;
  const shaped = (srcset: string) => {
    const img = new JSDOM(`<img>`).window.document.querySelector("img")!;
    img.setAttribute("srcset", srcset);
    readableSrcsets(img.parentElement!);
    return img.getAttribute("srcset") ?? "";
  };
  const hostile = (length: number) => repeat("w", length - 2) + "\t.";

  it("is quadratic on a raw hostile srcset (why the step exists)", () => {
    expect(ratio(viaReadability, hostile(LONG))).toBeGreaterThan(RATIO_MAX);
  });

  it("costs a bounded number of scans on every srcset after readableSrcsets", () => {
    for (const input of [hostile(LONG), ...INPUTS]) {
      const srcset = shaped(input);
      expect(ratio(viaReadability, srcset, input), JSON.stringify(input.slice(0, 40))).toBeLessThan(RATIO_MAX);
    }
    expect(shaped("a.jpg 1x, b.jpg 2x, c.jpg 640w, d.jpg 100h, e.jpg 2X")).toBe("a.jpg 1x, b.jpg 2x, c.jpg 640w");
  });

  it("runs in the pipeline before Readability: a hostile srcset never reaches it", () => {
    const prose = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i}: the council met on Tuesday evening to discuss the new budget for the harbour district and its schools.</p>`).join("");
    const html = `<article><h1>Budget</h1>${prose}<img src="a.jpg" srcset="${hostile(LONG * 2)}"><img src="b.jpg" srcset="b-640.jpg 640w, b-1280.jpg 1280w">${prose}</article>`;
    const article = extractArticle(new JSDOM(html, { url: "https://news.example/a" }).window.document);
    expect(article?.contentHtml).toContain("a.jpg");
    expect(article?.contentHtml).toContain("https://news.example/b-640.jpg 640w, https://news.example/b-1280.jpg 1280w");
    expect(article?.contentHtml).not.toContain("www");
  });
});

describe("the linear rewrites agree with the patterns they replaced (short strings, where those are fast)", () => {
  const old = {
    labelForm: (text: string) => text.toLowerCase().replace(/^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}\d]+$/gu, "").replace(/\s+/g, " "),
    slugify: (title: string) =>
      title.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "") || "article",
    placeholder: (src: string) => /^(?:data:image\/(?:gif|png|svg\+xml)[;,]|about:blank|$)|(?:blank|spacer|placeholder|pixel|transparent|lazy)[^/]*\.(?:gif|png|svg)(?:$|\?)/i.test(src),
    withoutStyles: (html: string) =>
      html
        .replace(/<style\b[\s\S]*?<\/style\s*>/gi, "")
        .replace(/<link\b[^>]*rel\s*=\s*["']?[^"'>]*stylesheet[^>]*>/gi, "")
        .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ""),
    trailingCommas: (url: string) => url.replace(/,+$/, ""),
  };
  const pieces = (...extra: string[]) =>
    fc.array(fc.constantFrom(..."aZ0-,./?:;!# \t\né\u0301€©→•".split(""), "😀", ...extra), { maxLength: 30 }).map((parts) => parts.join(""));

  it("labelForm, slugify, trailing commas", () => {
    fc.assert(
      fc.property(pieces("Read more", "--"), (text) => {
        expect(labelForm(text)).toBe(old.labelForm(text));
        expect(slugify(text)).toBe(old.slugify(text));
        expect(trimWhere(text, (c) => c === ",")).toBe(old.trailingCommas(text.replace(/^,+/, "")));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("placeholder image sources", () => {
    fc.assert(
      fc.property(pieces("blank", "lazy", "pixel", "spacer", ".gif", ".png", ".svg", ".GIF", "/", "?", "data:image/gif;", "about:blank", "https://x/"), (src) => {
        expect(isPlaceholderSrc(src), src).toBe(old.placeholder(src));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("the CLI's style stripping", () => {
    fc.assert(
      fc.property(pieces("<style>", "<STYLE a>", "</style>", "</style >", "</style x>", "<link ", "rel=", "rel='", "\"", "stylesheet", ">", " style=x", "<p>"), (html) => {
        expect(withoutStyles(html), html).toBe(old.withoutStyles(html));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
