/**
 * ReDoS (issue #12, part 1): every regular expression in src/ is found by parsing the code
 * (tests/helpers/regex-sites.ts), and each one is checked by recheck. A pattern passes when
 * recheck proves it safe; a pattern recheck calls polynomial or cannot decide passes only
 * when it is listed in BOUNDED below, whose functions refuse longer input (each guard is
 * tested here, and tests/unit/redos-property.test.ts measures the cost under the bound).
 * Exponential never passes. A regex built at run time (`new RegExp(variable)`) must be
 * listed in DYNAMIC_SITES with the list of what it builds, which is checked the same way.
 *
 * Lookarounds (recheck's automaton cannot read them) are removed before the check when each
 * one reads a bounded number of characters: the relaxed pattern has every backtracking path
 * of the original, so proving it safe proves the original (see relaxLookarounds).
 */
import { readFileSync } from "node:fs";
import { check, type Diagnostics } from "recheck";
import { describe, expect, it } from "vitest";
import { AMOUNT_TEXT_MAX, amountPickerOf, CTA_TEXT_MAX, callToActionOf, DATELINE_TEXT_MAX, datelineOf } from "../../src/core/clutter/block-signals.js";
import { CTA_MATCHERS } from "../../src/core/clutter/compile-rules.js";
import { CALLS_TO_ACTION } from "../../src/core/clutter/rules/calls-to-action.js";
import { AMOUNT_PATTERN, BYLINE_PATTERN, DATELINE_PATTERNS } from "../../src/core/clutter/rules/structure-patterns.js";
import { WORD } from "../../src/core/reading-stats.js";
import { collectRegexSites, type DynamicSite, relaxLookarounds, sourceFiles } from "../helpers/regex-sites.js";

/**
 * Files whose regexes are rows of a table that is compiled before use: what runs is the
 * compiled list, checked instead (the rows themselves never run).
 */
const COMPILED_TABLES: Record<string, { compiledBy: string; rows: () => number; compiled: () => number }> = {
  "src/core/clutter/rules/calls-to-action.ts": {
    compiledBy: "src/core/clutter/compile-rules.ts",
    rows: () => Object.values(CALLS_TO_ACTION).flat().length,
    compiled: () => CTA_MATCHERS.length,
  },
};

/** Regexes built at run time: where (file + enclosing declaration) and everything they build. */
const DYNAMIC_SITES: Array<{ file: string; owner: string; why: string; builds: () => readonly RegExp[] }> = [
  { file: "src/core/clutter/compile-rules.ts", owner: "unicodeWords", why: "call-to-action rows with Unicode word boundaries", builds: () => CTA_MATCHERS.map((row) => row.pattern) },
  { file: "src/core/clutter/compile-rules.ts", owner: "withoutWordBoundaries", why: "the quick prefilter of each call-to-action row", builds: () => CTA_MATCHERS.map((row) => row.quick) },
  { file: "src/core/clutter/rules/structure-patterns.ts", owner: "DATELINE_PATTERNS", why: "month names spliced into the dateline pattern", builds: () => DATELINE_PATTERNS },
  { file: "src/core/reading-stats.ts", owner: "WORD", why: "the UAX #29 word pattern from character-class constants", builds: () => [WORD] },
];

/**
 * Patterns recheck cannot prove linear, each used only behind a length bound. `guard` shows
 * the function refuses input over the bound that it would accept under it.
 */
