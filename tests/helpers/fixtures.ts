/** Loads the project's own fixtures (tests/fixtures/<name>/source.html + expected.json). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { textWithBreaks } from "../../src/core/text-content.js";

export const FIXTURES_DIR = join(import.meta.dirname, "..", "fixtures");

export interface FixtureExpectation {
  url: string;
  title?: string;
  byline?: string | null;
  lang?: string;
  /** Sentences of the article that must survive whole: shown by the reader (picture credits count, as small print). */
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

const holder = new JSDOM("<!doctype html><body></body>").window.document;

/** All the text the reader shows of an article's HTML, picture credits included (textContent leaves those out). */
export function shownText(contentHtml: string | null | undefined): string {
  const div = holder.createElement("div");
  div.innerHTML = contentHtml ?? "";
  return textWithBreaks(div);
}
