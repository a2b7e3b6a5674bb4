/** Loads the project's own fixtures (tests/fixtures/<name>/source.html + expected.json). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FIXTURES_DIR = join(import.meta.dirname, "..", "fixtures");

export interface FixtureExpectation {
  url: string;
  title?: string;
  byline?: string | null;
  lang?: string;
  /** Sentences of the article that must survive whole. */
  mustKeep: string[];
  /** Strings (clutter) that must not appear anywhere in the output. */
  mustDrop: string[];
}

export interface Fixture {
  name: string;
  html: string;
  expected: FixtureExpectation;
}

export function loadFixture(name: string): Fixture {
  const dir = join(FIXTURES_DIR, name);
  return {
    name,
    html: readFileSync(join(dir, "source.html"), "utf8"),
    expected: JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as FixtureExpectation,
  };
}

export function listFixtures(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Whitespace-normalised text, so assertions compare words, not layout. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();
}