const BOUNDED: Array<{ name: string; max: number; patterns: () => readonly RegExp[]; guard: () => void }> = [
  {
    name: "calls to action (callToActionOf)",
    max: CTA_TEXT_MAX,
    patterns: () => CTA_MATCHERS.flatMap((row) => [row.quick, row.pattern]),
    guard: () => {
      const ask = "Already a subscriber? Log in to continue reading.";
      expect(callToActionOf(ask)).not.toBeNull();
      expect(callToActionOf(ask + " ".repeat(CTA_TEXT_MAX))).toBeNull();
    },
  },
  {
    name: "dateline and byline (datelineOf)",
    max: DATELINE_TEXT_MAX,
    patterns: () => [...DATELINE_PATTERNS, BYLINE_PATTERN],
    guard: () => {
      expect(datelineOf("By Jane Doe")).toBe(true);
      expect(datelineOf("By Jane Doe" + " ".repeat(DATELINE_TEXT_MAX))).toBe(false);
    },
  },
  {
    name: "amount picker (amountPickerOf)",
    max: AMOUNT_TEXT_MAX,
    patterns: () => [AMOUNT_PATTERN],
    guard: () => {
      expect(amountPickerOf("$10 $25 $50 Other")).toBe(true);
      expect(amountPickerOf("$10 $25 $50 Other" + " ".repeat(AMOUNT_TEXT_MAX))).toBe(false);
    },
  },
];

const keyOf = (source: string, flags: string) => `/${source}/${[...flags].filter((f) => f !== "g" && f !== "y").sort().join("")}`;

function boundedEntry(source: string, flags: string) {
  const key = keyOf(source, flags);
  return BOUNDED.find((entry) => entry.patterns().some((p) => keyOf(p.source, p.flags) === key));
}

interface Target {
  source: string;
  flags: string;
  where: string;
}

const files = sourceFiles("src");
const sites = collectRegexSites(files);

function siteKey(site: Pick<DynamicSite, "file" | "owner">): string {
  return `${site.file} › ${site.owner}`;
}

function targets(): Target[] {
  const list: Target[] = [];
  for (const site of sites.literals) {
    if (COMPILED_TABLES[site.file]) continue;
    list.push({ source: site.source, flags: site.flags, where: `${site.file}:${site.line}` });
  }
  for (const entry of DYNAMIC_SITES) {
    for (const [i, re] of entry.builds().entries()) list.push({ source: re.source, flags: re.flags, where: `${siteKey(entry)} #${i}` });
  }
  // One check per pattern as recheck sees it (a compiled row and its prefilter often relax to the same).
  const unique = new Map<string, Target>();
  for (const t of list) {
    const key = keyOf(relaxLookarounds(t.source).source, t.flags);
    const seen = unique.get(key);
    // A pattern both bounded and not is checked as not bounded.
    if (!seen || (boundedEntry(seen.source, seen.flags) && !boundedEntry(t.source, t.flags))) unique.set(key, t);
  }
  return [...unique.values()];
}

/**
 * Proof first: recheck's automaton checker is sound and decides most patterns in
 * milliseconds, but gives up on large case-insensitive Unicode ones (most call-to-action
 * rows). Those go to its fuzzer, with a smaller search than the default (three generations:
 * still finds the old byline's exponential attack) to keep this file near a minute.
 */
async function recheck(source: string, flags: string, bounded: boolean): Promise<Diagnostics> {
  const proof = await check(source, flags, { checker: "automaton", timeout: bounded ? 1_000 : 5_000 });
  if (proof.status !== "unknown") return proof;
  return check(source, flags, { checker: "fuzz", timeout: 20_000, maxIteration: 3, maxInitialGenerationSize: 100, maxGenerationSize: 50 });
}

/** Patterns only the fuzzer cleared (it found no attack: evidence, not a proof), listed in the test output. */
const fuzzOnly: string[] = [];

/** One recheck verdict on the pattern with its (bounded) lookarounds removed. */
async function verdict(target: Target): Promise<{ target: Target; problem: string | null }> {
  const relaxed = relaxLookarounds(target.source);
  const bounded = boundedEntry(target.source, target.flags);
  if (relaxed.unboundedLookarounds.length > 0 && !bounded) {
    return { target, problem: `lookaround reads without bound: ${relaxed.unboundedLookarounds.join(" ")} (bound it, e.g. {0,16})` };
  }
  const flags = [...target.flags].filter((f) => f !== "g" && f !== "y" && f !== "d").join("");
  // Sticky matches only where lastIndex points: the same as anchoring the pattern there.
  const source = target.flags.includes("y") ? `^(?:${relaxed.source})` : relaxed.source;
  const result = await recheck(source, flags, !!bounded);
  if (result.status === "safe") {
    if (result.checker !== "automaton") fuzzOnly.push(`${bounded ? "bounded " : ""}${target.where} /${target.source.slice(0, 80)}/`);
    return { target, problem: null };
  }
  const detail = result.status === "vulnerable" ? `${result.complexity.type}, attack ${result.attack.pattern}` : `unknown (${result.error.kind})`;
  if (result.status === "vulnerable" && result.complexity.type === "exponential") return { target, problem: `exponential: ${detail}` };
  if (bounded) return { target, problem: null };
  return { target, problem: `${detail}: rewrite it (a loop, or an anchored pattern), or bound its input and list it in BOUNDED` };
}

