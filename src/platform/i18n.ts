/** UI strings from _locales, with the key itself as a visible fallback so a missing string is noticed. */
import { browser } from "./browser-api.js";

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
