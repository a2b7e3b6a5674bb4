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
 * Sets H to L have no rows (tests/probes/README.md): H was measured held out at 20/88, I at
 * 12/88, J at 56/88, K at 74/88 and L at 70/88 (with the learned ask reading). The learned ask
 * reading (src/core/clutter/model/ask-words.ts) was then trained on them, among other lines, and
 * takes most of them; these placements it still leaves (session 13's table: 56 of H–K's 352
 * placements were shown before it, 42 now: 22 newly taken, 8 shown that the previous table took;
 * L, 70/88 held out, 76/88 trained on).
 * Listed so that nothing else of them may slip.
 */
const SET_H_STILL_SHOWN = [
  "h mid: This is your third free story of five this month.",
  "h end: This is your third free story of five this month.",
  "h mid: New on The Daily Brief podcast: why the buses are late.",
  "h end: New on The Daily Brief podcast: why the buses are late.",
  "h mid: Send this to your group chat.",
  "h end: Send this to your group chat.",
  "h mid: Stories like this are only possible because readers pay for them.",
  "h end: Stories like this are only possible because readers pay for them.",
  "h mid: I nostri lettori hanno apprezzato anche",
  "h end: I nostri lettori hanno apprezzato anche",
];

const SET_I_STILL_SHOWN = [
  "i mid: You've got 1 article left before the paywall.",
  "i end: You've got 1 article left before the paywall.",
  "i mid: Catch every episode of Behind the Bench, out Tuesdays.",
  "i end: Catch every episode of Behind the Bench, out Tuesdays.",
  "i mid: Copy the link and pass this story along.",
  "i end: Copy the link and pass this story along.",
  "i mid: Create a free account to finish this article.",
  "i end: Create a free account to finish this article.",
  "i mid: Good journalism isn't cheap. Back it with a monthly gift.",
  "i end: Good journalism isn't cheap. Back it with a monthly gift.",
  "i mid: À suivre",
  "i end: À suivre",
  "i mid: A seguire",
  "i end: A seguire",
  "i mid: Als Nächstes",
  "i end: Als Nächstes",
  "i mid: A continuación",
  "i end: A continuación",
];

const SET_J_STILL_SHOWN = [
  "j mid: The Harbour Ledger is paid for by its readers, not by billionaires or advertisers.",
  "j end: The Harbour Ledger is paid for by its readers, not by billionaires or advertisers.",
  "j mid: Know someone who'd want to read this? Pass it along.",
  "j end: Know someone who'd want to read this? Pass it along.",
  "j mid: Read next: Inside the fight over the city's last public pool",
  "j end: Read next: Inside the fight over the city's last public pool",
  "j mid: Lust auf eine Pause? Sudoku, Kreuzworträtsel und mehr finden Sie in unserer Rätselwelt.",
  "j end: Lust auf eine Pause? Sudoku, Kreuzworträtsel und mehr finden Sie in unserer Rätselwelt.",
];

const SET_K_STILL_SHOWN = [
  "k mid: Read next: The quiet collapse of the county bus network",
  "k end: Read next: The quiet collapse of the county bus network",
  "k mid: Zum Liveticker",
  "k end: Zum Liveticker",
  "k mid: Sin anunciantes ni grandes accionistas: El Faro se financia con las cuotas de sus lectores.",
  "k end: Sin anunciantes ni grandes accionistas: El Faro se financia con las cuotas de sus lectores.",
];

const SET_L_STILL_SHOWN = [
  "l mid: Follow Priya Raman for updates from the courthouse.",
  "l end: Follow Priya Raman for updates from the courthouse.",
  "l mid: Read next: Why the county's bus network quietly collapsed",
  "l end: Read next: Why the county's bus network quietly collapsed",
  "l mid: Today's cryptic crossword is live.",
  "l end: Today's cryptic crossword is live.",
  "l mid: I più letti di oggi",
  "l end: I più letti di oggi",
  "l mid: Neu im Podcast „Stadtgeflüster“: Warum die Mieten im Umland so stark steigen.",
  "l end: Neu im Podcast „Stadtgeflüster“: Warum die Mieten im Umland so stark steigen.",
  "l mid: Was meinen Sie? Diskutieren Sie mit in den Kommentaren.",
  "l end: Was meinen Sie? Diskutieren Sie mit in den Kommentaren.",
];

/**
 * Tuned-on asks still shown, each with why: the only exceptions, listed so that a new one fails.
 * "6 a.m." reads as two more sentences, so in the middle of the article the ask is not "the whole
 * block" and its one strong phrase scores 2.5 (at the end, the edge adds the half point).
 */
const KNOWN_MISSES = ["e mid: The Briefing lands in your inbox at 6 a.m. sharp. It's free.", ...SET_H_STILL_SHOWN, ...SET_I_STILL_SHOWN, ...SET_J_STILL_SHOWN, ...SET_K_STILL_SHOWN, ...SET_L_STILL_SHOWN];

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