async function checkAll(list: Target[], parallel = 2) {
  const results: Array<Awaited<ReturnType<typeof verdict>>> = [];
  let next = 0;
  const worker = async () => {
    while (next < list.length) results.push(await verdict(list[next++]!));
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

describe("every regular expression in src/ is found", () => {
  it("finds the literals and constructors it should (the finder works)", () => {
    expect(sites.literals.length).toBeGreaterThan(100);
    const here = sites.literals.filter((s) => s.file === "src/core/clutter/rules/structure-patterns.ts").map((s) => s.owner);
    expect(here).toEqual(expect.arrayContaining(["BYLINE_PATTERN", "AMOUNT_PATTERN", "FOOTER_PATTERN"]));
    expect(sites.dynamic.map(siteKey)).toEqual(expect.arrayContaining(DYNAMIC_SITES.map(siteKey)));
  });

  it("has no regex built at run time that is not listed with what it builds", () => {
    const listed = new Set(DYNAMIC_SITES.map(siteKey));
    const unlisted = sites.dynamic.filter((site) => !COMPILED_TABLES[site.file] && !listed.has(siteKey(site)));
    expect(
      unlisted.map((s) => `${s.file}:${s.line} (${s.kind}) ${s.text}`),
      "A RegExp is built from a variable. Pass a literal, or add the site to DYNAMIC_SITES in tests/unit/redos-checker.test.ts with the patterns it builds, so they are checked too.",
    ).toEqual([]);
  });

  it("checks compiled tables through their compiled form, and nothing else reads the raw rows", () => {
    for (const [file, table] of Object.entries(COMPILED_TABLES)) {
      expect(table.compiled()).toBe(table.rows());
      const exports = [...readFileSync(file, "utf8").matchAll(/export const (\w+)/g)].map((m) => m[1]!);
      const readers = files.filter((f) => f !== file && f !== table.compiledBy && exports.some((name) => readFileSync(f, "utf8").includes(name)));
      expect(readers, `${file} is compiled by ${table.compiledBy}; read the compiled list instead`).toEqual([]);
    }
  });

  it("each bounded function refuses input over its bound", () => {
    for (const entry of BOUNDED) entry.guard();
  });
});

describe("recheck", () => {
  it("proves the byline pattern of before the fix exponential (the checker catches the class)", async () => {
    const before = String.raw`^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Dd]e)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}(?:\s*(?:,|and|und|et|y|e|en|&)\s*\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})*(?:\s*[,|/–—-].{0,60})?$`;
    const result = await check(before, "u", { timeout: 20_000 });
    expect(result.status).toBe("vulnerable");
    expect(result.status === "vulnerable" && result.complexity.type).toBe("exponential");
  });

  it("finds every regex in src/ safe, or bounded and at most polynomial", async () => {
    const list = targets();
    const results = await checkAll(list);
    expect(results.length).toBe(list.length);
    const problems = results.filter((r) => r.problem).map((r) => `${r.target.where} /${r.target.source}/${r.target.flags}: ${r.problem}`);
    console.log(`redos-checker: ${list.length} patterns, ${list.length - fuzzOnly.length - problems.length} proved by recheck's automaton, ${fuzzOnly.length} cleared by its fuzzer:\n  ${fuzzOnly.join("\n  ")}`);
    expect(problems).toEqual([]);
  }, 600_000);
});
