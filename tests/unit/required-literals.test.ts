/**
 * The call-to-action prefilter must never hide a match: whenever a row's pattern matches a
 * text, one of the row's required literals is in that text. Checked three ways: on hand-picked
 * patterns (what the reader understands and what it gives up on), on random patterns of the
 * rule tables' dialect against random texts (the analysis itself), and on every real row against
 * every probe line and fixture paragraph written for this project (the tables as shipped).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CTA_MATCHERS } from "../../src/core/clutter/compile-rules.js";
import { CALLS_TO_ACTION } from "../../src/core/clutter/rules/calls-to-action.js";
import { prefilterForm, requiredLiterals } from "../../src/core/clutter/required-literals.js";
import { loadProbeSet, probeSetNames } from "../helpers/ask-probes.js";

function passes(literals: readonly string[] | null, text: string): boolean {
  const words = prefilterForm(text);
  return !literals || literals.some((literal) => words.includes(literal));
}

describe("requiredLiterals", () => {
  it("names the words a row cannot match without", () => {
    expect(requiredLiterals(/\bsign up for (?:our|the) newsletter\b/i)).toEqual(["sign up for our newsletter", "sign up for the newsletter"]);
    expect(requiredLiterals(/(?:^|[.!?:]\s+)(?:please )?support us\b/i)).toEqual(["support us"]);
    // After a piece it cannot read (\w+, a repeat), a new run of words starts.
    expect(requiredLiterals(/\bget (?:[\w'-]+ ){0,3}newsletter\b/i)).toEqual(["newsletter"]);
    // Every branch must name a word, or nothing is required.
    expect(requiredLiterals(/\bdonate\b|\bgive\b/i)).toEqual(["donate", "give"]);
    expect(requiredLiterals(/\bdonate\b|\bx\b/i)).toBeNull();
    // Optional parts are optional, repeats repeat.
    expect(requiredLiterals(/^(?:the )?newsletter$/i)).toEqual(["newsletter"]);
    expect(requiredLiterals(/\bfree (?:articles?|stories)\b/i)).toEqual(["free article", "free stories"]);
    expect(requiredLiterals(/\w+ing\b/i)).toEqual(["ing"]);
    expect(requiredLiterals(/\w+\s\d+/i)).toBeNull();
    // What a lookaround looks at is not part of the match.
    expect(requiredLiterals(/(?<!not )subscribe/i)).toEqual(["subscribe"]);
  });

  it("keeps every match of the shapes that are easy to get wrong", () => {
    const cases: [RegExp, string][] = [
      [/cab(?:a){0,2}bca/i, "cababca"], // a repeat that may be absent is not "absent"
      [/cab(?:a)*bca/i, "cabaabca"],
      [/x(?:abc){2}y/i, "xabcabcy"], // a repeat is not one copy
      [/x(?:abc){1,3}y/i, "xabcabcy"],
      [/(?<!abc)def/i, "xyzdef"], // what a lookaround looks at is not required
      [/(?=abcd)abc/i, "abcd"],
      [/abc\wdef/i, "abcxdef"], // \w is a character, not nothing
      [/abc[^x]def/i, "abcydef"], // a negated class is any other character
      [/abc[a-c]def/i, "abcbdef"], // a range is its characters, not its ends
      [/abc\s+def/i, "abc \t def"],
      [/^(?:please )?subscribe\b/i, "Subscribe!"],
    ];
    for (const [pattern, text] of cases) {
      expect(pattern.test(text), `${pattern} matches "${text}"`).toBe(true);
      expect(passes(requiredLiterals(pattern), text), `${pattern}: ${JSON.stringify(requiredLiterals(pattern))}`).toBe(true);
    }
  });

  it("lower-cases literals and the text alike", () => {
    const literals = requiredLiterals(/\bJETZT Spenden\b/i);
    expect(literals).toEqual(["jetzt spenden"]);
    expect(passes(literals, "Bitte JETZT SPENDEN!")).toBe(true);
    expect(passes(requiredLiterals(/\bsubscribe\b/i), "SUBſCRIBE")).toBe(true);
  });

  it("never hides a match of a random pattern in the rule tables' dialect", () => {
    // Each pattern comes with a twin without its assertions (\b, ^, $, lookarounds), from which
    // fast-check makes texts that come close to matching it; random texts are tried too.
    type Pair = [full: string, plain: string];
    const word = fc.constantFrom("a", "b", "ab", "ba", "abc", "cab", "bca", " ", "a b", "xyz");
    const same = (s: string): Pair => [s, s];
    const pattern = fc.letrec<{ node: Pair; leaf: Pair; seq: Pair; alt: Pair; group: Pair; quant: Pair }>((tie) => ({
      node: fc.oneof({ depthSize: "small", withCrossShrink: true }, { arbitrary: tie("leaf"), weight: 3 }, { arbitrary: tie("seq"), weight: 3 }, tie("alt"), tie("group"), { arbitrary: tie("quant"), weight: 2 }),
      leaf: fc.oneof(word.map(same), fc.constantFrom("\\w", "\\s", "\\d", ".", "[ab]", "[a-c]", "[^a]", "\\.", "\\p{L}").map(same), fc.constantFrom<Pair>(["\\b", ""], ["^", ""], ["$", ""])),
      seq: fc.array(tie("node"), { minLength: 2, maxLength: 5 }).map((parts): Pair => [parts.map((p) => p[0]).join(""), parts.map((p) => p[1]).join("")]),
      alt: fc.array(tie("node"), { minLength: 2, maxLength: 3 }).map((parts): Pair => [`(?:${parts.map((p) => p[0]).join("|")})`, `(?:${parts.map((p) => p[1]).join("|")})`]),
      group: fc.tuple(fc.constantFrom("(?:", "(", "(?=", "(?!", "(?<=", "(?<!"), tie("node")).map(([open, [full, plain]]): Pair => [`${open}${full})`, open.startsWith("(?") && open !== "(?:" ? "" : `(?:${plain})`]),
      // Quantified atoms are single pieces or groups of them, never other repeats: nested repeats
      // make random patterns backtrack for seconds on short texts.
      quant: fc.tuple(fc.oneof(word.map(same), tie("leaf"), fc.array(word, { minLength: 2, maxLength: 3 }).map((words) => same(`(?:${words.join("|")})`))), fc.constantFrom("?", "{0,2}", "{0,3}", "{1,2}", "{2}", "??", "{0,2}?", "{1,2}?")).map(([[full, plain], q]): Pair => [`(?:${full})${q}`, `(?:${plain})${q}`]),
    })).node;
    const randomText = fc.array(fc.oneof(word, fc.constantFrom("a", "b", "c", "x", " ", ".", "A", "B", "1")), { maxLength: 12 }).map((pieces) => pieces.join(""));
    const near = (plain: string): fc.Arbitrary<string> => {
      try {
        return fc.stringMatching(new RegExp(plain, "u"), { size: "xsmall" });
      } catch {
        return randomText; // a shape fast-check cannot generate from (an empty group)
      }
    };
    const cases = pattern.chain(([full, plain]) => fc.tuple(fc.constant(full), fc.array(fc.oneof(near(plain), randomText).filter((t) => t.length <= 40), { minLength: 1, maxLength: 6 })));
    let checked = 0;
    fc.assert(
      fc.property(cases, ([source, texts]) => {
        const regex = new RegExp(source, "iu");
        const literals = requiredLiterals(regex);
        for (const t of texts) {
          if (!regex.test(t)) continue;
          if (literals) checked++;
          expect(passes(literals, t), `${source} on "${t}" (literals ${JSON.stringify(literals)})`).toBe(true);
        }
      }),
      { numRuns: 2500, seed: 20261207 },
    );
    // The property is only worth something if many matches had literals to check.
    expect(checked).toBeGreaterThan(300);
  }, 60_000);

  it("reads every shipped row, and most rows name words", () => {
    const rows = Object.values(CALLS_TO_ACTION).flat();
    const named = rows.filter(([pattern]) => requiredLiterals(pattern));
    expect(named.length / rows.length).toBeGreaterThan(0.95);
  });

  it("never hides a shipped row's match in the probe lines and fixture paragraphs", () => {
    const texts: string[] = [];
    for (const name of probeSetNames()) for (const lang of Object.values(loadProbeSet(name))) texts.push(...lang.prose, ...lang.asks, ...(lang.keep ?? []));
    const fixtures = join(import.meta.dirname, "../fixtures");
    for (const dir of readdirSync(fixtures)) {
      let html: string;
      try {
        html = readFileSync(join(fixtures, dir, "source.html"), "utf8");
      } catch {
        continue;
      }
      for (const m of html.matchAll(/<(p|li|h[1-6]|div|span|a|button|label)\b[^>]*>([^<]{3,600})</g)) texts.push(m[2]!.replace(/\s+/g, " ").trim());
    }
    expect(texts.length).toBeGreaterThan(1000);
    let matches = 0;
    for (const row of CTA_MATCHERS) {
      for (const t of texts) {
        if (!row.pattern.test(t)) continue;
        matches++;
        expect(passes(row.literals, t), `${row.pattern.source.slice(0, 80)} on "${t}"`).toBe(true);
      }
    }
    expect(matches).toBeGreaterThan(300);
  });
});
