/**
 * Standalone ad labels ("Advertisement", "Anzeige", "Publicité", "Publicidad", "Pubblicità",
 * "Publicidade", "Advertentie") are removed anywhere in the article, with the empty ad slot
 * around them; a sentence or heading that mentions advertising stays.
 */
import { describe, expect, it } from "vitest";
import { AD_LABEL_REASON, dropAdLabels, isAdLabel } from "../../src/core/tidy/ad-labels.js";
import { articleRoot, prose, textOf } from "../helpers/tidy-root.js";

const LABELS = ["Advertisement", "ADVERTISEMENT", "- Advertisement -", "Sponsored", "Story continues below advertisement", "Anzeige", "— ANZEIGE —", "Werbung", "Publicité", "Publicidad", "Pubblicità", "Publicidade", "Advertentie"];
const NOT_LABELS = ["The advertisement was banned.", "Advertisement rules", "Anzeige erstattet", "Sponsored by the council, the event drew 300 people.", "Pub quiz"];

describe("ad labels", () => {
  it.each(LABELS)("recognises %j", (text) => expect(isAdLabel(text)).toBe(true));
  it.each(NOT_LABELS)("leaves %j", (text) => expect(isAdLabel(text)).toBe(false));

  it("removes the label with its emptied slot, in the middle of the article too", () => {
    const root = articleRoot(`${prose()}<div class="slot"><p>Advertisement</p><div id="mpu"></div></div>${prose("Work on the depots starts next spring.")}<h3>Anzeige</h3>${prose()}`);
    expect(dropAdLabels(root)).toEqual([
      { text: "Advertisement", reason: AD_LABEL_REASON },
      { text: "Anzeige", reason: AD_LABEL_REASON },
    ]);
    expect(root.querySelector(".slot")).toBeNull();
    expect(textOf(root)).not.toMatch(/Advertisement|Anzeige/);
  });

  it("keeps a heading and a paragraph about advertising", () => {
    const root = articleRoot(`<h2>Advertisement rules</h2>${prose("The advertisement, which ran on buses for six weeks, was banned by the regulator on Tuesday after complaints.")}`);
    expect(dropAdLabels(root)).toEqual([]);
  });
});
