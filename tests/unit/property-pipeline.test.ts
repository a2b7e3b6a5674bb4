/**
 * Property tests (fast-check): random, often malformed, HTML documents built from the
 * elements, attributes, URLs and text that XSS payloads are made of. The pipeline must never
 * throw on them, and whatever it outputs must satisfy every sanitizer invariant and be a fixed
 * point of the sanitizer (re-parsing it cannot change it: no mutation XSS).
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";
import { sanitizeHtml } from "../../src/core/sanitize-html.js";
import { sanitizerViolations } from "../helpers/sanitizer-invariants.js";

const TAGS = [
  "p", "div", "span", "a", "img", "picture", "source", "table", "tr", "td", "ul", "li", "h2", "blockquote", "pre", "code", "figure",
  "figcaption", "details", "summary", "article", "section", "aside", "br", "b", "i", "sub",
  "script", "style", "svg", "math", "mtext", "mglyph", "mi", "foreignObject", "desc", "title", "iframe", "noscript", "template", "form",
  "input", "button", "textarea", "select", "option", "object", "embed", "base", "meta", "link", "xmp", "listing", "noembed",
  "annotation-xml", "frameset", "body", "html", "head", "x-custom", "image", "use", "animate", "set",
];
const ATTRS = [
  "href", "src", "srcset", "xlink:href", "formaction", "action", "data", "poster", "background", "style", "onerror", "onload",
  "onclick", "onmouseover", "ontoggle", "onbegin", "id", "name", "class", "is", "srcdoc", "http-equiv", "content", "rel", "target",
  "alt", "title", "open", "type", "encoding", "xmlns", "width", "cite", "dir", "lang",
];
const URLS = [
  "https://news.example/a", "/relative", "#anchor", "x", "javascript:alert(1)", "JaVaScRiPt:alert(1)", " \u0001javascript:alert(1)",
  "java\tscript:alert(1)", "jav&#x09;ascript:alert(1)", "&#106;avascript:alert(1)", "data:text/html,<script>alert(1)</script>",
  "data:image/png;base64,iVBORw0KGgo=", "data:image/svg+xml,<svg onload=alert(1)>", "vbscript:x", "https://a.example/1.jpg 1x, javascript:alert(1) 2x",
  "mailto:a@b.example", "blob:https://a.example/x", "//evil.example/x", "url(javascript:alert(1))", "expression(alert(1))",
];
const TEXTS = [
  "The council met on Tuesday evening, and residents asked many questions about the budget, the bridge and the library.",
  "Engineers said the work could start in spring, although the funding has not yet been approved by the regional office.",
  "<img src=x onerror=alert(1)>", "</noscript><img src=x onerror=alert(1)>", "--><script>alert(1)</script>", "</style><script>alert(1)</script>",
  "&lt;script&gt;", "\"'`", "<![CDATA[", "]]>", "<!--", "-->", "\u0000", "\u2028", "a".repeat(40), "مرحبا بالعالم", "日本語の文章です。",
];

const escapeAttr = (value: string): string => value.replace(/"/g, "&quot;");

const attribute = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(fc.constantFrom(...URLS), fc.constantFrom(...TEXTS), fc.constant("")), fc.constantFrom('"', "'", "")).map(
  ([name, value, quote]) => (quote ? ` ${name}=${quote}${quote === '"' ? escapeAttr(value) : value.replace(/'/g, "&#39;")}${quote}` : ` ${name}=${value.replace(/[\s>"'`=<]/g, "") || "x"}`),
);

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), fc.array(tie("node"), { maxLength: 4 }), fc.boolean()).map(
      ([tag, attrs, children, close]) => `<${tag}${attrs.join("")}>${children.join("")}${close ? `</${tag}>` : ""}`,
    ),
  ),
}));

/** A document: head junk, then a body that usually holds enough prose for an article. */
const documentHtml = fc.tuple(fc.array(node, { maxLength: 3 }), fc.array(node, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 6 })).map(
  ([head, body, prose]) =>
    `<!doctype html><html><head><title>Random</title>${head.join("")}</head><body><article><h1>Random page</h1>${Array.from({ length: prose }, (_, i) => `<p>${TEXTS[i % 2]} ${TEXTS[(i + 1) % 2]}</p>`).join("")}${body.join("")}</article></body></html>`,
);

// CI replays one fixed seed, so a red CI run can be reproduced exactly and is never a coin toss;
// local runs draw new random inputs (fast-check prints the seed of any failure), and every
// counterexample found that way is pinned in `examples`.
if (process.env.CI) fc.configureGlobal({ seed: 20261125 });

const win = new JSDOM("<!doctype html><html><body></body></html>", { url: "https://news.example/story" }).window as unknown as Window & typeof globalThis;

describe("the sanitizer on random markup", () => {
  it("always outputs HTML that keeps every invariant and is a fixed point", () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 6 }), (nodes) => {
        const out = sanitizeHtml(nodes.join(""), win);
        expect(sanitizerViolations(out)).toEqual([]);
        expect(sanitizeHtml(out, win)).toBe(out);
      }),
      { numRuns: 400, examples: [[['"\'`', "\u0000"]], [["]]>", "\"'`"]], [['<a href="" is="https://news.example/a">']]] },
    );
  });
});

describe("the whole pipeline on random documents (as the CLI runs it in jsdom)", () => {
  it("never throws, and its article HTML keeps every invariant", { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(documentHtml, (html) => {
        const article = extractFromHtml(html, "https://news.example/random");
        if (article) {
          expect(sanitizerViolations(article.contentHtml)).toEqual([]);
          expect(article.wordCount).toBeGreaterThan(0);
          expect(article.title.length).toBeGreaterThan(0);
        }
      }),
      {
        numRuns: 80,
        examples: [['<!doctype html><html><body><article><h1>Random page</h1><p><base xlink:href="x">The council met on Tuesday evening, and residents asked many questions about the budget.</p></article></body></html>']],
      },
    );
  });
});
