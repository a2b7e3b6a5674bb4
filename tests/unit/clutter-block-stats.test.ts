/** measureTree: one walk that measures every element (iterative, so no recursion limit). */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { measureTree } from "../../src/core/clutter/block-stats.js";

describe("measureTree", () => {
  it("measures text, link text, blocks, forms and buttons per element", () => {
    const doc = new JSDOM('<div id="r"><p>Hello <a href="/x">world</a></p><div class="box"><form><input type="email"></form><a class="btn" href="/y">Go</a></div></div>').window.document;
    const root = doc.getElementById("r")!;
    const stats = measureTree(root);
    const p = stats.get(root.querySelector("p")!)!;
    expect([p.chars, p.linkChars, p.hasBlockChild]).toEqual([11, 5, false]);
    const box = stats.get(root.querySelector(".box")!)!;
    expect([box.hasBlockChild, box.hasForm, box.hasButton]).toEqual([true, true, true]);
    expect(stats.get(root)!.chars).toBe(13);
    expect(p.start).toBeLessThan(box.start);
    expect(p.end).toBeLessThan(box.start);
  });

});
