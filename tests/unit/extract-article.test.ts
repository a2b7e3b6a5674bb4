import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/core/extract-article.js";
import { withoutStyles } from "../../src/cli/extract-from-html.js";
import { loadFixture, normalise } from "../helpers/fixtures.js";

const seed = loadFixture("seed-christian-post");

function seedDom(): JSDOM {
  // The seed page carries `calc($gutter - 1px)`, which jsdom's CSS parser rejects; the CLI
  // retries without styles the same way (tested in cli.test.ts).
  return new JSDOM(withoutStyles(seed.html), { url: seed.expected.url });
}

describe("extractArticle on the seed news page", () => {
  const dom = seedDom();
  const article = extractArticle(dom.window.document, { url: seed.expected.url })!;
  const text = normalise(article.textContent);

  it("keeps every sentence of the article", () => {
    for (const sentence of seed.expected.mustKeep) expect(text).toContain(normalise(sentence));
  });

  it("removes the newsletter box, donation ask, feedback widget and recirculation lists", () => {
    const html = normalise(article.contentHtml);
    for (const banner of seed.expected.mustDrop) {
      expect(text).not.toContain(normalise(banner));
      expect(html).not.toContain(normalise(banner));
    }
  });

  it("records each removed block with a reason", () => {
    const reasons = article.removed.map((block) => block.reason);
    expect(reasons).toContain("newsletter-signup");
    expect(reasons).toContain("donation-ask");
    expect(reasons).toContain("feedback-widget");
    for (const block of article.removed) {
      expect(block.text.length).toBeLessThanOrEqual(120);
      // "score" only on the learned model's removals (its probability of clutter).
      expect(Object.keys(block).filter((k) => k !== "score").sort()).toEqual(["reason", "text"]);
    }
  });

  it("reads title, byline, site and language from the page", () => {
    expect(article.title).toBe(seed.expected.title);
    expect(article.byline).toBe("Samuel Smith");
    expect(article.siteName).toBe("The Christian Post");
    expect(article.lang).toBe("en");
    expect(article.publishedTime).toBe("2016-03-24T09:12:00-04:00");
    expect(article.url).toBe(seed.expected.url);
  });

  it("has exactly the Article fields", () => {
    expect(Object.keys(article).sort()).toEqual(
      ["byline", "contentHtml", "dir", "excerpt", "lang", "publishedTime", "readingTimeMinutes", "removed", "siteName", "textContent", "title", "url", "wordCount"].sort(),
    );
  });

  it("counts words and reading time from the cleaned text", () => {
    const naive = article.textContent.split(/\s+/).filter((w) => /\w/.test(w)).length;
    expect(Math.abs(article.wordCount - naive)).toBeLessThan(naive * 0.1);
    expect(article.readingTimeMinutes).toBe(Math.max(1, Math.round(article.wordCount / 230)));
  });

  it("recovers the lazy-loaded lead image and makes image URLs absolute", () => {
    expect(article.contentHtml).toContain('src="https://www.christianpost.com/files/eurostar-police-dog.jpg"');
    expect(article.contentHtml).toContain('src="https://www.christianpost.com/files/brussels-memorial.jpg"');
    expect(article.contentHtml).not.toContain("data:image/gif");
  });

  it("sanitizes: no script, event handler or javascript: URL survives", () => {
    expect(article.contentHtml).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(article.contentHtml).not.toMatch(/<(?:form|input|button|iframe|style)\b/i);
  });

  it("leaves the live document untouched", () => {
    const fresh = seedDom();
    const before = fresh.window.document.documentElement.outerHTML;
    extractArticle(fresh.window.document, { url: seed.expected.url });
    expect(fresh.window.document.documentElement.outerHTML).toBe(before);
  });
});

describe("extractArticle on pages without an article", () => {
  it("returns null for an empty page", () => {
    const dom = new JSDOM("<!doctype html><html><head><title>Nothing</title></head><body></body></html>", { url: "https://example.com/" });
    expect(extractArticle(dom.window.document)).toBeNull();
  });
});
