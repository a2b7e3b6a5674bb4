import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { withoutStyles } from "../../src/cli/extract-from-html.js";
import { extractArticle } from "../../src/core/extract-article.js";
import { locateRemovedBlocks } from "../../src/core/removed-blocks.js";
import { loadFixture } from "../helpers/fixtures.js";

describe("locateRemovedBlocks", () => {
  it("finds the original markup of a removed block and the text block before it", () => {
    const dom = new JSDOM(`<body><article><p>The first paragraph of the story, long enough.</p>
      <aside class="newsletter"><p>Sign up for our newsletter and get the news in your inbox.</p><form><input name="email"></form></aside>
      <p>The second paragraph of the story.</p></article></body>`);
    const [found] = locateRemovedBlocks(dom.window.document, [{ text: "Sign up for our newsletter and get the news in your inbox.", reason: "newsletter-signup" }]);
    expect(found).not.toBeNull();
    expect(found!.html).toContain("Sign up for our newsletter");
    expect(found!.html).toMatch(/^<aside/);
    expect(found!.html).not.toContain("<input");
    expect(found!.anchorText).toBe("The first paragraph of the story, long enough.");
  });

  it("returns null for records that are not on the page, and tells repeated blocks apart", () => {
    const dom = new JSDOM(`<body><p>Advertisement</p><p>Some story text that is long enough here.</p><p>Advertisement</p></body>`);
    const result = locateRemovedBlocks(dom.window.document, [
      { text: "Advertisement", reason: "advertisement" },
      { text: "Advertisement", reason: "advertisement" },
      { text: "Nowhere to be found", reason: "share-tools" },
    ]);
    expect(result[0]!.anchorText).toBeNull();
    expect(result[1]!.anchorText).toBe("Some story text that is long enough here.");
    expect(result[2]).toBeNull();
  });

  it("finds every block the clutter step removed from the seed page", () => {
    const seed = loadFixture("seed-christian-post");
    const dom = new JSDOM(withoutStyles(seed.html), { url: seed.expected.url });
    const article = extractArticle(dom.window.document, { url: seed.expected.url })!;
    expect(article.removed.length).toBeGreaterThan(0);
    const found = locateRemovedBlocks(dom.window.document, article.removed);
    found.forEach((source, index) => {
      expect(source, `removed block ${index}: ${article.removed[index]!.text}`).not.toBeNull();
    });
  });
});
