/** The options page's typography and theme form, with a live preview drawn by the overlay's own styling code. */
import { applySettings } from "../ui/apply-settings.js";
import { t } from "../platform/i18n.js";
import { FONT_FAMILIES, RANGES, TEXT_ALIGNS, THEMES, type ReaderSettings } from "../settings/schema.js";
import { updateSettings, type StorageAreaLike } from "../settings/settings-store.js";
import { AA_TEXT, contrastRatio, customPalette, textPairs } from "../settings/themes.js";

const CHOICES: Partial<Record<keyof ReaderSettings, Array<[string, string]>>> = {
  fontFamily: FONT_FAMILIES.map((f) => [f, `font_${f}`]),
  textAlign: TEXT_ALIGNS.map((a) => [a, `align_${a}`]),
  theme: THEMES.map((name) => [name, `theme_${name}`]),
};

const UNITS: Partial<Record<keyof typeof RANGES, string>> = { fontSize: "px", contentWidth: "em", letterSpacing: "em", wordSpacing: "em", speechRate: "×" };

export function initTypographyForm(doc: Document, area: StorageAreaLike, onSaved: () => void): (settings: ReaderSettings) => void {
  const form = doc.getElementById("typography-form") as HTMLFormElement;
  const preview = doc.getElementById("preview") as HTMLElement;
  const warning = doc.getElementById("contrast-warning") as HTMLElement;
  const custom = doc.getElementById("custom-colors") as HTMLFieldSetElement;
  let current: ReaderSettings | null = null;

  for (const control of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-setting]"))) {
    const key = control.dataset.setting as keyof ReaderSettings;
    const choices = CHOICES[key];
    if (control instanceof HTMLSelectElement && choices) {
      for (const [value, label] of choices) {
        const option = doc.createElement("option");
        option.value = value;
        option.textContent = t(label);
        control.append(option);
      }
    }
    if (control instanceof HTMLInputElement && control.type === "range") {
      const range = RANGES[key as keyof typeof RANGES];
      control.min = String(range.min);
      control.max = String(range.max);
      control.step = String(range.step);
    }
    control.addEventListener("input", () => {
      const value = control instanceof HTMLInputElement ? (control.type === "checkbox" ? control.checked : control.type === "range" ? Number(control.value) : control.value) : control.value;
      void updateSettings(area, { [key]: value }).then((next) => {
        render(next);
        onSaved();
      });
    });
  }
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement>("[data-color]"))) {
    input.addEventListener("input", () => {
      if (!current) return;
      const colors = { ...current.customColors, [input.dataset.color!]: input.value };
      void updateSettings(area, { customColors: colors }).then(render);
    });
  }

  function render(settings: ReaderSettings): void {
    current = settings;
    for (const control of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-setting]"))) {
      const key = control.dataset.setting as keyof ReaderSettings;
      const value = settings[key];
      if (control instanceof HTMLInputElement && control.type === "checkbox") control.checked = value === true;
      else if (doc.activeElement !== control) control.value = String(value);
      const output = form.querySelector<HTMLOutputElement>(`output[for="${control.id}"]`);
      if (output) output.value = `${typeof value === "number" ? Number(value.toFixed(2)) : value}${UNITS[key as keyof typeof RANGES] ?? ""}`;
    }
    for (const input of Array.from(form.querySelectorAll<HTMLInputElement>("[data-color]"))) {
      input.value = settings.customColors[input.dataset.color as keyof ReaderSettings["customColors"]];
    }
    custom.hidden = settings.theme !== "custom";
    const failing = textPairs(customPalette(settings.customColors))
      .filter(([name]) => name === "text" || name === "link")
      .filter(([, fg, bg]) => contrastRatio(fg, bg) < AA_TEXT);
    warning.hidden = failing.length === 0;
    warning.textContent = failing.length ? t("contrastWarning", [failing.map(([, fg, bg]) => contrastRatio(fg, bg).toFixed(1)).join(", ")]) : "";
    const dark = typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
    applySettings(preview, settings, dark);
  }
  return render;
}
