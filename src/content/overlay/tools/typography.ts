/**
 * Tool "typography" (the "Aa" panel): font, size, line height, width, alignment, theme and
 * images, each control following the settings live. Part of content.js: its panel is the
 * reader's most used control.
 */
import { t } from "../../../platform/i18n.js";
import { FONT_FAMILIES, stepValue, TEXT_ALIGNS, THEMES, type ReaderSettings } from "../../../settings/schema.js";
import { el, iconButton, labelled, select } from "../ui.js";
import { registerTool, type ToolContext, type ToolModule } from "./tool.js";

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

const typography: ToolModule = {
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

registerTool({ id: "typography", order: 10, control: { kind: "panel", symbol: "Aa", labelKey: "typographyPanel" }, load: () => typography });
