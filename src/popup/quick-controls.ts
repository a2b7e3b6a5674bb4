/**
 * The popup's quick controls (theme, font size, width). They write to storage.sync; every
 * open overlay follows storage changes, so the reader in the tab updates live.
 */
import { t } from "../platform/i18n.js";
import { stepValue, THEMES, type ReaderSettings } from "../settings/schema.js";
import { loadSettings, updateSettings, watchReaderData, type ChangeEvents, type StorageAreaLike } from "../settings/settings-store.js";

export async function initQuickControls(doc: Document, area: StorageAreaLike, changes: ChangeEvents): Promise<void> {
  const theme = doc.getElementById("quick-theme") as HTMLSelectElement;
  const size = doc.getElementById("font-size-value") as HTMLOutputElement;
  const width = doc.getElementById("width-value") as HTMLOutputElement;
  for (const name of THEMES) {
    const option = doc.createElement("option");
    option.value = name;
    option.textContent = t(`theme_${name}`);
    theme.append(option);
  }
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>("[data-i18n-label]"))) node.setAttribute("aria-label", t(node.dataset.i18nLabel!));

  let current = await loadSettings(area);
  const render = (settings: ReaderSettings): void => {
    current = settings;
    theme.value = settings.theme;
    size.value = `${settings.fontSize}px`;
    width.value = `${settings.contentWidth}em`;
  };
  render(current);
  watchReaderData(changes, { settings: render });
  const apply = async (patch: Partial<ReaderSettings>): Promise<void> => render(await updateSettings(area, patch));

  theme.addEventListener("change", () => void apply({ theme: theme.value as ReaderSettings["theme"] }));
  const steps: Array<[string, "fontSize" | "contentWidth", 1 | -1]> = [
    ["font-smaller", "fontSize", -1],
    ["font-larger", "fontSize", 1],
    ["width-narrower", "contentWidth", -1],
    ["width-wider", "contentWidth", 1],
  ];
  for (const [id, key, direction] of steps) {
    doc.getElementById(id)!.addEventListener("click", () => void apply({ [key]: stepValue(key, current[key], direction) }));
  }
}
