/**
 * No test code in shipped bundles (issue #15): the e2e suite drives the reader through hooks
 * (the `__quietReader` handle in the content script's world, `__quietLibrary` on the library
 * page, and the one exception to the trusted-input gate for clicks the handle dispatches) that
 * exist only in the test build (`__QR_TEST_BUILD__`, `node build.mjs --test` → dist-test/).
 * This reads every .js file of the shipped build (dist/chrome and dist/firefox, or
 * $QR_DIST/…, written by `npm run build`; `npm test` builds both) and fails on any hook name;
 * the test build, when present, must hold them, so the search is shown to find them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");
const SHIPPED = process.env.QR_DIST ? resolve(process.env.QR_DIST) : join(ROOT, "dist");
const TEST_BUILD = join(ROOT, "dist-test");

/** What only test code contains; property names and strings survive minification. */
const HOOK_MARKERS = [
  "__quietReader", // the content script's inspection handle
  "__quietLibrary", // the library page's
  "acceptTrustedOrHandleDispatched", // the trusted-event exception for the handle's clicks
  "bare-reader", // the benchmark's bare reader (test/bare-reader.js) and the popup's path to it
  "__qrBareReader", // what the bare reader leaves for the perf test
  "__QR_TEST_BUILD__", // the constant itself: left in, it was never defined
  "headingOffset", // the handle's reads of the overlay (src/content/overlay/test-access.ts)
  "exposeForAudit",
];

/**
 * Test-only methods that shipped classes once had (the controller's overlayForTests, the
 * overlay's pickElement and headingOffset; its `query` is too common a word to look for):
 * their work is done by src/content/overlay/test-access.ts now, whose function names the
 * minifier drops, so the test build need not hold these; a method by any of these names in a
 * shipped bundle means test code went back into a shipped class.
 */
const RETIRED_TEST_METHODS = ["overlayForTests", "pickElement", "queryOverlay", "inspectToast"];

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => join(entry.parentPath, entry.name));
}

function markersIn(dir: string): string[] {
  const found: string[] = [];
  for (const file of scripts(dir)) {
    const code = readFileSync(file, "utf8");
    for (const marker of [...HOOK_MARKERS, ...RETIRED_TEST_METHODS]) if (code.includes(marker)) found.push(`${relative(ROOT, file)}: ${marker}`);
  }
  return found;
}

describe("shipped bundles carry no test hooks", () => {
  it.each(["chrome", "firefox"])("%s build", (browser) => {
    const dir = join(SHIPPED, browser);
    if (!existsSync(join(dir, "manifest.json"))) throw new Error(`${dir} is missing: run \`npm run build\` first (npm test does)`);
    expect(scripts(dir).map((file) => relative(dir, file))).toContain("content.js");
    expect(markersIn(dir)).toEqual([]);
  });

  it.skipIf(!existsSync(join(TEST_BUILD, "chrome", "content.js")))("the test build (dist-test/) does hold them, so the search finds what it looks for", () => {
    const found = markersIn(join(TEST_BUILD, "chrome"));
    for (const marker of HOOK_MARKERS.filter((m) => m !== "__QR_TEST_BUILD__")) expect(found.some((line) => line.endsWith(`: ${marker}`)), marker).toBe(true);
    expect(found.some((line) => line.endsWith(": __QR_TEST_BUILD__"))).toBe(false);
  });
});
