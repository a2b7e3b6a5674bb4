/**
 * Kickers and section labels that open the article ("Politics", "EXCLUSIVE", "Lokales" as a
 * link, a block named like a kicker) are removed as kicker; precision first: a short heading
 * that is the text's own subheading, a label after the first paragraph, and a short block with
 * sentence punctuation stay.
 */
import { describe, expect, it } from "vitest";
import { dropKickers, KICKER_REASON } from "../../src/core/tidy/kickers.js";
import { articleRoot, prose, textOf } from "../helpers/tidy-root.js";

describe("kickers", () => {
  it.each([
    ["a known section name", "<p>Politics</p>"],
    ["a German section name", "<p>Meinung</p>"],
    ["a French one", "<div>Économie</div>"],
    ["capitals", "<p>EXCLUSIVE</p>"],
    ["a link to its section", '<p><a href="/lokales/">Rund um Köln</a></p>'],
    ["a kicker class", '<p class="article-dachzeile">Wohnen im Alter</p>'],
    ["a section name as heading", "<h2>Opinion</h2>"],
    ["a heading named like a kicker", '<h3 class="eyebrow">Climate and cities</h3>'],
  ])("removes %s before the first paragraph", (_, kicker) => {
    const root = articleRoot(`${kicker}${prose()}`);
    const removed = dropKickers(root);
    expect(removed).toHaveLength(1);
    expect(removed[0]!.reason).toBe(KICKER_REASON);
    expect(root.children).toHaveLength(1);
  });

  it("removes two stacked kickers", () => {
    const root = articleRoot(`<p>World</p><p>EXCLUSIVE</p>${prose()}`);
    expect(dropKickers(root).map((block) => block.text)).toEqual(["World", "EXCLUSIVE"]);
  });

  it.each([
    ["a subheading of the text", "<h2>What happened</h2>"],
    ["a plain short line", "<p>Tuesday's vote</p>"],
    ["four words", "<p>POLITICS AND THE CITY</p>"],
    ["sentence punctuation", "<p>Politics.</p>"],
    ["a caption", '<figure><img src="a.jpg" alt=""><figcaption>World</figcaption></figure>'],
  ])("keeps %s", (_, block) => {
    const root = articleRoot(`${block}${prose()}`);
    expect(dropKickers(root)).toEqual([]);
  });

  it("keeps a section name after the first paragraph, and one behind other head text", () => {
    const root = articleRoot(`${prose()}<h2>Politics</h2>${prose()}`);
    expect(dropKickers(root)).toEqual([]);
    const behind = articleRoot(`<p>The vote, explained</p><p>Politics</p>${prose()}`);
    expect(dropKickers(behind)).toEqual([]);
    expect(textOf(behind)).toContain("Politics");
  });
});
