/**
 * The reader's keyboard shortcuts as data: which key does what, and when a key belongs to
 * the focused control instead (typing in a field, Space on a button). The help panel lists
 * the same table, so the panel and the behaviour cannot drift apart.
 */

export type KeyAction =
  | "close"
  | "fontLarger"
  | "fontSmaller"
  | "cycleTheme"
  | "readAloud"
  | "help"
  | "lineDown"
  | "lineUp"
  | "pageDown"
  | "pageUp"
  | "top"
  | "bottom";

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Shortcuts shown in the help panel: [keys as shown, message key of the description]. */
export const SHORTCUT_HELP: Array<[string, string]> = [
  ["Esc", "keyClose"],
  ["+ / −", "keyFontSize"],
  ["t", "keyTheme"],
  ["r", "keyReadAloud"],
  ["↑ ↓ / Space", "keyScroll"],
  ["?", "keyHelp"],
];

const TEXT_ENTRY = new Set(["input", "textarea", "select"]);
const SPACE_OWNERS = new Set(["button", "a", "summary", "select", "input", "textarea", "label"]);

/** What `event` does in the reader, given the tag name of the focused element (lower-case). */
export function actionForKey(event: KeyLike, focusedTag: string | null): KeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const tag = focusedTag ?? "";
  if (event.key === "Escape") return "close";
  if (TEXT_ENTRY.has(tag)) return null;
  switch (event.key) {
    case "+":
    case "=":
      return "fontLarger";
    case "-":
    case "_":
    case "−":
      return "fontSmaller";
    case "t":
    case "T":
      return "cycleTheme";
    case "r":
    case "R":
      return "readAloud";
    case "?":
      return "help";
    case "ArrowDown":
      return "lineDown";
    case "ArrowUp":
      return "lineUp";
    case "PageDown":
      return "pageDown";
    case "PageUp":
      return "pageUp";
    case "Home":
      return "top";
    case "End":
      return "bottom";
    case " ":
      if (SPACE_OWNERS.has(tag)) return null;
      return event.shiftKey ? "pageUp" : "pageDown";
    default:
      return null;
  }
}
