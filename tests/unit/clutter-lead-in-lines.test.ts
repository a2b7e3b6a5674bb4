/**
 * Lead-in lines: a recirculation label, then a link to another story. A long label before a short
 * headline leaves the line's link density under one half; what follows the label is still the link.
 */
import { describe, expect, it } from "vitest";
import { leadInLineOf } from "../../src/core/clutter/block-signals.js";

/** Link density of a line whose `linked` part is the link. */
const density = (text: string, linked: string) => linked.length / text.length;

describe("lead-in lines", () => {
  it("count when the link is most of what follows a long label", () => {
    for (const [text, linked] of [
      ["Potrebbe interessarti: La metro del futuro", "La metro del futuro"],
      ["Das könnte Sie auch interessieren: Die U-Bahn", "Die U-Bahn"],
      ["Te puede interesar: El metro", "El metro"],
      ["Related: Why the tram never came", "Why the tram never came"],
    ]) expect(leadInLineOf(text!, density(text!, linked!)), text).toBe("recirculation-list");
  });

  it("do not count when one word of a sentence is linked, or when nothing is", () => {
    const sentence = "Read more about ad blocking and what it costs publishers here.";
    expect(leadInLineOf(sentence, density(sentence, "here"))).toBeNull();
    expect(leadInLineOf("Potrebbe interessarti: La metro del futuro", 0)).toBeNull();
    expect(leadInLineOf("The mayor said: the tram is coming", density("The mayor said: the tram is coming", "the tram is coming"))).toBeNull();
  });
});
