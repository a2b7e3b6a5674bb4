/**
 * Tool "typography" (the "Aa" panel): its controls are the "typography" lazy bundle
 * (src/content/lazy/typography.ts), loaded when the panel is first opened.
 */
import { registerTool } from "./tool.js";

registerTool({ id: "typography", order: 10, control: { kind: "panel", symbol: "Aa", labelKey: "typographyPanel" }, load: async (loadBundle) => (await loadBundle("typography")).tool });
