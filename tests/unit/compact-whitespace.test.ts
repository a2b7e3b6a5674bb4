/**
 * compactWhitespace: runs of template indentation shrink to one space or newline, outside
 * <pre>, without changing what the reader shows or the article's text.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { compactWhitespace } from "../../src/core/compact-whitespace.js";
import { textWithBreaks } from "../../src/core/text-content.js";

function root(html: string): HTMLElement {
  const { document } = new JSDOM("<!doctype html><body></body>").window;
  const div = document.createElement("div");
  div.innerHTML = html;
  return div;
}

describe("compactWhitespace", () => {
  it("collapses indentation runs to one newline, and space runs to one space", () => {
    const el = root("<div>\n\t\t\t<p>One   two\t\tthree</p>\n\n    <p>Four <a href=\"/x\">five</a>  six</p>\n</div>");
    const text = textWithBreaks(el);
    expect(compactWhitespace(el)).toBeGreaterThan(0);
    expect(el.innerHTML).toBe('<div>\n<p>One two three</p>\n<p>Four <a href="/x">five</a> six</p>\n</div>');
    expect(textWithBreaks(el)).toBe(text);
  });

  it("keeps every character inside <pre>, however deep, and keeps no-break spaces", () => {
    const code = "function f() {\n    return  1;\n}";
    const el = root(`<p>a\u00a0\u00a0b</p><pre><code>${code}</code></pre>`);
    expect(compactWhitespace(el)).toBe(0);
    expect(el.querySelector("code")!.textContent).toBe(code);
    expect(el.querySelector("p")!.textContent).toBe("a\u00a0\u00a0b");
  });

  it("leaves single spaces and newlines alone", () => {
    const html = "<p>one two\nthree</p> <p>four</p>";
    const el = root(html);
    expect(compactWhitespace(el)).toBe(0);
    expect(el.innerHTML).toBe(html);
  });
});
