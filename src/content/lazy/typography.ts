/**
 * Lazy bundle "typography": the "Aa" panel's controls (font, size, line height, width,
 * alignment, theme, images), each following the settings live; injected when the panel is
 * first opened (the descriptor: overlay/tools/typography.ts). The keyboard's + − t work
 * without it (overlay.ts).
 */
import { t } from "../../platform/i18n.js";
import { FONT_FAMILIES, stepValue, TEXT_ALIGNS, THEMES, type ReaderSettings } from "../../settings/schema.js";
import type { ToolContext, ToolModule } from "../overlay/tools/tool.js";
import { el, iconButton, labelled, select } from "../overlay/ui.js";
import { registerLazy } from "./registry.js";

export interface TypographyModule {
  tool: ToolModule;
}

function stepper(context: ToolContext, labelKey: string, key: "fontSize" | "lineHeight" | "contentWidth", format: (value: number) => string): HTMLElement {
  const doc = context.doc;
  const group = el(doc, "div", "qr-field qr-stepper");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", t(labelKey));
  const value = el(doc, "output", "qr-stepper-value");
  const step = (direction: 1 | -1) => context.change({ [key]: stepValue(key, context.settings()[key], direction) });
  const minus = iconButton(doc, `qr-${key}-down`, "−", `${labelKey}Down`, () => step(-1));
  const plus = iconButton(doc, `qr-${key}-up`, "+", `${labelKey}Up`, () => step(1));
  group.append(el(doc, "span", "qr-field-label", t(labelKey)), minus, value, plus);
  context.onSettings((settings) => {
    value.textContent = format(settings[key]);
  });
  return group;
}

const tool: ToolModule = {
  activate(context) {
    const { doc, panel } = context;
    const change = (patch: Partial<ReaderSettings>) => context.change(patch);
    const current = context.settings();
    const font = select(doc, FONT_FAMILIES.map((f) => [f, t(`font_${f}`)]), current.fontFamily, (value) => change({ fontFamily: value as ReaderSettings["fontFamily"] }));
    const theme = select(doc, THEMES.map((name) => [name, t(`theme_${name}`)]), current.theme, (value) => change({ theme: value as ReaderSettings["theme"] }));
    const align = select(doc, TEXT_ALIGNS.map((a) => [a, t(`align_${a}`)]), current.textAlign, (value) => change({ textAlign: value as ReaderSettings["textAlign"] }));
    const images = el(doc, "input", "qr-checkbox");
    images.type = "checkbox";
    images.addEventListener("change", () => change({ hideImages: images.checked }));
    panel!.append(
      labelled(doc, "fontFamily", font, "qr-font-family"),
      stepper(context, "fontSize", "fontSize", (v) => `${v}px`),
      stepper(context, "lineHeight", "lineHeight", (v) => v.toFixed(1)),
      stepper(context, "contentWidth", "contentWidth", (v) => `${v}em`),
      labelled(doc, "textAlign", align, "qr-text-align"),
      labelled(doc, "theme", theme, "qr-theme"),
      labelled(doc, "hideImages", images, "qr-hide-images"),
    );
    context.onSettings((settings) => {
      font.value = settings.fontFamily;
      theme.value = settings.theme;
      align.value = settings.textAlign;
      images.checked = settings.hideImages;
    });
    return {};
  },
};

registerLazy("typography", { tool });
