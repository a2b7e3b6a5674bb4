import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, nextCycleTheme, parseSettings, RANGES, stepValue, validPatch } from "../../src/settings/schema.js";

describe("parseSettings", () => {
  it("returns the defaults for missing or non-object data", () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings("dark")).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps every valid field and replaces only the invalid ones with defaults", () => {
    const parsed = parseSettings({ theme: "sepia", fontSize: 999, fontFamily: "comic", lineHeight: 1.8, customColors: { text: "red", background: "#000000", link: "#ffffff" }, voice: "v1" });
    expect(parsed.theme).toBe("sepia");
    expect(parsed.lineHeight).toBe(1.8);
    expect(parsed.voice).toBe("v1");
    expect(parsed.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(parsed.fontFamily).toBe(DEFAULT_SETTINGS.fontFamily);
    expect(parsed.customColors).toEqual(DEFAULT_SETTINGS.customColors);
  });

  it("ignores unknown keys", () => {
    expect(Object.keys(parseSettings({ evil: "<script>", theme: "dark" })).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it("does not share the defaults object (mutating a result cannot change the defaults)", () => {
    const parsed = parseSettings({});
    parsed.customColors.text = "#123456";
    expect(DEFAULT_SETTINGS.customColors.text).not.toBe("#123456");
  });
});

describe("validPatch", () => {
  it("drops the fields that fail validation", () => {
    expect(validPatch({ theme: "dark", fontSize: "huge", textAlign: "center" })).toEqual({ theme: "dark" });
  });
});

describe("stepValue", () => {
  it("steps font size by 2px and clamps at the range ends", () => {
    expect(stepValue("fontSize", 20, 1)).toBe(22);
    expect(stepValue("fontSize", 20, -1)).toBe(18);
    expect(stepValue("fontSize", RANGES.fontSize.max, 1)).toBe(RANGES.fontSize.max);
    expect(stepValue("fontSize", RANGES.fontSize.min, -1)).toBe(RANGES.fontSize.min);
  });

  it("keeps fractional steps free of floating-point noise", () => {
    expect(stepValue("lineHeight", 1.6, 1)).toBe(1.7);
    expect(stepValue("lineHeight", 1.7, -1)).toBe(1.6);
  });
});

describe("nextCycleTheme", () => {
  it("cycles light → sepia → dark → light, and enters the cycle from system or custom", () => {
    expect(nextCycleTheme("light")).toBe("sepia");
    expect(nextCycleTheme("sepia")).toBe("dark");
    expect(nextCycleTheme("dark")).toBe("light");
    expect(nextCycleTheme("system")).toBe("light");
    expect(nextCycleTheme("custom")).toBe("light");
  });
});
