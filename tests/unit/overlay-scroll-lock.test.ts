import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { lockPageScroll } from "../../src/content/overlay/scroll-lock.js";

function page(htmlStyle: string | null, bodyStyle: string | null): Document {
  const attr = (style: string | null) => (style === null ? "" : ` style="${style}"`);
  const dom = new JSDOM(`<!doctype html><html${attr(htmlStyle)}><body${attr(bodyStyle)}><p>x</p></body></html>`, { pretendToBeVisual: true });
  dom.window.scrollTo = () => {};
  return dom.window.document;
}

describe("lockPageScroll", () => {
  it("hides overflow on <html> and <body> while locked", () => {
    const doc = page(null, null);
    lockPageScroll(doc);
    expect(doc.documentElement.style.getPropertyValue("overflow-y")).toBe("hidden");
    expect(doc.body.style.getPropertyPriority("overflow-x")).toBe("important");
  });

  it("restores a lone overflow longhand exactly", () => {
    const doc = page("overflow-y: scroll", "overflow-x: hidden; color: red");
    const lock = lockPageScroll(doc);
    lock.release();
    expect(doc.documentElement.style.getPropertyValue("overflow-y")).toBe("scroll");
    expect(doc.documentElement.style.getPropertyValue("overflow-x")).toBe("");
    expect(doc.body.style.getPropertyValue("overflow-x")).toBe("hidden");
    expect(doc.body.style.getPropertyValue("overflow-y")).toBe("");
    expect(doc.body.style.getPropertyValue("color")).toBe("red");
  });

  it("restores an !important overflow with its priority", () => {
    // jsdom does not expand the overflow shorthand; browsers store it as these two longhands.
    const doc = page("overflow-x: auto !important; overflow-y: auto !important", null);
    lockPageScroll(doc).release();
    expect(doc.documentElement.style.getPropertyValue("overflow-x")).toBe("auto");
    expect(doc.documentElement.style.getPropertyPriority("overflow-y")).toBe("important");
  });

  it("leaves no style attribute on elements that had none", () => {
    const doc = page(null, null);
    lockPageScroll(doc).release();
    expect(doc.documentElement.hasAttribute("style")).toBe(false);
    expect(doc.body.hasAttribute("style")).toBe(false);
  });
});
