import { describe, expect, it } from "vitest";
import { actionForKey, SHORTCUT_HELP } from "../../src/content/overlay/keyboard.js";

describe("reader shortcuts", () => {
  it("maps the documented keys", () => {
    expect(actionForKey({ key: "Escape" }, null)).toBe("close");
    expect(actionForKey({ key: "+" }, null)).toBe("fontLarger");
    expect(actionForKey({ key: "=" }, null)).toBe("fontLarger");
    expect(actionForKey({ key: "-" }, null)).toBe("fontSmaller");
    expect(actionForKey({ key: "t" }, null)).toBe("cycleTheme");
    expect(actionForKey({ key: "r" }, null)).toBe("readAloud");
    expect(actionForKey({ key: "?" }, null)).toBe("help");
    expect(actionForKey({ key: "ArrowDown" }, "div")).toBe("lineDown");
    expect(actionForKey({ key: " " }, "div")).toBe("pageDown");
    expect(actionForKey({ key: " ", shiftKey: true }, "div")).toBe("pageUp");
  });

  it("leaves keys to the focused control where they mean something there", () => {
    expect(actionForKey({ key: " " }, "button")).toBeNull();
    expect(actionForKey({ key: "t" }, "input")).toBeNull();
    expect(actionForKey({ key: "ArrowDown" }, "select")).toBeNull();
    // Esc always closes, even from a field.
    expect(actionForKey({ key: "Escape" }, "select")).toBe("close");
  });

  it("never takes browser shortcuts (Ctrl/Cmd/Alt combinations)", () => {
    expect(actionForKey({ key: "+", ctrlKey: true }, null)).toBeNull();
    expect(actionForKey({ key: "t", metaKey: true }, null)).toBeNull();
    expect(actionForKey({ key: "r", altKey: true }, null)).toBeNull();
  });

  it("documents every shortcut in the help panel table", () => {
    expect(SHORTCUT_HELP.map(([keys]) => keys)).toEqual(["Esc", "+ / −", "t", "r", "↑ ↓ / Space", "?"]);
  });
});
