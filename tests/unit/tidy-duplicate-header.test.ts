/**
 * Lines at the head of the article that repeat the header (title, byline, date) are removed
 * as duplicate-header; the same names or dates inside a sentence, or after the first
 * paragraph, and a standfirst that shares a few of the title's words, stay.
 */
import { describe, expect, it } from "vitest";
import { DUPLICATE_HEADER_REASON, dropDuplicateHeader, repeatsBylineOrDate, repeatsTitle } from "../../src/core/tidy/duplicate-header.js";
import { articleRoot, prose } from "../helpers/tidy-root.js";

const FIELDS = {
  title: "Council extends bus network to the outer districts",
  byline: "Jane Doe",
  publishedTime: "2024-03-12T10:32:00+01:00",
  siteName: "Harbour Gazette",
};

describe("duplicate header lines", () => {
  it.each([
    "Council extends bus network to the outer districts",
    "Council extends bus network to the outer districts | Harbour Gazette",
    "COUNCIL EXTENDS BUS NETWORK TO THE OUTER DISTRICTS",
  ])("title: %j", (text) => expect(repeatsTitle(text, FIELDS.title)).toBe(true));

  it.each(["Council", "Bus network: what changes for the outer districts, and when the first buses run"])("not the title: %j", (text) =>
    expect(repeatsTitle(text, FIELDS.title)).toBe(false),
  );

  it.each([
    "By Jane Doe",
    "Jane Doe, Transport correspondent",
    "Jane Doe Harbour Gazette",
    "12 March 2024",
    "Published 12 March 2024, 10:32 GMT",
    "Von Jane Doe | 12.03.2024, 10:32 Uhr",
    "Jane Doe, le 12 mars 2024 à 10h32",
    "Tuesday, March 12, 2024",
  ])("byline or date: %j", (text) => expect(repeatsBylineOrDate(text, FIELDS)).toBe(true));

  it.each([
    "Jane",
    "Jane Doe said the buses would run every ten minutes from December onwards.",
    "March 2024 budget vote",
    "12 March",
  ])("not a byline or date: %j", (text) => expect(repeatsBylineOrDate(text, FIELDS)).toBe(false));

  it("removes the repeated title and a byline split over two blocks, before the first paragraph only", () => {
    const root = articleRoot(
      `<h2>Council extends bus network to the outer districts</h2><div class="byline"><p>Jane Doe</p><p>Transport correspondent</p></div>` +
        `${prose()}<p>Jane Doe</p>${prose()}`,
    );
    expect(dropDuplicateHeader(root, FIELDS)).toEqual([
      { text: "Council extends bus network to the outer districts", reason: DUPLICATE_HEADER_REASON },
      { text: "Jane DoeTransport correspondent", reason: DUPLICATE_HEADER_REASON },
    ]);
    expect(root.querySelector(".byline")).toBeNull();
    expect(root.children).toHaveLength(3);
  });

  it("removes nothing without header fields to compare with", () => {
    const root = articleRoot(`<p>12 March 2024</p><p>By Jane Doe</p>${prose()}`);
    expect(dropDuplicateHeader(root, { title: null, byline: null, publishedTime: null })).toEqual([]);
  });
});
