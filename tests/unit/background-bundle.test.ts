/**
 * Chrome's background is a service worker without a DOM: it hands fetched pages to the
 * offscreen document for extraction, so its bundle must not carry the extraction core
 * (Readability, DOMPurify, the clutter rules; issue #15 item 5). Firefox's event page has a
 * DOM and extracts itself, so its background.js keeps the core. This reads the shipped build
 * (dist/, or $QR_DIST, written by `npm run build`; `npm test` builds it) and looks for strings
 * that survive minification in each library; the same strings must be found in the bundles
 * that do hold the libraries, so the search is shown to find what it looks for.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");
const SHIPPED = process.env.QR_DIST ? resolve(process.env.QR_DIST) : join(ROOT, "dist");

/** Strings of each library's own code (a class name, a property, its name), kept by minifiers. */
const CORE_MARKERS = [
  "readability-page-1", // Readability wraps the article in <div id="readability-page-1">
  "_readabilityDataTable", // Readability's table flag
  "DOMPurify", // DOMPurify's messages and Trusted Types policy name
  "ALLOWED_TAGS", // DOMPurify's configuration key
];

function bundle(path: string): string {
  const file = join(SHIPPED, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
  return readFileSync(file, "utf8");
}

/** The modules with code in an entry's bundle, built as build.mjs builds it (minified, shipped constant). */
async function modulesWithCode(entry: string): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: "iife",
    define: { __QR_TEST_BUILD__: "false" },
    logLevel: "error",
    absWorkingDir: ROOT,
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
}

const markersIn = (code: string) => CORE_MARKERS.filter((marker) => code.includes(marker));

describe("the background bundles", () => {
  it("Chrome's service worker carries no Readability or DOMPurify", () => {
    expect(markersIn(bundle("chrome/background.js"))).toEqual([]);
  });

  it("Chrome's offscreen document, which extracts for it, carries both (the markers are found)", () => {
    expect(markersIn(bundle("chrome/library/offscreen.js"))).toEqual(CORE_MARKERS);
  });

  it("Firefox's event page extracts itself: its background.js carries both", () => {
    expect(markersIn(bundle("firefox/background.js"))).toEqual(CORE_MARKERS);
  });

  it("Chrome's manifest starts the Chrome bundle as its service worker", () => {
    const manifest = JSON.parse(bundle("chrome/manifest.json")) as { background: { service_worker?: string } };
    expect(manifest.background.service_worker).toBe("background.js");
  });

  it("Chrome's entry bundles no module of the extraction core (esbuild's metafile, as build.mjs bundles it)", async () => {
    const withCode = await modulesWithCode("src/background/platform/chromium/background.ts");
    // The pipeline and what only it uses; small helpers of core/ (trim-chars.ts) may be shared.
    const extraction = /^src\/core\/(extract-article|sanitize-html|parser-stable)\.ts$|^src\/core\/(clutter|repair|tidy)\/|node_modules\/(@mozilla\/readability|dompurify)\//;
    expect(withCode.filter((path) => extraction.test(path))).toEqual([]);
    // The check sees modules at all: the router is there, and Firefox's entry has the pipeline.
    expect(withCode).toContain("src/messages/message-router.ts");
  }, 60_000);

  it("the same check finds the pipeline in Firefox's entry", async () => {
    const withCode = await modulesWithCode("src/background/platform/firefox/background.ts");
    expect(withCode).toContain("src/core/extract-article.ts");
    expect(withCode.some((path) => path.includes("node_modules/dompurify/"))).toBe(true);
  }, 60_000);
});
