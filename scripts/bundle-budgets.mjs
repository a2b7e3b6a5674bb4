// Size budgets (gzipped bytes, zlib level 9) of the extension's bundles: checked by every
// build (build.mjs) and by `npm run bench` (scripts/bench-speed.mjs). content.js is injected
// into each page the user reads; lazy/*.js only when the feature they hold is first used.
import { readFileSync } from "node:fs";

const KB = 1024;

/** The lazy bundles' names, read from their one list (src/messages/lazy-bundles.ts). */
export const LAZY_BUNDLES = lazyBundleNames(readFileSync(new URL("../src/messages/lazy-bundles.ts", import.meta.url), "utf8"));

function lazyBundleNames(source) {
  const list = /LAZY_BUNDLES = \[([^\]]*)\]/.exec(source)?.[1];
  const names = list?.split(",").map((item) => item.trim()).filter(Boolean).map((item) => /^"([a-z][a-z-]*)"$/.exec(item)?.[1]);
  if (!names?.length || names.some((name) => !name)) throw new Error('src/messages/lazy-bundles.ts: expected `LAZY_BUNDLES = ["name", …]` (lowercase names in double quotes)');
  return names;
}

/** dist/chrome's bundles (dist/firefox shares all but its own, FIREFOX_BUDGETS). */
export const BUDGETS = {
  // The service worker: features and message routing only; extraction runs in the offscreen
  // document (library/offscreen.js), so no Readability or DOMPurify (#15 item 5: 77.6 → 13.1 KB gz).
  "background.js": 16 * KB,
  "content.js": 45 * KB,
  "popup/popup.js": 20 * KB,
  // Readability, DOMPurify, the clutter rules in twelve languages, the repair and the learned model:
  // 64 → 68 KB when #14 added the page-furniture rows (affiliate, comment-form, rating, sales lines);
  // 68 → 70 KB for the picture-credit and repeated-section steps and the probe sets' ask rows (session 9);
  // 70 → 70.5 KB for session 10's speed work (one read of the page's prose, shallow narrowed copies: +0.3 KB);
  // 70.5 → 72.5 KB for probe set F's ask kinds written in five languages (46 rows: +2.0 KB, session 11);
  // 72.5 → 74 KB for the rows' literal index (clutter/required-literals.ts, +1.4 KB): a text is tried
  // against the rows it comes near (median 17 of ~400 on the fixtures' paragraphs), and no row's regex is built until then.
  // 74 → 75 KB for probe set G's kinds in five languages (22 rows: +0.7 KB). Rows cost ~30 bytes gz each;
  // this bundle is read from the extension's own files, so what its size costs is parse time, which
  // the index's lazily built regexes more than paid back (docs/performance.md, session 11).
  // 75 → 76 KB for asks read from their parts (composed-ask.ts and its word classes, +1.2 KB): the first
  // part of the tables that catches asks no row was written for.
  // 76 → 89 KB for the learned ask reading (model/ask-words.ts and its table of ~3,400 weighted
  // features, +12.6 KB, session 12): the first reading whose held-out rate does not depend on which
  // kinds someone wrote rows for (docs/clutter-stripping.md). The table is one string, read into a
  // Map the first time a short line is judged.
  // 89 → 95 KB for that table trained on ~1,040 written asks instead of ~660 (session 13: 4,845
  // features, +5.4 KB): +4 points of asks taken on probe sets left out one at a time (67.4 → 71.3 %);
  // a table cut back to the old size (features in 14+ written lines) kept only half of that gain.
  "lazy/extract.js": 95 * KB,
  "lazy/read-aloud.js": 4 * KB,
  "lazy/saving.js": 5 * KB,
  // The reader's tools kept out of first paint (src/content/overlay/tools/).
  "lazy/picker.js": 4 * KB, // with the rule maker (settings/site-rules.ts: selectors that find the block again)
  "lazy/lightbox.js": 2 * KB,
  "lazy/keyboard-help.js": 2 * KB,
  "lazy/typography.js": 4 * KB, // with the settings schema (choices and steps), which content.js holds too
};

/** Firefox's own builds (build.mjs FIREFOX_ENTRIES): its event page extracts fetched pages itself. */
export const FIREFOX_BUDGETS = {
  // 82 → 82.5 KB for session 10's speed work (the same +0.3 KB as lazy/extract.js);
  // 82.5 → 84.5 KB for probe set F's rows (the same +2.0 KB as lazy/extract.js, session 11);
  // 84.5 → 86 KB for the rows' literal index (the same +1.4 KB as lazy/extract.js).
  // 86 → 87 KB for probe set G's rows (the same +0.7 KB as lazy/extract.js).
  // 87 → 88.5 KB for composed-ask.ts (the same +1.2 KB as lazy/extract.js).
  // 88.5 → 101 KB for the learned ask reading (the same +12.6 KB as lazy/extract.js, session 12).
  // 101 → 107 KB for its larger table (the same +5.4 KB as lazy/extract.js, session 13).
  "background.js": 107 * KB,
};
