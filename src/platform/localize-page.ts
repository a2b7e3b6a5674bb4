/** Fills every [data-i18n] element of an extension page with its string from _locales. */
import { t } from "./i18n.js";

export function localizePage(doc: Document): void {
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>("[data-i18n]"))) {
    node.textContent = t(node.dataset.i18n!);
  }
  for (const node of Array.from(doc.querySelectorAll<HTMLElement>("[data-i18n-title]"))) {
    node.title = t(node.dataset.i18nTitle!);
  }
  doc.documentElement.lang = t("@@ui_locale").replace("_", "-");
}
