/**
 * Turns the readable rule tables into matchers (a call-to-action row's regexes on first use, its
 * literal index at module load): JavaScript's \b only knows ASCII letters ("déjà abonné\b" never
 * matches), so every \b becomes a Unicode-aware boundary and the pattern gets the u flag. Tables
 * stay plain literals; this is the one place that knows about the regex engine's limits.
 */
import { ATTRIBUTE_NAMES } from "./rules/attribute-names.js";
import { CALLS_TO_ACTION, type Strength } from "./rules/calls-to-action.js";
import { LABELS } from "./rules/labels.js";
import type { ClutterReason } from "./reasons.js";
import { LiteralIndex, requiredLiterals } from "./required-literals.js";

// Letters only: pages glue inline elements ("article4 min"), and a digit should not hide a word.
// A \b before a word becomes "no letter before", one after a word "no letter after": one cheap
// lookaround each, instead of a two-way alternation at every position. Only where the source
// cannot tell which side the word is on, a \b before a group or a class that follows a group or
// a quantifier ("(?:get|have)\b[^.]", ".{0,80}\b(?:news"), does it keep both sides.
const WORD_START = "(?<!\\p{L})";
const WORD_END = "(?!\\p{L})";
const WORD_EDGE = "(?:(?<!\\p{L})(?=\\p{L})|(?<=\\p{L})(?!\\p{L}))";

/** Which Unicode boundary a \b stands for, from the source characters around it. */
function boundaryFor(previous: string, next: string): string {
  if (/^[\p{L}\\]$/u.test(next)) return WORD_START;
  if (next !== "(" && next !== "[") return WORD_END;
  // Before a group or a class: a word starts there when nothing, "|", "(", ":" or a space comes first.
  return /^(?:|[|(: ])$/.test(previous) ? WORD_START : WORD_EDGE;
}

/** The same pattern with Unicode word boundaries, case-insensitive. */
export function unicodeWords(pattern: RegExp): RegExp {
  const source = pattern.source.replace(/\\b(?=(.?))/g, (_match, next: string, offset: number, whole: string) => boundaryFor(whole[offset - 1] ?? "", next));
  const flags = new Set(`${pattern.flags}iu`.split(""));
  flags.delete("g");
  return new RegExp(source, [...flags].join(""));
}

/**
 * The same pattern with its word boundaries dropped: it matches wherever `unicodeWords`'
 * version does (and more), and compiles in a twentieth of the time. The \p{L} lookarounds
 * are what make a case-insensitive Unicode pattern slow to compile (about 0.8 ms each, twice:
 * V8 compiles a pattern again when it tiers up), which a reader opened on a fresh page pays
 * for every row; run first, this one leaves the exact pattern to the rare text that may match.
 */
export function withoutWordBoundaries(pattern: RegExp): RegExp {
  const flags = new Set(`${pattern.flags}iu`.split(""));
  flags.delete("g");
  return new RegExp(pattern.source.replace(/\\b/g, ""), [...flags].join(""));
}

/**
 * One row, its regexes built on first use: with the literal index, most rows never run on a
 * page, and building a case-insensitive Unicode pattern is the expensive part of loading the
 * tables (its \p{L} lookarounds), so a reader opened on a fresh page pays only for the rows its
 * text comes near.
 */
export class CompiledCta {
  /** Strings one of which every text the row matches contains (in `prefilterForm`), or null: tried before any regex. */
  readonly literals: readonly string[] | null;
  private quickRegex: RegExp | undefined;
  private patternRegex: RegExp | undefined;

  constructor(
    /** The row as written in the table. */
    readonly source: RegExp,
    readonly reason: ClutterReason,
    readonly strength: Strength,
    readonly lang: string,
  ) {
    this.literals = requiredLiterals(source);
  }

  /** A cheap superset of `pattern`: when it fails, `pattern` fails. */
  get quick(): RegExp {
    return (this.quickRegex ??= withoutWordBoundaries(this.source));
  }

  get pattern(): RegExp {
    return (this.patternRegex ??= unicodeWords(this.source));
  }
}

/** Strong rows first, so the first hit is the most telling one. */
export const CTA_MATCHERS: readonly CompiledCta[] = Object.entries(CALLS_TO_ACTION)
  .flatMap(([lang, rows]) => rows.map(([pattern, reason, strength]) => new CompiledCta(pattern, reason, strength, lang)))
  .sort((a, b) => (a.strength === b.strength ? 0 : a.strength === "strong" ? -1 : 1));

/** The rows each text may match, found from the literals they cannot match without. */
export const CTA_INDEX = new LiteralIndex(CTA_MATCHERS.map((row) => row.literals));

/** Label text (lower-case) → reason, all languages merged. */
export const LABEL_REASONS: ReadonlyMap<string, ClutterReason> = new Map(
  Object.values(LABELS).flatMap((byReason) =>
    Object.entries(byReason).flatMap(([reason, labels]) => labels.map((label) => [label.toLowerCase(), reason as ClutterReason] as const)),
  ),
);

/** Labels that may open a link line ("Related: …", "Lesen Sie auch …"), longest first. */
export const LEAD_IN_LABELS: readonly string[] = [...LABEL_REASONS.entries()]
  .filter(([label, reason]) => reason === "recirculation-list" && label.length >= 4)
  .map(([label]) => label)
  .sort((a, b) => b.length - a.length);

export const ATTRIBUTE_MATCHERS = ATTRIBUTE_NAMES;
