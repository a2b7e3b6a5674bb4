import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { formClobberers, readableDocument } from "../../src/core/form-clobbering.js";

function page(body: string): { dom: JSDOM; doc: Document } {
  const dom = new JSDOM(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`, { url: "https://example.com/story" });
  return { dom, doc: dom.window.document };
}

const HOSTILE = `<article><p>Text.</p>
  <form id="f"><input name="parentNode"><input name="attributes"><input name="q"><img id="nodeName" alt=""><img name="logo" alt=""></form>
  <select name="childNodes"></select><input form="f" id="firstElementChild"><img name="parentElement" alt="outside any form">
</article>`;

describe("form controls that shadow a form's DOM properties", () => {
  it("are found by name or id among listed elements anywhere and images inside a form", () => {
    const { doc } = page(HOSTILE);
    const found = formClobberers(doc).map((node) => node.getAttribute("name") ?? node.id);
    expect(found).toEqual(["parentNode", "attributes", "nodeName", "childNodes", "firstElementChild"]);
  });

  it("an ordinary page is read as it is (no copy)", () => {
    const { doc } = page(`<article><form><input name="q"><button name="go">Go</button></form><img name="parentNode" alt=""></article>`);
    expect(readableDocument(doc)).toBe(doc);
  });

  it("a hostile page is read from a copy without those names, attached to the same window, and the page is left untouched", () => {
    const { dom, doc } = page(HOSTILE);
    const before = doc.documentElement.outerHTML;
    const copy = readableDocument(doc);
    expect(copy).not.toBe(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(copy.defaultView).toBe(dom.window);
    expect(copy.URL).toBe(doc.URL);
    expect(formClobberers(copy)).toEqual([]);
    // Harmless names and all content stay.
    expect(copy.querySelector('input[name="q"]')).not.toBeNull();
    expect(copy.querySelector('img[name="logo"]')).not.toBeNull();
    expect(copy.querySelector("#f")).not.toBeNull();
    expect(copy.body.textContent).toBe(doc.body.textContent);
  });
});
