/**
 * Text the article already shows goes the second time ("duplicate-block"): a section printed
 * twice (a desktop and a mobile copy), a pull quote of a whole paragraph. A single paragraph
 * that repeats outside a quote box stays (a meal plan, a chorus), tables and code keep their
 * repeats, and no text that appears only once is ever lost (property).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DUPLICATE_BLOCK_REASON, dropDuplicateBlocks } from "../../src/core/tidy/duplicate-blocks.js";
import { articleRoot, prose } from "../helpers/tidy-root.js";

const PARAGRAPHS = [
  "The council voted on Tuesday to extend the bus network to the outer districts, a decision that will cost four million a year.",
  "Residents of the northern estates have waited a decade for a direct line to the hospital, the transport committee heard.",
  "Opposition members said the money would be better spent on repairing the ageing trams, which break down twice a week.",
  "The first buses are due in December, and the operator says it has already hired forty drivers for the new routes.",
];

const paragraphsOf = (root: Element) => Array.from(root.querySelectorAll("p")).map((p) => p.textContent);
const section = (indexes: number[]) => indexes.map((i) => prose(PARAGRAPHS[i])).join("");

describe("duplicate blocks", () => {
  it("drops a whole section printed twice (a desktop and a mobile copy) and records it", () => {
    const root = articleRoot(`<div class="desktop">${section([0, 1, 2, 3])}</div><div class="mobile">${section([0, 1, 2, 3]).toUpperCase().replace(/\./g, "")}</div>`);
    const removed = dropDuplicateBlocks(root);
    expect(removed).toEqual([{ text: PARAGRAPHS[0]!.toUpperCase().replace(/\./g, "").slice(0, 120), reason: DUPLICATE_BLOCK_REASON }]);
    expect(paragraphsOf(root)).toEqual(PARAGRAPHS);
    expect(root.querySelector(".mobile")).toBeNull();
  });

  it("drops a pull quote that repeats a paragraph, before or after it, and keeps the paragraph", () => {
    const before = articleRoot(`<blockquote><p>${PARAGRAPHS[2]}</p></blockquote>${section([0, 1, 2, 3])}`);
    dropDuplicateBlocks(before);
    expect(before.querySelector("blockquote")).toBeNull();
    expect(paragraphsOf(before)).toEqual(PARAGRAPHS);
    const after = articleRoot(`${section([0, 1, 2, 3])}<aside><p>${PARAGRAPHS[1]}</p></aside>`);
    dropDuplicateBlocks(after);
    expect(after.querySelector("aside")).toBeNull();
    expect(paragraphsOf(after)).toEqual(PARAGRAPHS);
  });

  it("keeps a paragraph that repeats on purpose (a meal plan's days), short sections, table cells and code", () => {
    const day = (n: number) => `<h3>Day ${n}</h3><p>Breakfast</p>${prose(PARAGRAPHS[0])}<p>Lunch</p>${prose(PARAGRAPHS[1])}`;
    const cell = `<td>${PARAGRAPHS[0]}</td>`;
    const code = "const answer = computeTheAnswerToTheUltimateQuestion(lifeTheUniverseAndEverything, 42);";
    const short = `<div><p>And the chorus goes: la la la</p><p>Then the band plays on</p><p>Everyone sings</p></div>`;
    const root = articleRoot(`${day(1)}${day(2)}${short}${short}<table><tr>${cell}</tr><tr>${cell}</tr></table><pre>${code}\n${code}</pre><pre>${code}\n${code}</pre>`);
    const before = root.innerHTML;
    expect(dropDuplicateBlocks(root)).toEqual([]);
    expect(root.innerHTML).toBe(before);
  });

  it("never loses text that is not shown elsewhere, and shows no section or quoted paragraph twice (property)", () => {
    const doc = articleRoot("").ownerDocument;
    const part = fc.record({ paragraphs: fc.array(fc.integer({ min: 0, max: PARAGRAPHS.length - 1 }), { minLength: 1, maxLength: 4 }), quoted: fc.boolean() });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const root = doc.createElement("div");
        root.innerHTML = parts.map(({ paragraphs, quoted }) => (quoted && paragraphs.length === 1 ? `<blockquote><p>${PARAGRAPHS[paragraphs[0]!]}</p></blockquote>` : `<div>${section(paragraphs)}</div>`)).join("");
        const all = new Set(parts.flatMap(({ paragraphs }) => paragraphs.map((i) => PARAGRAPHS[i])));
        dropDuplicateBlocks(root);
        expect(new Set(paragraphsOf(root))).toEqual(all);
        // Sections as the step defines them: three or more blocks, 400 characters or more.
        const sections = Array.from(root.querySelectorAll(":scope > div")).filter((div) => div.children.length >= 3 && div.textContent!.length >= 400).map((div) => div.textContent);
        expect(new Set(sections).size).toBe(sections.length);
        // No quote box repeats a paragraph shown outside quote boxes.
        const outside = Array.from(root.querySelectorAll(":scope > div p")).map((p) => p.textContent);
        for (const quote of Array.from(root.querySelectorAll("blockquote"))) expect(outside).not.toContain(quote.textContent);
      }),
      { numRuns: 60 },
    );
  });
});
