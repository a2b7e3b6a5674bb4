/**
 * Lazy bundle "keyboard-help": the "?" panel's list of shortcuts (keyboard.ts's table, the one
 * the keys follow), injected when the panel is first opened.
 */
import { t } from "../../platform/i18n.js";
import { SHORTCUT_HELP } from "../overlay/keyboard.js";
import type { ToolModule } from "../overlay/tools/tool.js";
import { el } from "../overlay/ui.js";
import { registerLazy } from "./registry.js";

export interface KeyboardHelpModule {
  tool: ToolModule;
}

const tool: ToolModule = {
  activate({ doc, panel }) {
    panel!.append(el(doc, "h2", "qr-panel-title", t("keyboardHelp")));
    const list = el(doc, "dl", "qr-shortcuts");
    for (const [keys, description] of SHORTCUT_HELP) {
      const dt = el(doc, "dt");
      dt.append(el(doc, "kbd", undefined, keys));
      list.append(dt, el(doc, "dd", undefined, t(description)));
    }
    panel!.append(list);
    return {};
  },
};

registerLazy("keyboard-help", { tool });
