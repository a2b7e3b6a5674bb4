/**
 * The folder map (#15 item 8): src/ is split by the context that runs the code, and each
 * top-level folder may import only the folders its row below names. Layers (types, platform,
 * core, settings, storage, export, messages, ui) sit below the contexts (content, popup,
 * background, options, library, cli); a context never imports another context's folder,
 * and platform (the thin per-browser layer) imports nothing above it. Every import of every
 * src/**\/*.ts file is read with the TypeScript compiler's own pre-processor (static
 * imports, `import type`, `export … from`, dynamic `import()`), so none is missed by a regex.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

/** Layers every extension context may use. */
const SHARED = ["types", "platform", "core", "settings", "storage", "export", "messages", "ui"];

/** Each top-level folder of src/ → the other folders it may import. */
const ALLOWED: Record<string, readonly string[]> = {
  // Layers, lowest first.
  types: [],
  platform: ["types"],
  core: ["types"],
  settings: ["types", "platform"],
  storage: ["types", "platform", "core"],
  export: ["types", "core", "storage"],
  messages: ["types", "platform", "core", "settings", "storage"],
  ui: ["types", "platform", "core", "settings", "messages"],
  // Contexts: where code runs. None imports another.
  content: SHARED,
  popup: SHARED,
  background: SHARED,
  options: SHARED,
  library: SHARED,
  cli: ["types", "core", "export"],
  // Not code: UI strings.
  _locales: [],
};

/**
 * Named file-to-file exceptions, each with its reason. The library page shows a saved article
 * in the reader overlay (with read aloud), which is shared UI that still lives in content/:
 * moving the overlay to ui/ belongs with the overlay's shell-and-tools split (#15 item 8).
 */
const EXCEPTIONS: readonly (readonly [from: string, to: string])[] = [
  ["library/article-reader.ts", "content/overlay/overlay.ts"],
  ["library/article-reader.ts", "content/overlay/remote-images-bar.ts"],
  ["library/article-reader.ts", "content/lazy/read-aloud.ts"],
  ["library/article-reader.ts", "content/lazy/keyboard-help.ts"],
  ["library/article-reader.ts", "content/lazy/lightbox.ts"],
  ["library/article-reader.ts", "content/lazy/picker.ts"],
  ["library/article-reader.ts", "content/lazy/typography.ts"],
  // The library's test-build hook (__quietLibrary) reads the reader it shows the way the
  // content script's test handle does.
  ["library/library.ts", "content/overlay/test-access.ts"],
];

/** Packages only one layer may import (the browser API, Node and jsdom). Prefix match. */
const PACKAGE_HOMES: Record<string, readonly string[]> = {
  "webextension-polyfill": ["platform"],
  jsdom: ["cli"],
  "node:": ["cli"],
};

interface Edge {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => relative(SRC, join(dir, file)).split("\\").join("/"))
    .sort();
}

/** Every module specifier in a file: import, import type, export … from, import(). */
function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** A relative specifier → the src/-relative file it names (".js" is the .ts it builds from). */
function resolveSpecifier(from: string, specifier: string): string | null {
  const base = relative(SRC, resolve(SRC, dirname(from), specifier)).split("\\").join("/");
  const candidates = [base.replace(/\.js$/, ".ts"), base, `${base}.ts`, `${base}/index.ts`];
  return candidates.find((candidate) => existsSync(join(SRC, candidate)) && !candidate.startsWith("..")) ?? null;
}

function folderOf(file: string): string {
  return file.includes("/") ? file.slice(0, file.indexOf("/")) : "(src root)";
}

function graph(): { edges: Edge[]; packages: Edge[]; unresolved: Edge[] } {
  const edges: Edge[] = [];
  const packages: Edge[] = [];
  const unresolved: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const specifier of specifiers(readFileSync(join(SRC, file), "utf8"))) {
      if (!specifier.startsWith(".")) {
        packages.push({ from: file, to: specifier });
        continue;
      }
      const target = resolveSpecifier(file, specifier);
      if (target) edges.push({ from: file, to: target });
      else unresolved.push({ from: file, to: specifier });
    }
  }
  return { edges, packages, unresolved };
}

const isException = (edge: Edge) => EXCEPTIONS.some(([from, to]) => edge.from === from && edge.to === to);

/** The edges the folder map forbids, as "from -> to" lines. */
function forbiddenEdges(edges: readonly Edge[]): string[] {
  return edges
    .filter((edge) => {
      const from = folderOf(edge.from);
      const to = folderOf(edge.to);
      return from !== to && !(ALLOWED[from] ?? []).includes(to) && !isException(edge);
    })
    .map((edge) => `${edge.from} -> ${edge.to}`);
}

describe("the import graph follows the folder map", () => {
  const { edges, packages, unresolved } = graph();

  it("reads imports of every kind (the parser is not blind to one)", () => {
    const source = [
      'import a from "./a.js";',
      'import type { B } from "../b.js";',
      'export { c } from "./c.js";',
      'export * from "./d.js";',
      'import "./e.js";',
      'const f = await import("./f.js");',
    ].join("\n");
    expect(specifiers(source)).toEqual(["./a.js", "../b.js", "./c.js", "./d.js", "./e.js", "./f.js"]);
  });

  it("sees the source tree (files and edges across folders)", () => {
    expect(sourceFiles(SRC).length).toBeGreaterThan(100);
    expect(edges.filter((edge) => folderOf(edge.from) !== folderOf(edge.to)).length).toBeGreaterThan(100);
  });

  it("resolves every relative import to a file in src/", () => {
    expect(unresolved.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([]);
  });

  it("places every folder of src/ on the map", () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.filter((folder) => !(folder in ALLOWED))).toEqual([]);
    expect(sourceFiles(SRC).filter((file) => !file.includes("/"))).toEqual([]);
  });

  it("has no import the map forbids (no context imports another's folder, no layer imports upward)", () => {
    expect(forbiddenEdges(edges)).toEqual([]);
  });

  it("flags a forbidden edge (the check is not vacuous)", () => {
    expect(forbiddenEdges([{ from: "platform/x.ts", to: "messages/y.ts" }, { from: "options/a.ts", to: "content/b.ts" }, { from: "core/a.ts", to: "core/b.ts" }])).toEqual([
      "platform/x.ts -> messages/y.ts",
      "options/a.ts -> content/b.ts",
    ]);
  });

  it("keeps no stale exception (each one is still an import)", () => {
    expect(EXCEPTIONS.filter(([from, to]) => !edges.some((edge) => edge.from === from && edge.to === to))).toEqual([]);
  });

  it("imports the browser API only in platform/, Node and jsdom only in cli/", () => {
    const misplaced = packages.filter((edge) =>
      Object.entries(PACKAGE_HOMES).some(([prefix, homes]) => edge.to.startsWith(prefix) && !homes.includes(folderOf(edge.from))),
    );
    expect(misplaced.map((edge) => `${edge.from} -> ${edge.to}`)).toEqual([]);
  });
});
