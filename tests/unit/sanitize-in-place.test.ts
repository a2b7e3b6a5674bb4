/**
 * The pipeline sanitizes Readability's tree in place (sanitizeContent) instead of a serialized
 * copy (sanitizeHtml). These tests pin that the fast path gives the same guarantees: the same
 * HTML as the string path on real markup, a fixed point, a tree holding exactly that HTML, and
 * an article even when DOMPurify refuses to finish in place.
 */
import { JSDOM } from "jsdom";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as sanitizer from "../../src/core/sanitize-html.js";
import { purifierFor, sanitizeContent, sanitizeHtml } from "../../src/core/sanitize-html.js";
import { withoutStyles } from "../../src/cli/extract-from-html.js";
import { extractArticle } from "../../src/core/extract-article.js";
import { textWithBreaks } from "../../src/core/text-content.js";
import { listFixtures, loadFixture, normalise } from "../helpers/fixtures.js";
import { sanitizerViolations } from "../helpers/sanitizer-invariants.js";

type Win = Window & typeof globalThis;

function bodyOf(html: string): { root: Element; win: Win } {
  const dom = new JSDOM(withoutStyles(html), { url: "https://news.example/a" });
  const root = dom.window.document.createElement("div");
  // A detached working copy, as the pipeline's is.
  for (const child of Array.from(dom.window.document.body.childNodes)) root.append(child.cloneNode(true));
  return { root, win: dom.window as unknown as Win };
}

afterEach(() => {
  vi.restoreAllMocks();
});

const FIXTURES = listFixtures().filter((name) => name !== "hostile-pages");

describe("sanitizing the article tree in place", () => {
  it.each(FIXTURES)("gives a fixed point that keeps every invariant on %s, and a tree that holds exactly it", (name) => {
    const { root, win } = bodyOf(loadFixture(name).html);
    const result = sanitizeContent(root, win)!;
    expect(result).not.toBeNull();
    expect(result.tree.innerHTML).toBe(result.html);
    expect(sanitizerViolations(result.html)).toEqual([]);
  });

  // Pages built by a parser re-parse to themselves, so both paths see the same tree. (The XSS
  // pages' mutation payloads do not: there each path sanitizes its own, safe, tree.)
  it.each(FIXTURES.filter((name) => !name.startsWith("xss-")))("gives the string path's HTML on %s", (name) => {
    const { root, win } = bodyOf(loadFixture(name).html);
    const viaString = sanitizeHtml(root.innerHTML, win);
    expect(sanitizeContent(root, win)!.html).toBe(viaString);
  });

  it("re-sanitizes through the string path a tree whose markup would re-parse differently", () => {
    const { root, win } = bodyOf("<p>before</p>");
    const doc = root.ownerDocument;
    // Nested links cannot come out of the parser; a DOM-built tree can hold them.
    const outer = doc.createElement("a");
    outer.href = "https://a.example/";
    outer.textContent = "outer ";
    const inner = doc.createElement("a");
    inner.href = "javascript:alert(1)";
    inner.textContent = "inner";
    outer.append(inner);
    root.append(outer);
    const result = sanitizeContent(root, win)!;
    expect(result.tree).not.toBe(root);
    expect(result.tree.innerHTML).toBe(result.html);
    expect(sanitizerViolations(result.html)).toEqual([]);
    expect(result.html).not.toContain("javascript:");
    expect(normalise(textWithBreaks(result.tree))).toContain("outer inner");
  });

  it("says so (null) when DOMPurify refuses to sanitize the root in place", () => {
    const { win } = bodyOf("");
    const form = win.document.createElement("form");
    form.innerHTML = "<p>text</p>";
    expect(sanitizeContent(form, win)).toBeNull();
  });
});

describe("the pipeline when the in-place walk is refused", () => {
  it("still returns the whole, sanitized article through the string path", () => {
    const fixture = loadFixture("seed-christian-post");
    const doc = new JSDOM(withoutStyles(fixture.html), { url: fixture.expected.url }).window.document;
    const expected = extractArticle(doc)!;
    // What DOMPurify does when it refuses: it empties the root, and the caller gets null.
    vi.spyOn(sanitizer, "sanitizeContent").mockImplementation((root) => {
      root.replaceChildren();
      return null;
    });
    const article = extractArticle(doc)!;
    expect(sanitizer.sanitizeContent).toHaveBeenCalled();
    expect(article.contentHtml).toBe(expected.contentHtml);
    expect(article.textContent).toBe(expected.textContent);
    expect(article.removed).toEqual(expected.removed);
  });
});

describe("what the sanitizer holds on to after a call", () => {
  const DIRTY = '<p>Text<script>alert(1)</script><iframe src="https://x.example/"></iframe><img src="a.png" onerror="alert(2)"></p>';

  it("keeps no removed node from the in-place walk (one would keep the whole working copy of the page alive)", () => {
    const { root, win } = bodyOf(DIRTY);
    const result = sanitizeContent(root, win)!;
    expect(result.html).toBe('<p>Text<img src="a.png"></p>');
    expect(purifierFor(win).removed).toEqual([]);
  });

  it("keeps no removed node from the string path either", () => {
    const { win } = bodyOf("<p>x</p>");
    expect(sanitizeHtml(DIRTY, win)).toBe('<p>Text<img src="a.png"></p>');
    expect(purifierFor(win).removed).toEqual([]);
  });
});
