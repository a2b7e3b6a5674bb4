/**
 * Big and odd pages (issue #6): the pipeline must finish and find the article on a very deep
 * nesting, on a page with thousands of images and on a huge page, never overflow the stack,
 * and its output must keep the sanitizer invariants. Sizes here are smaller than the
 * benchmark's (npm run bench: 5 MB / 50,000 nodes, 5,000 levels, 3,000 images) except the
 * nesting depth, which is the case that used to throw; no test asserts a time.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";
import { limitDepth, MAX_PARSER_DEPTH } from "../../src/cli/limit-depth.js";
import { extractArticle } from "../../src/core/extract-article.js";
import { textWithBreaks } from "../../src/core/text-content.js";
import { deepPage, hugePage, imagePage } from "../fixtures/hostile-pages/generate.js";
import { sanitizerViolations } from "../helpers/sanitizer-invariants.js";

const URL = "https://news.example/hostile";
const SENTENCE = "The council met on Tuesday evening to discuss the new budget for the harbour district.";

function depthOf(root: Element): number {
  let max = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return max;
}

describe("very deep nesting", () => {
  it("is flattened below the browser parser's depth (5,000 levels), keeping every text in order", { timeout: 600_000 }, () => {
    const doc = new JSDOM(deepPage(5_000)).window.document;
    const before = doc.body.textContent;
    expect(depthOf(doc.documentElement)).toBeGreaterThan(5_000);
    expect(limitDepth(doc)).toBeGreaterThan(0);
    expect(depthOf(doc.documentElement)).toBeLessThanOrEqual(MAX_PARSER_DEPTH);
    expect(doc.body.textContent).toBe(before);
  });

  it("is read by the CLI: the article is found under 1,200 levels", { timeout: 600_000 }, () => {
    const article = extractFromHtml(deepPage(1_200), URL);
    expect(article).not.toBeNull();
    expect(article!.textContent).toContain(SENTENCE);
    expect(sanitizerViolations(article!.contentHtml)).toEqual([]);
  });
});

/** A minimal DOM-shaped tree (what textWithBreaks reads), so depth costs nothing to build. */
interface FakeNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  firstChild: FakeNode | null;
  nextSibling: FakeNode | null;
  parentNode: FakeNode | null;
}

function fakeChain(depth: number, text: string): FakeNode {
  const root: FakeNode = { nodeType: 1, localName: "div", firstChild: null, nextSibling: null, parentNode: null };
  let parent = root;
  for (let i = 0; i < depth; i++) {
    const child: FakeNode = { nodeType: 1, localName: i % 2 ? "span" : "div", firstChild: null, nextSibling: null, parentNode: parent };
    parent.firstChild = child;
    parent = child;
  }
  parent.firstChild = { nodeType: 3, nodeValue: text, firstChild: null, nextSibling: null, parentNode: parent };
  return root;
}

describe("textWithBreaks on deep trees", () => {
  it("walks 1,000,000 levels without recursion", () => {
    expect(textWithBreaks(fakeChain(1_000_000, "bottom") as unknown as Node)).toBe("bottom");
  });
});

describe("a page with thousands of images", () => {
  it("keeps the images, recovers the lazy ones and drops none of the text", { timeout: 180_000 }, () => {
    const dom = new JSDOM(imagePage(1_000), { url: URL });
    const article = extractArticle(dom.window.document, { url: URL });
    expect(article).not.toBeNull();
    const images = new JSDOM(article!.contentHtml).window.document.querySelectorAll("img");
    expect(images.length).toBeGreaterThanOrEqual(900);
    expect(article!.contentHtml).toContain('src="https://news.example/img/1.jpg"');
    expect(article!.contentHtml).toContain('src="https://news.example/img/3-ns.jpg"');
    expect(article!.textContent).toContain("Picture 999");
    expect(sanitizerViolations(article!.contentHtml)).toEqual([]);
  });
});

describe("a huge page", () => {
  it("finds the article among ~1 MB of comments and 10,000+ elements", { timeout: 180_000 }, () => {
    const html = hugePage(1024 * 1024, 10_000);
    const article = extractFromHtml(html, URL);
    expect(article).not.toBeNull();
    expect(article!.title).toBe("A very large page");
    expect(article!.textContent).toContain(SENTENCE);
    expect(sanitizerViolations(article!.contentHtml)).toEqual([]);
  });
});
