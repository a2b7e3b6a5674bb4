/**
 * Every fixture page, through the whole pipeline: each mustKeep sentence survives whole and
 * each mustDrop string is gone from both the text and the HTML. Fixtures are found by folder,
 * so a new page is tested by adding it; folders without source.html + expected.json (e.g.
 * generated sets) are skipped.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";
import { FIXTURES_DIR, listFixtures, loadFixture, normalise, shownText } from "../helpers/fixtures.js";

const pages = listFixtures().filter(
  (name) => existsSync(join(FIXTURES_DIR, name, "source.html")) && existsSync(join(FIXTURES_DIR, name, "expected.json")),
);

describe("every fixture page", () => {
  it("has at least 20 pages, 4+ languages and 4+ negative controls", () => {
    const langs = new Set(pages.map((name) => loadFixture(name).expected.lang).filter(Boolean));
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(langs.size).toBeGreaterThanOrEqual(4);
    expect(pages.filter((name) => name.startsWith("neg-")).length).toBeGreaterThanOrEqual(4);
  });

  for (const name of pages) {
    const { html, expected } = loadFixture(name);
    if (expected.mustKeep.length === 0 && expected.mustDrop.length === 0) continue;
    describe(name, () => {
      const article = extractFromHtml(html, expected.url);
      const text = normalise(article?.textContent ?? "");
      const contentHtml = normalise(article?.contentHtml ?? "");
      const shown = normalise(shownText(article?.contentHtml));

      it("keeps every mustKeep sentence", () => {
        // Shown by the reader: a picture credit is kept as the caption's small print, outside textContent.
        const lost = expected.mustKeep.filter((sentence) => !shown.includes(normalise(sentence)));
        expect(lost).toEqual([]);
      });

      it("drops every mustDrop string from text and HTML", () => {
        const kept = expected.mustDrop.filter((s) => text.includes(normalise(s)) || contentHtml.includes(normalise(s)));
        expect(kept).toEqual([]);
      });

      it("records a reason for every removal", () => {
        for (const block of article?.removed ?? []) {
          expect(block.reason).toMatch(/^[a-z-]+$/);
          expect(block.text.length).toBeLessThanOrEqual(120);
        }
      });
    });
  }
});
