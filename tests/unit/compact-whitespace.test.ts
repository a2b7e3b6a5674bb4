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
  it("collapses runs inside text to one space or newline, and drops indentation between blocks", () => {
    const el = root("<div>\n\t\t\t<p>One   two\t\tthree</p>\n\n    <p>Four <a href=\"/x\">five</a>  six\n\n  seven</p>\n</div>");
    const text = textWithBreaks(el);
    expect(compactWhitespace(el)).toBeGreaterThan(0);
    expect(el.innerHTML).toBe('<div><p>One two three</p><p>Four <a href="/x">five</a> six\nseven</p></div>');
    expect(textWithBreaks(el)).toBe(text);
  });

  it("drops whitespace between list items and at the edges of blocks, not between table cells", () => {
    const el = root("<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n<table>\n<tbody>\n<tr>\n <td>c</td>\n <td>d</td>\n</tr>\n</tbody>\n</table>");
    const text = textWithBreaks(el);
    compactWhitespace(el);
    expect(el.innerHTML).toBe("<ul><li>a</li><li>b</li></ul>\n<table>\n<tbody>\n<tr>\n<td>c</td>\n<td>d</td>\n</tr>\n</tbody>\n</table>");
    expect(textWithBreaks(el)).toBe(text);
  });

  it("keeps the space between inline elements and between text and a block", () => {
    const html = '<p><a href="/a">one</a> <em>two</em>\n<strong>three</strong></p><div>four <p>five</p> six</div><span> <b>x</b> </span>';
    const el = root(html);
    expect(compactWhitespace(el)).toBe(0);
    expect(el.innerHTML).toBe(html);
    expect(el.querySelector("p")!.textContent).toBe("one two\nthree");
  });

  it("keeps every character inside <pre>, however deep, and keeps no-break spaces", () => {
    const code = "function f() {\n    return  1;\n}";
    const el = root(`<p>a\u00a0\u00a0b</p><pre><code>${code}</code></pre>`);
    expect(compactWhitespace(el)).toBe(0);
    expect(el.querySelector("code")!.textContent).toBe(code);
    expect(el.querySelector("p")!.textContent).toBe("a\u00a0\u00a0b");
  });

  it("leaves single spaces and newlines inside text alone", () => {
    const html = "<p>one two\nthree</p><p>four</p>";
    const el = root(html);
    expect(compactWhitespace(el)).toBe(0);
    expect(el.innerHTML).toBe(html);
  });
});
