/**
 * The pipeline's whole output on every fixture equals its golden files (expected.html,
 * expected-removed.json, expected-metadata.json; format in tests/helpers/golden.ts). A change
 * in output fails here until the files are regenerated and the diff reviewed.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";
import { FIXTURES_DIR, listFixtures, loadFixture } from "../helpers/fixtures.js";
import { firstDifference, GOLDEN_FILES, goldenFiles, prettyHtml } from "../helpers/golden.js";

const HINT = "output differs from the golden file: run npm run golden:update and review the diff";

const pages = listFixtures().filter(
  (name) => existsSync(join(FIXTURES_DIR, name, "source.html")) && existsSync(join(FIXTURES_DIR, name, "expected.json")),
);

describe("golden files", () => {
  it("cover the fixtures, including a page without an article", () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(readFileSync(join(FIXTURES_DIR, "no-article", "expected.html"), "utf8")).toMatch(/no article/);
  });

  for (const name of pages) {
    it(`${name}: the pipeline's output equals the golden files`, () => {
      const { html, expected } = loadFixture(name);
      const now = goldenFiles(extractFromHtml(html, expected.url));
      for (const file of GOLDEN_FILES) {
        const path = join(FIXTURES_DIR, name, file);
        expect(existsSync(path), `tests/fixtures/${name}/${file} is missing: run npm run golden:update`).toBe(true);
        const golden = readFileSync(path, "utf8");
        if (golden !== now[file]) expect.fail(`tests/fixtures/${name}/${file}: ${HINT}\n${firstDifference(golden, now[file])}`);
      }
    });
  }
});

describe("prettyHtml", () => {
  it("puts each block on its own line, keeps inline markup and pre text as they are", () => {
    const html = '<div><h2>Head</h2><p>One <a href="/x">link</a>  and\n text</p><figure><img src="a.jpg" alt="A"><figcaption>Cap</figcaption></figure><pre>a\n  b</pre></div>';
    expect(prettyHtml(html)).toBe(
      ["<div>", "  <h2>Head</h2>", '  <p>One <a href="/x">link</a> and text</p>', "  <figure>", '    <img src="a.jpg" alt="A">', "    <figcaption>Cap</figcaption>", "  </figure>", "  <pre>a\n  b</pre>", "</div>", ""].join("\n"),
    );
  });

  it("is deterministic and shows a one-word change as a one-line difference", () => {
    const a = prettyHtml("<div><p>First.</p><p>Second.</p><p>Third.</p></div>");
    const b = prettyHtml("<div><p>First.</p><p>Changed.</p><p>Third.</p></div>");
    expect(prettyHtml("<div><p>First.</p><p>Second.</p><p>Third.</p></div>")).toBe(a);
    expect(firstDifference(a, b)).toContain("first difference at line 3");
    expect(firstDifference(a, b)).toContain("-   3 |   <p>Second.</p>");
    expect(firstDifference(a, b)).toContain("+   3 |   <p>Changed.</p>");
  });
});
