/**
 * isParserStable lets the sanitizer skip its fixed-point parse. It must never vouch for a tree
 * whose markup re-parses differently: the property test builds random trees with the DOM (as
 * Readability does), from the elements and characters the HTML parser treats specially, and
 * checks every tree the walk accepts by really parsing it.
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { isParserStable } from "../../src/core/parser-stable.js";
import { ALLOWED_TAGS } from "../../src/core/sanitize-html.js";
import { textWithBreaks } from "../../src/core/text-content.js";

const ALLOWED: ReadonlySet<string> = new Set(ALLOWED_TAGS);
const { document } = new JSDOM("<!doctype html><body></body>").window;
const inert = document.implementation.createHTMLDocument("");

if (process.env.CI) fc.configureGlobal({ seed: 20261126 });

type Tree = { text: string } | { tag: string; title: string | null; children: Tree[] };

function build(tree: Tree): Node {
  if ("text" in tree) return document.createTextNode(tree.text);
  const el = document.createElement(tree.tag);
  if (tree.title !== null) el.setAttribute("title", tree.title);
  for (const child of tree.children) el.append(build(child));
  return el;
}

function rootOf(trees: Tree[]): HTMLElement {
  const root = document.createElement("div");
  for (const tree of trees) root.append(build(tree));
  return root;
}

// Flow elements the parser re-nests, closes or treats as void, plus ordinary ones; tables and
// ruby come as well-formed units (random table parts would almost never be accepted, leaving
// the interesting nesting untested) and, now and then, as a stray part.
const FLOW = ["p", "a", "li", "ul", "ol", "dl", "dd", "dt", "h2", "h3", "pre", "div", "span", "b", "img", "br", "hr", "blockquote", "figure", "summary"];
const PARTS = ["caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th", "rt", "rp"];
// Characters the parser rewrites come rarely, or almost no tree would be accepted.
const TEXTS = fc.oneof(
  { arbitrary: fc.constantFrom("x", " ", "\n", "  \t ", "&<>\"'", "\u00a0", "word"), weight: 12 },
  { arbitrary: fc.constantFrom("\nfirst line", "a\rb", "a\r\nb", "\u0000"), weight: 1 },
);
const title = fc.option(fc.oneof({ arbitrary: fc.constant("t"), weight: 8 }, { arbitrary: fc.constantFrom("a\rb", "x\u0000y"), weight: 1 }), { freq: 4 });

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree; flow: Tree[] }>((tie) => ({
  flow: fc.array(tie("node"), { maxLength: 3 }),
  node: fc.oneof(
    { maxDepth: 7, withCrossShrink: true },
    { arbitrary: fc.record({ text: TEXTS }), weight: 10 },
    { arbitrary: fc.record({ tag: fc.constantFrom(...FLOW), title, children: tie("flow") }), weight: 30 },
    {
      arbitrary: fc
        .record({ caption: fc.option(tie("flow")), cells: fc.array(fc.record({ tag: fc.constantFrom("td", "th"), children: tie("flow") }), { minLength: 1, maxLength: 2 }), gap: fc.constantFrom("", " ", "x") })
        .map(({ caption, cells, gap }): Tree => ({
          tag: "table",
          title: null,
          children: [
            ...(caption ? [{ tag: "caption", title: null, children: caption }] : []),
            { tag: "tbody", title: null, children: [{ tag: "tr", title: null, children: [{ text: gap }, ...cells.map((cell) => ({ ...cell, title: null }))] }] },
          ],
        })),
      weight: 1,
    },
    {
      arbitrary: fc.record({ rt: tie("flow") }).map(({ rt }): Tree => ({ tag: "ruby", title: null, children: [{ text: "x" }, { tag: "rt", title: null, children: rt }] })),
      weight: 1,
    },
    { arbitrary: fc.record({ tag: fc.constantFrom(...PARTS), title, children: tie("flow") }), weight: 1 },
  ),
})).node;

function depth(node: Node): number {
  let deepest = 0;
  for (const child of Array.from(node.childNodes)) deepest = Math.max(deepest, depth(child));
  return deepest + 1;
}

describe("isParserStable", () => {
  it("vouches only for trees whose markup re-parses to itself", () => {
    let vouched = 0;
    let deep = 0;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), (trees) => {
        const root = rootOf(trees);
        if (!isParserStable(root, ALLOWED)) return;
        vouched++;
        if (depth(root) >= 4) deep++;
        const holder = inert.createElement("div");
        holder.innerHTML = root.innerHTML;
        expect(holder.innerHTML).toBe(root.innerHTML);
        // The text read from the tree is the text the re-parsed markup shows.
        expect(textWithBreaks(holder)).toBe(textWithBreaks(root));
      }),
      { numRuns: 5000 },
    );
    // Not vacuous: many random trees are accepted, nested ones among them.
    expect(vouched).toBeGreaterThan(400);
    expect(deep).toBeGreaterThan(20);
  });

  it("accepts ordinary article markup, tables and lists included", () => {
    const root = document.createElement("div");
    root.innerHTML = '<h2 id="qra-a">Title</h2><p>One <a href="https://a.example/">link</a> and <em>more</em>.</p><ul><li><p>Item</p><ul><li>Nested</li></ul></li></ul><table><caption>C</caption><tbody><tr><th>H</th><td>D</td></tr></tbody></table><pre><code>x  = 1\n</code></pre><dl><dt>T</dt><dd>D</dd></dl>';
    expect(isParserStable(root, ALLOWED)).toBe(true);
  });

  it.each([
    ["a heading inside a paragraph", (r: HTMLElement) => r.appendChild(document.createElement("p")).appendChild(document.createElement("h2"))],
    ["a link inside a link", (r: HTMLElement) => r.appendChild(document.createElement("a")).appendChild(document.createElement("span")).appendChild(document.createElement("a"))],
    ["a row straight in a table", (r: HTMLElement) => r.appendChild(document.createElement("table")).appendChild(document.createElement("tr"))],
    ["text in a table row", (r: HTMLElement) => r.appendChild(document.createElement("table")).appendChild(document.createElement("tbody")).appendChild(document.createElement("tr")).append("stray")],
    ["a pre starting with a newline", (r: HTMLElement) => r.appendChild(document.createElement("pre")).append("\ncode")],
    ["a carriage return in text", (r: HTMLElement) => r.appendChild(document.createElement("p")).append("a\rb")],
    ["an element not on the allow-list", (r: HTMLElement) => r.appendChild(document.createElement("button"))],
    ["a comment", (r: HTMLElement) => r.append(document.createComment("c"))],
    ["a heading straight inside a heading", (r: HTMLElement) => r.appendChild(document.createElement("h2")).appendChild(document.createElement("h3"))],
    ["a list item inside a list item", (r: HTMLElement) => r.appendChild(document.createElement("li")).appendChild(document.createElement("b")).appendChild(document.createElement("li"))],
    ["a definition inside a definition", (r: HTMLElement) => r.appendChild(document.createElement("dd")).appendChild(document.createElement("span")).appendChild(document.createElement("dt"))],
    ["a block deep inside a paragraph", (r: HTMLElement) => r.appendChild(document.createElement("p")).appendChild(document.createElement("em")).appendChild(document.createElement("blockquote"))],
    ["children in a void element", (r: HTMLElement) => r.appendChild(document.createElement("img")).append("alt text")],
    ["a div straight in a table", (r: HTMLElement) => r.appendChild(document.createElement("table")).appendChild(document.createElement("div"))],
    ["a carriage return in an attribute", (r: HTMLElement) => r.appendChild(document.createElement("p")).setAttribute("title", "a\rb")],
  ])("refuses %s", (_label, make) => {
    const root = document.createElement("div");
    make(root);
    expect(isParserStable(root, ALLOWED)).toBe(false);
  });
});
