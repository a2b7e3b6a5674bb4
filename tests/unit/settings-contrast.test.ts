import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.js";
import { AA_TEXT, contrastRatio, customPalette, PALETTES, paletteFor, textPairs } from "../../src/settings/themes.js";

describe("WCAG contrast", () => {
  it("computes the known extremes", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBe(1);
    // #767676 on white is the classic just-passing AA grey (4.54:1).
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  for (const [name, palette] of Object.entries(PALETTES)) {
    it(`the ${name} theme meets AA (4.5:1) for text, muted text, links and the read-aloud highlight`, () => {
      for (const [pair, fg, bg] of textPairs(palette)) {
        expect(contrastRatio(fg, bg), `${name}: ${pair}`).toBeGreaterThanOrEqual(AA_TEXT);
      }
    });
  }

  it("the system theme resolves to the light or dark palette", () => {
    expect(paletteFor("system", DEFAULT_SETTINGS.customColors, true)).toBe(PALETTES.dark);
    expect(paletteFor("system", DEFAULT_SETTINGS.customColors, false)).toBe(PALETTES.light);
  });

  it("the default custom colours meet AA too", () => {
    const palette = customPalette(DEFAULT_SETTINGS.customColors);
    for (const [pair, fg, bg] of textPairs(palette)) expect(contrastRatio(fg, bg), pair).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
