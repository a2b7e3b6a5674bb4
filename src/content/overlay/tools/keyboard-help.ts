/**
 * Tool "help" (the "?" panel, also `?`): the keyboard shortcuts, listed from keyboard.ts's
 * table. Its panel's contents are the "keyboard-help" lazy bundle, loaded on first open.
 */
import { registerTool } from "./tool.js";

registerTool({ id: "help", order: 50, control: { kind: "panel", symbol: "?", labelKey: "keyboardHelp" }, key: "help", load: async (loadBundle) => (await loadBundle("keyboard-help")).tool });
