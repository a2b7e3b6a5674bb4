/**
 * conformToParser: trees Readability builds but no parser would (a <p> holding a heading, a
 * table cell without its table) become parser-shaped, keeping every word and attribute.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { conformToParser } from "../../src/core/parser-nesting.js";

const { document } = new JSDOM("<!doctype html><body></body>").window;

/** Builds `html` with the DOM (as Readability does), so it can hold shapes the parser never makes. */
function built(build: (root: HTMLElement) => void): HTMLElement {
  const root = document.createElement("div");
  build(root);
  return root;
}

function reparsed(html: string): string {
  const holder = document.createElement("div");
  holder.innerHTML = html;
  return holder.innerHTML;
}

describe("conformToParser", () => {
  it("turns a paragraph that holds a heading or a block into a div with the same attributes and text", () => {
    const root = built((r) => {
      const p = r.appendChild(document.createElement("p"));
      p.id = "qra-toc";
      p.lang = "en";
      p.appendChild(document.createElement("h2")).textContent = "Contents";
      const q = r.appendChild(document.createElement("p"));
      q.appendChild(document.createElement("span")).appendChild(document.createElement("figure")).textContent = "A figure";
    });
    expect(reparsed(root.innerHTML)).not.toBe(root.innerHTML);
    expect(conformToParser(root)).toBe(2);
    expect(root.innerHTML).toBe('<div id="qra-toc" lang="en"><h2>Contents</h2></div><div><span><figure>A figure</figure></span></div>');
    expect(reparsed(root.innerHTML)).toBe(root.innerHTML);
  });

  it("reaches a paragraph several levels above the block, through a paragraph in between", () => {
    const root = built((r) => {
      const outer = r.appendChild(document.createElement("p"));
      const inner = outer.appendChild(document.createElement("em")).appendChild(document.createElement("p"));
      inner.appendChild(document.createElement("b")).appendChild(document.createElement("h3")).textContent = "Deep";
    });
    expect(conformToParser(root)).toBe(2);
    expect(root.innerHTML).toBe("<div><em><div><b><h3>Deep</h3></b></div></em></div>");
    expect(reparsed(root.innerHTML)).toBe(root.innerHTML);
  });

  it("turns table parts outside their table into divs, and leaves real tables alone", () => {
    const root = built((r) => {
      r.appendChild(document.createElement("td")).textContent = "stray cell";
      const table = r.appendChild(document.createElement("table"));
      table.innerHTML = "<tbody><tr><td>kept cell</td></tr></tbody>";
    });
    expect(conformToParser(root)).toBe(1);
    expect(root.innerHTML).toBe("<div>stray cell</div><table><tbody><tr><td>kept cell</td></tr></tbody></table>");
    expect(reparsed(root.innerHTML)).toBe(root.innerHTML);
  });

  it("changes nothing in a tree the parser made", () => {
    const html = "<p>One <a href=\"/x\">link</a>.</p><ul><li><p>Item</p></li></ul><table><tbody><tr><th>H</th></tr></tbody></table>";
    const root = built((r) => (r.innerHTML = html));
    expect(conformToParser(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});
