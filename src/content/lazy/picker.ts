/**
 * Lazy bundle "picker": the element picker (overlay/element-picker.ts) as the "pick" tool's
 * session (overlay/tools/picker.ts), injected on the first click on "Hide an element".
 */
import { t } from "../../platform/i18n.js";
import { ElementPicker } from "../overlay/element-picker.js";
import type { ToolModule } from "../overlay/tools/tool.js";
import { registerLazy } from "./registry.js";

export interface PickerModule {
  tool: ToolModule;
}

const tool: ToolModule = {
  activate(context) {
    const picker = new ElementPicker(
      context.articleEl,
      (rule, element) => context.hideElement(rule, element),
      (active) => {
        context.control?.setAttribute("aria-pressed", String(active));
        if (active) context.announce(t("pickerActive"));
      },
    );
    return {
      use: () => (picker.active ? picker.stop() : picker.start()),
      dismiss: () => (picker.active ? (picker.stop(), true) : false),
      stop: () => picker.stop(),
      status: () => (picker.active ? "picking" : "idle"),
      pick: (element) => picker.pick(element),
    };
  },
};

registerLazy("picker", { tool });
