// Size budgets (gzipped bytes, zlib level 9) of the extension's bundles: checked by every
// build (build.mjs) and by `npm run bench` (scripts/bench-speed.mjs). content.js is injected
// into each page the user reads; lazy/*.js only when the feature they hold is first used.
import { readFileSync } from "node:fs";

const KB = 1024;

/** The lazy bundles' names, read from their one list (src/content/lazy/bundles.ts). */
export const LAZY_BUNDLES = JSON.parse(
  /LAZY_BUNDLES = (\[[^\]]*\])/.exec(readFileSync(new URL("../src/content/lazy/bundles.ts", import.meta.url), "utf8"))[1].replace(/,\s*\]/, "]"),
);

export const BUDGETS = {
  "content.js": 45 * KB,
  "popup/popup.js": 20 * KB,
  "lazy/extract.js": 64 * KB,
  "lazy/read-aloud.js": 4 * KB,
  "lazy/saving.js": 5 * KB,
};
