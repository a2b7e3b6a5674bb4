/**
 * The reader's images are lazy and decoded off the frame (issue #15, item 6): on the
 * 3,000-image page the first frame waited for every image (style, layout and paint after
 * focus: 1.0–2.3 s → 0.3 s, docs/performance.md). Before printing, they load at once.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it, vi } from "vitest";
import type { Article } from "../../src/core/article.js";

vi.mock("../../src/platform/browser-api.js", async () => (await import("../helpers/english-browser-api.js")).englishBrowserApi());

const { ReaderOverlay } = await import("../../src/content/overlay/overlay.js");
const { queryOverlay } = await import("../../src/content/overlay/test-access.js");
const { articleFragment } = await import("../../src/content/overlay/article-images.js");

const HTML =
  '<p>Before the pictures, a paragraph of the story.</p><figure><img src="https://example.com/a.png" alt="A"><figcaption>A</figcaption></figure>' +
  '<p><img src="https://example.com/b.png" loading="eager" decoding="sync" alt="B"></p><picture><source srcset="https://example.com/c.webp"><img src="https://example.com/c.png" alt="C"></picture>';

function article(): Article {
  return {
    title: "Pictures", byline: null, siteName: null, publishedTime: null, lang: "en", dir: null, excerpt: null,
    contentHtml: HTML, textContent: "", wordCount: 9, readingTimeMinutes: 1, url: "https://example.com/story", removed: [],
  };
}

function images(overlay: InstanceType<typeof ReaderOverlay>): HTMLImageElement[] {
  const found: HTMLImageElement[] = [];
  for (let i = 0; ; i++) {
    const img = queryOverlay(overlay, ".qr-article img", i);
    if (!img) return found;
    found.push(img as HTMLImageElement);
  }
}

describe("the article's images in the reader", () => {
  it("are lazy and decoded asynchronously, whatever the page said, and nothing else changes", () => {
    const dom = new JSDOM("<!doctype html><body><p>page</p></body>", { url: "https://example.com/story" });
    const overlay = new ReaderOverlay(dom.window.document, article(), { acceptEvent: () => true });
    overlay.open();
    const shown = images(overlay);
    expect(shown.map((img) => img.alt)).toEqual(["A", "B", "C"]);
    for (const img of shown) {
      expect(img.getAttribute("loading")).toBe("lazy");
      expect(img.getAttribute("decoding")).toBe("async");
    }
    const text = overlay.inspect().text;
    expect(text).toContain("Before the pictures, a paragraph of the story.");
  });

  it("are parsed in an inert template: the fragment belongs to no document with a window until appended", () => {
    const dom = new JSDOM("<!doctype html><body></body>");
    const fragment = articleFragment(dom.window.document, HTML);
    expect(fragment.ownerDocument).not.toBe(dom.window.document);
    expect(fragment.ownerDocument.defaultView).toBeNull();
    expect(fragment.querySelectorAll('img[loading="lazy"][decoding="async"]')).toHaveLength(3);
  });

  it("all load before printing (a lazy image off screen would print empty)", () => {
    const dom = new JSDOM("<!doctype html><body><p>page</p></body>", { url: "https://example.com/story" });
    const overlay = new ReaderOverlay(dom.window.document, article(), { acceptEvent: () => true });
    overlay.open();
    dom.window.dispatchEvent(new dom.window.Event("beforeprint"));
    expect(images(overlay).map((img) => img.getAttribute("loading"))).toEqual(["eager", "eager", "eager"]);
  });
});
