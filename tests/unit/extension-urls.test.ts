/**
 * Extension file paths handed to the WebExtension API must mean the same file in every
 * browser and from every page. Firefox resolves a relative `scripting.executeScript` file
 * (and a relative tabs.create URL) against the calling page, Chrome against the extension
 * root: from popup/popup.html, "content.js" was popup/content.js in Firefox and the reader
 * never opened. This checks the class over all extension sources: injected files are
 * root-absolute ("/…"), and pages opened in tabs go through runtime.getURL().
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { LAZY_BUNDLES, lazyBundleFile } from "../../src/messages/lazy-bundles.js";

const SRC = join(import.meta.dirname, "..", "..", "src");
/** Extension code only: the core and the CLI never call the WebExtension API. */
const SKIP = new Set(["core", "cli"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) && dir === SRC ? [] : sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, "utf8") }));

/** String constants declared anywhere in the extension sources: `const NAME = "value"`. */
const constants = new Map<string, string>();
for (const { text } of files) for (const [, name, value] of text.matchAll(/\bconst\s+([A-Z_][A-Z0-9_]*)\s*=\s*"([^"]*)"/g)) constants.set(name!, value!);

/** Path functions: every value they can return (the content script's lazy bundles, by name). */
const PATH_FUNCTIONS: Record<string, () => string[]> = { lazyBundleFile: () => LAZY_BUNDLES.map(lazyBundleFile) };

function valuesOf(expression: string): string[] | null {
  const call = /^([A-Za-z_]\w*)\(/.exec(expression);
  if (call && Object.hasOwn(PATH_FUNCTIONS, call[1]!)) return PATH_FUNCTIONS[call[1]!]!();
  const value = valueOf(expression);
  return value === null ? null : [value];
}

function valueOf(expression: string): string | null {
  const literal = /^(["'`])(.*)\1$/.exec(expression);
  if (literal) return literal[2]!;
  return constants.get(expression) ?? null;
}

describe("extension paths passed to the API", () => {
  const injected = files.flatMap(({ path, text }) =>
    [...text.matchAll(/executeScript\(\{[^)]*?\bfiles:\s*\[([^\]]*)\]/g)].flatMap(([, list]) => list!.split(",").map((item) => ({ path, expression: item.trim() }))),
  );

  it("finds the injection of the content script and of its lazy bundles", () => {
    expect(injected.map(({ expression }) => expression)).toContain("CONTENT_SCRIPT_FILE");
    expect(injected.map(({ expression }) => expression)).toContain("lazyBundleFile(message.name)");
  });

  it("injects files by root-absolute paths only (the same file from the popup, the background and any page)", () => {
    for (const { path, expression } of injected) {
      const values = valuesOf(expression);
      expect(values, `${path}: executeScript files entry ${expression} is not a known string`).not.toBeNull();
      for (const value of values!) expect(value, `${path}: ${expression} = "${value}" is relative`).toMatch(/^\//);
    }
  });

  it("opens extension pages in tabs through runtime.getURL(), never by a relative URL", () => {
    const opened = files.flatMap(({ path, text }) => [...text.matchAll(/\b(?:tabs|windows)\.create\(\{\s*url:\s*([^,}]+)/g)].map(([, expression]) => ({ path, expression: expression!.trim() })));
    expect(opened.length).toBeGreaterThan(0);
    for (const { path, expression } of opened) {
      const literal = valueOf(expression);
      if (literal !== null) expect(literal, `${path}: tabs.create url ${expression}`).toMatch(/^https?:\/\//);
      else expect(expression, `${path}: tabs.create url`).toMatch(/runtime\.getURL\(|^url$/);
    }
  });
});
