/**
 * Tool "pick" (Hide an element): the toolbar button and Esc; the picker itself
 * (element-picker.ts) is the "picker" lazy bundle, loaded on the first click.
 */
import { registerTool } from "./tool.js";

registerTool({ id: "pick", order: 30, control: { kind: "button", textKey: "hideElement" }, load: async (loadBundle) => (await loadBundle("picker")).tool });
