/**
 * content.js is injected into every page the user reads: it must carry the reader's shell
 * only. Extraction and the tools are lazy bundles (src/content/lazy/), injected on first use,
 * and the schemas of messages a content script never receives stay out (issue #15). This
 * bundles content.js the way build.mjs does and reads what went into it (esbuild's metafile).
 */
import { join } from "node:path";
import * as esbuild from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { LAZY_BUNDLES } from "../../src/messages/lazy-bundles.js";

const ROOT = join(import.meta.dirname, "..", "..");

async function bundledInputs(entry: string): Promise<Set<string>> {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    format: "iife",
    target: ["chrome120", "firefox128"],
    alias: { "webextension-polyfill": join(ROOT, "src/platform/content-browser-api.ts") },
    define: { __QR_TEST_BUILD__: "false" }, // the shipped build (build.mjs)
    loader: { ".css": "text" },
    logLevel: "error",
    absWorkingDir: ROOT,
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  // Modules with code in the output (an import that kept only types or nothing counts as absent).
  return new Set(Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
}

let content: Set<string>;
beforeAll(async () => {
  content = await bundledInputs("src/content/content-script.ts");
}, 60_000);

const has = (inputs: Set<string>, part: string) => [...inputs].some((path) => path.includes(part));

describe("content.js holds the reader's shell only", () => {
  it.each([
    ["the extraction pipeline", "src/core/extract-article.ts"],
    ["Readability", "node_modules/@mozilla/readability/"],
    ["DOMPurify", "node_modules/dompurify/"],
    ["the clutter rules", "src/core/clutter/"],
    ["the read-aloud tool", "src/content/overlay/sentences.ts"],
    ["the saving UI (toast)", "src/content/saving/saved-toast.ts"],
    ["the element picker", "src/content/overlay/element-picker.ts"],
    ["the lightbox", "src/content/overlay/lightbox.ts"],
    ["the keyboard help panel", "src/content/lazy/keyboard-help.ts"],
    ["image inlining for saves", "src/storage/inline-images.ts"],
    ["the background's message schemas", "src/messages/schemas/background.ts"],
    ["the offscreen document's message schemas", "src/messages/schemas/offscreen.ts"],
  ])("leaves out %s", (_what, path) => {
    expect(has(content, path)).toBe(false);
  });

  it("keeps validating the messages it receives (its own schemas, valibot)", () => {
    expect(has(content, "src/messages/schemas/content-script.ts")).toBe(true);
    expect(has(content, "node_modules/valibot/")).toBe(true);
  });

  it.each(LAZY_BUNDLES.map((name) => [name]))("lazy bundle %s holds code content.js does not", async (name) => {
    const lazy = await bundledInputs(`src/content/lazy/${name}.ts`);
    const own = [...lazy].filter((path) => !content.has(path));
    expect(own.length).toBeGreaterThan(0);
    expect(has(lazy, "src/content/lazy/registry.ts")).toBe(true);
  }, 60_000);
});
