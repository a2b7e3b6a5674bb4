import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const LOCALES = ["en", "de"];
const DIRS = ["src/content", "src/popup", "src/options"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of DIRS.flatMap((dir) => files(join(ROOT, dir)))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/\bt\("([A-Za-z_]+)"/g)) keys.add(match[1]!);
    for (const match of text.matchAll(/data-i18n(?:-label|-title)?="([A-Za-z_]+)"/g)) keys.add(match[1]!);
    // Keys passed by name to the overlay's builders: ("...", "labelKey") pairs and the shortcut table.
    for (const match of text.matchAll(/(?:iconButton|button|stepper|labelled)\([^)]*?"([a-z][A-Za-z]+)"(?:,\s*(?:\(|"))/g)) keys.add(match[1]!);
    for (const match of text.matchAll(/\["[^"]+", "(key[A-Za-z]+)"\]/g)) keys.add(match[1]!);
    for (const match of text.matchAll(/panelToggle\("[^"]+", "[^"]+", "([A-Za-z]+)"\)/g)) keys.add(match[1]!);
    for (const match of text.matchAll(/stepper\("([A-Za-z]+)"/g)) for (const suffix of ["", "Down", "Up"]) keys.add(match[1]! + suffix);
  }
  // Keys built from values: every option of every choice, every removal reason.
  for (const f of ["serif", "sans", "mono", "system"]) keys.add(`font_${f}`);
  for (const name of ["light", "sepia", "dark", "system", "custom"]) keys.add(`theme_${name}`);
  for (const a of ["start", "justify"]) keys.add(`align_${a}`);
  // The clutter step's closed list of reasons (src/core/clutter/reasons.ts; rules.ts before it moved).
  const reasonsFile = ["reasons.ts", "rules.ts"].map((f) => join(ROOT, "src/core/clutter", f)).find((f) => existsSync(f))!;
  const source = readFileSync(reasonsFile, "utf8");
  const list = /CLUTTER_REASONS = \[([^\]]+)\]/.exec(source)?.[1] ?? /export type ClutterReason =([^;]+);/.exec(source)![1]!;
  const reasons = list.match(/"([a-z-]+)"/g)!.map((r) => r.slice(1, -1));
  for (const reason of reasons) keys.add(`reason${reason.replace(/(^|-)([a-z])/g, (_m, _d: string, ch: string) => ch.toUpperCase())}`);
  return keys;
}

describe("UI strings", () => {
  const keys = usedKeys();

  it("finds the reader's strings (sanity check of the scan)", () => {
    expect(keys.size).toBeGreaterThan(60);
    expect(keys).toContain("removedCount");
    expect(keys).toContain("keyReadAloud");
    expect(keys).toContain("reasonNewsletterSignup");
  });

  for (const locale of LOCALES) {
    it(`every string the reader, popup and options page use exists in ${locale}`, () => {
      const messages = JSON.parse(readFileSync(join(ROOT, "src/_locales", locale, "messages.json"), "utf8")) as Record<string, { message: string }>;
      const missing = [...keys].filter((key) => !messages[key]?.message);
      expect(missing).toEqual([]);
    });
  }
});
