import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { recoverLazyImages } from "../../src/core/lazy-images.js";

function body(html: string): HTMLElement {
  return new JSDOM(`<body>${html}</body>`).window.document.body;
}

describe("recoverLazyImages", () => {
  it("moves data-src over a placeholder src", () => {
    const root = body('<img src="data:image/gif;base64,R0lGOD" data-src="/a.jpg">');
    recoverLazyImages(root);
    expect(root.querySelector("img")!.getAttribute("src")).toBe("/a.jpg");
  });

  it("keeps a real src", () => {
    const root = body('<img src="/real.jpg" data-src="/other.jpg">');
    recoverLazyImages(root);
    expect(root.querySelector("img")!.getAttribute("src")).toBe("/real.jpg");
  });

  it("copies data-srcset to srcset on img and source", () => {
    const root = body('<picture><source data-srcset="/a.webp 1x"><img data-srcset="/a.jpg 1x, /a2.jpg 2x"></picture>');
    recoverLazyImages(root);
    expect(root.querySelector("source")!.getAttribute("srcset")).toBe("/a.webp 1x");
    expect(root.querySelector("img")!.getAttribute("srcset")).toBe("/a.jpg 1x, /a2.jpg 2x");
  });

  it("replaces a placeholder with its <noscript> fallback image", () => {
    const root = body('<figure><img src="/spacer.gif" class="lazy"><noscript><img src="/photo.jpg" alt="Photo"></noscript></figure>');
    recoverLazyImages(root);
    const images = root.querySelectorAll("img");
    expect(images).toHaveLength(1);
    expect(images[0]!.getAttribute("src")).toBe("/photo.jpg");
    expect(root.querySelector("noscript")).toBeNull();
  });

  it("drops a redundant <noscript> copy next to a loaded image", () => {
    const root = body('<img src="/photo.jpg"><noscript><img src="/photo.jpg"></noscript>');
    recoverLazyImages(root);
    expect(root.querySelectorAll("img")).toHaveLength(1);
  });
});
