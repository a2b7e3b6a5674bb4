/**
 * The tuned one-line ask probes (tests/probes/README.md): every ask of every set but the newest
 * is gone (but the placements listed in KNOWN_MISSES),
 * in the middle of the article and at its end; every news sentence that looks like an ask, in
 * every set (the held-out one included), stays.
 */
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";
import { loadProbeSet, probePage, probeSetNames, PROBE_URL, stillShown, type Where } from "../helpers/ask-probes.js";

const WHERE: Where[] = ["mid", "end"];
const SETS = probeSetNames();
/** Every set but the newest, which is held out (tests/probes/README.md). */
const TUNED = SETS.slice(0, -1);

/**
 * Tuned-on asks still shown, each with why: the only exceptions, listed so that a new one fails.
 * "6 a.m." reads as two more sentences, so in the middle of the article the ask is not "the whole
 * block" and its one strong phrase scores 2.5 (at the end, the edge adds the half point).
 */
const KNOWN_MISSES = ["e mid: The Briefing lands in your inbox at 6 a.m. sharp. It's free."];

describe("one-line ask probes", () => {
  for (const name of TUNED) {
    for (const [lang, set] of Object.entries(loadProbeSet(name))) {
      it(`set ${name}, ${lang}: every ask goes, in the middle and at the end`, () => {
        const shown = set.asks.flatMap((ask) => WHERE.filter((where) => stillShown(extractFromHtml(probePage(lang, set.prose, ask, where), PROBE_URL)?.textContent, ask)).map((where) => `${name} ${where}: ${ask}`));
        expect(shown.filter((line) => !KNOWN_MISSES.includes(line))).toEqual([]);
      });
    }
  }
  for (const name of SETS) {
    for (const [lang, set] of Object.entries(loadProbeSet(name))) {
      it(`set ${name}, ${lang}: news that looks like an ask stays, and so does the article`, () => {
        for (const line of set.keep ?? []) {
          for (const where of WHERE) {
            const text = extractFromHtml(probePage(lang, set.prose, line, where), PROBE_URL)?.textContent;
            expect(stillShown(text, line), `${where}: ${line}`).toBe(true);
            for (const paragraph of set.prose) expect(stillShown(text, paragraph)).toBe(true);
          }
        }
      });
    }
  }
});
