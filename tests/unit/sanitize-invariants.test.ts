/**
 * Pins each rule of the sanitizer (src/core/sanitize-html.ts) with the smallest input that
 * would break it, and checks the output with the independent invariant checker as well.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { ALLOWED_TAGS, ID_PREFIX, isSafeUrl, sanitizeHtml } from "../../src/core/sanitize-html.js";
import { parseSrcset } from "../../src/core/srcset.js";
import { sanitizerViolations } from "../helpers/sanitizer-invariants.js";

const dom = new JSDOM("<!doctype html><html><body></body></html>", { url: "https://news.example/story" });
const win = dom.window as unknown as Window & typeof globalThis;
const clean = (html: string): string => sanitizeHtml(html, win);

describe("the sanitizer keeps reading markup", () => {
  it("keeps every allowed element with its text", () => {
    for (const tag of ALLOWED_TAGS) {
      if (["img", "br", "hr", "wbr", "col", "source"].includes(tag)) continue;
      const html = tag === "li" ? "<ul><li>word</li></ul>" : ["td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup"].includes(tag) ? "" : `<${tag}>word</${tag}>`;
      if (!html) continue;
      expect(clean(html), tag).toContain(`<${tag}`);
    }
    expect(clean("<table><caption>c</caption><thead><tr><th scope=\"col\">h</th></tr></thead><tbody><tr><td colspan=\"2\">d</td></tr></tbody></table>")).toBe(
      '<table><caption>c</caption><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table>',
    );
  });

  it("keeps images with http(s) sources, srcset and sizes, and raster data: URLs in src", () => {
    const out = clean('<img src="https://a.example/x.jpg" srcset="https://a.example/x.jpg 1x, https://a.example/x2.jpg 2x" sizes="100vw" alt="A" width="10" height="5">');
    expect(out).toBe('<img src="https://a.example/x.jpg" srcset="https://a.example/x.jpg 1x, https://a.example/x2.jpg 2x" sizes="100vw" alt="A" width="10" height="5">');
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=" alt="">')).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    // DOMPurify itself refuses data: in srcset; src is where inlined images go.
    expect(clean('<img srcset="data:image/png;base64,iVBORw0KGgo= 1x, https://a.example/b.png 2x" alt="">')).not.toContain("srcset=");
  });
});

describe("the sanitizer removes everything script-capable", () => {
  it.each([
    ["script", "<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"],
    ["style element", "<style>p{color:red}</style><p>x</p>", "<p>x</p>"],
    ["style attribute", '<p style="background:url(https://evil.example/x)">x</p>', "<p>x</p>"],
    ["iframe with srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe><p>x</p>', "<p>x</p>"],
    ["object and embed", '<object data="https://evil.example/x"></object><embed src="https://evil.example/y"><p>x</p>', "<p>x</p>"],
    ["form controls", '<form action="https://evil.example/"><input value="1"><button formaction="javascript:alert(1)">b</button><textarea>t</textarea><select><option>o</option></select></form>', "bto"],
    ["svg", '<svg onload="alert(1)"><a href="javascript:alert(1)"><text>t</text></a></svg><p>x</p>', "<p>x</p>"],
    ["math", '<math><mi href="javascript:alert(1)">m</mi></math><p>x</p>', "<p>x</p>"],
    ["template", '<template><img src=x onerror="alert(1)"></template><p>x</p>', "<p>x</p>"],
    ["noscript", '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><p>x</p>', "<p></p><p>x</p>"],
    ["base", '<base href="https://evil.example/"><p>x</p>', "<p>x</p>"],
    ["meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>x</p>', "<p>x</p>"],
    ["link", '<link rel="stylesheet" href="https://evil.example/x.css"><p>x</p>', "<p>x</p>"],
  ])("%s", (_what, input, expected) => {
    const out = clean(input);
    expect(out.replace(/\s+/g, "")).toBe(expected.replace(/\s+/g, ""));
    expect(sanitizerViolations(out)).toEqual([]);
  });

  it("drops every on* attribute and every attribute off the allow-list", () => {
    const out = clean('<p onclick="a()" onmouseover="b()" data-x="1" aria-hidden="true" class="c" name="n" style="s" contenteditable="true" tabindex="0" slot="s" part="p" xmlns:xlink="http://www.w3.org/1999/xlink">x</p>');
    expect(out).toBe("<p>x</p>");
  });

  it("blanks is= so a page's customized built-in element never upgrades an article element", () => {
    // An element keeps its "is value" once created; the serializer would write it back if the
    // attribute were removed, so DOMPurify empties it instead, and is="" upgrades nothing.
    expect(clean('<p is="x-spy">x</p>')).toBe('<p is="">x</p>');
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " \u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/svg+xml;base64,PHN2Zy8+",
    "blob:https://a.example/uuid",
    "file:///etc/passwd",
    "chrome-extension://abc/popup.html",
  ])("drops the link and image URL %j", (url) => {
    const out = clean(`<a href="${url.replace(/"/g, "&quot;")}">l</a><img src="${url.replace(/"/g, "&quot;")}" alt="i"><blockquote cite="${url.replace(/"/g, "&quot;")}">q</blockquote>`);
    expect(out).not.toContain("href=");
    expect(out).not.toContain("src=");
    expect(out).not.toContain("cite=");
    expect(sanitizerViolations(out)).toEqual([]);
  });

  it("drops a srcset when any candidate is not a safe image URL, even after a data: image", () => {
    for (const srcset of ["javascript:alert(1) 1x", "https://a.example/a.jpg 1x, javascript:alert(1) 2x", "data:image/png;base64,iVBORw0KGgo= 1x, javascript:alert(1) 2x", "data:text/html,hi 1x", "https://a.example/a.jpg 1x,javascript:alert(1) 2x"]) {
      const out = clean(`<img src="https://a.example/a.jpg" srcset="${srcset}" alt="">`);
      expect(out, srcset).not.toContain("srcset");
      expect(sanitizerViolations(out)).toEqual([]);
    }
  });

  it("keeps no mailto: or tel: URL where an image is expected (src, srcset), on any element", () => {
    // Found by the property test: <p srcset="mailto:…"> kept its srcset.
    for (const html of ['<p srcset="mailto:a@b.example">x</p>', '<img srcset="tel:123 1x" alt="">', '<img src="mailto:a@b.example" alt="">', '<source srcset="https://a.example/a.jpg 1x, mailto:a@b.example 2x">']) {
      const out = clean(html);
      expect(out, html).not.toMatch(/mailto|tel:/);
      expect(sanitizerViolations(out), html).toEqual([]);
    }
    expect(clean('<a href="mailto:a@b.example">mail</a>')).toContain('href="mailto:a@b.example"');
  });

  it("allows data: URLs only for raster images, never for links", () => {
    expect(isSafeUrl("data:image/png;base64,AAAA", true)).toBe(true);
    expect(isSafeUrl("data:image/png;base64,AAAA", false)).toBe(false);
    expect(isSafeUrl("data:image/svg+xml,<svg/>", true)).toBe(false);
    expect(isSafeUrl("https://a.example/", false)).toBe(true);
    expect(isSafeUrl("#top", false)).toBe(true);
    expect(isSafeUrl("relative/path.html", false)).toBe(true);
  });
});

describe("links and ids", () => {
  it("makes every link open outside the reader with no opener and no referrer", () => {
    expect(clean('<a href="https://a.example/" target="_self" rel="opener">x</a>')).toBe('<a href="https://a.example/" target="_blank" rel="noopener noreferrer">x</a>');
    expect(clean('<a target="_top">no href</a>')).toBe("<a>no href</a>");
    expect(clean('<a href="#part" target="_parent">in page</a><p target="_top">p</p>')).toBe(`<a href="#${ID_PREFIX}part" rel="noopener noreferrer">in page</a><p>p</p>`);
  });

  it(`namespaces ids with ${ID_PREFIX} and rewrites in-page links to match`, () => {
    expect(clean('<h2 id="part-2">P</h2><a href="#part-2">to part 2</a>')).toBe(`<h2 id="${ID_PREFIX}part-2">P</h2><a href="#${ID_PREFIX}part-2" rel="noopener noreferrer">to part 2</a>`);
  });

  it("moves ids the overlay uses out of its namespace (qr-*)", () => {
    const out = clean('<h2 id="qr-title">a</h2><p id="panel-settings">b</p><p id="title">c</p>');
    expect(out).not.toMatch(/id="qr-/);
    expect(out).toContain(`id="${ID_PREFIX}qr-title"`);
    expect(out).toContain(`id="${ID_PREFIX}panel-settings"`);
    // Names of document properties (document.title) are dropped by DOMPurify's clobbering guard.
    expect(out).toContain("<p>c</p>");
  });

  it("is idempotent, so re-sanitizing stored articles changes nothing", () => {
    const once = clean('<h2 id="a">x</h2><a href="#a">y</a><a href="https://a.example/">z</a><img src="https://a.example/i.png" srcset="https://a.example/i.png 1x" alt="">');
    expect(clean(once)).toBe(once);
  });

  it("drops Readability's internal ids and empty ids", () => {
    expect(clean('<div id="readability-page-1"><p id=" ">x</p></div>')).toBe("<div><p>x</p></div>");
  });
});

describe("the sanitizer fails closed", () => {
  it("throws instead of returning input unsanitized when the window is not a real Window (a clobbered defaultView)", () => {
    const clobbered = dom.window.document.createElement("img") as unknown as Window & typeof globalThis;
    expect(() => sanitizeHtml('<img src=x onerror="alert(1)">', clobbered)).toThrow(/real Window/);
    expect(() => sanitizeHtml("<p>x</p>", {} as Window & typeof globalThis)).toThrow();
  });
});

describe("srcset parsing follows the browser", () => {
  it("keeps commas inside data: URLs and splits candidates at the comma after the descriptors", () => {
    expect(parseSrcset("data:image/png;base64,AAA= 1x, https://a.example/b.png 2x")).toEqual([
      { url: "data:image/png;base64,AAA=", descriptors: "1x" },
      { url: "https://a.example/b.png", descriptors: "2x" },
    ]);
    // A URL runs to the next whitespace, commas included (HTML's "parse a srcset attribute").
    expect(parseSrcset("a.jpg,b.jpg 2x")).toEqual([{ url: "a.jpg,b.jpg", descriptors: "2x" }]);
    expect(parseSrcset("a.jpg 1x,b.jpg 2x")).toEqual([
      { url: "a.jpg", descriptors: "1x" },
      { url: "b.jpg", descriptors: "2x" },
    ]);
    expect(parseSrcset("  ,, ")).toEqual([]);
  });
});
