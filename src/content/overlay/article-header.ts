/** The article header: site, title, byline, date, reading time and word count, link to the original. */
import type { Article } from "../../core/article.js";
import { t } from "../../platform/i18n.js";
import { el } from "./ui.js";

/** A published date in the UI language ("24 March 2016"), or the raw value when it does not parse. */
export function formatDate(value: string, locale: string | undefined): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(date);
  } catch {
    return value.slice(0, 10);
  }
}

export function uiLocale(): string | undefined {
  const tag = t("@@ui_locale").replace(/_/g, "-");
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export function renderHeader(doc: Document, article: Article): HTMLElement {
  const header = el(doc, "header", "qr-header");
  if (article.siteName) header.append(el(doc, "p", "qr-site", article.siteName));
  const title = el(doc, "h1", "qr-title", article.title);
  title.id = "qr-title";
  title.tabIndex = -1;
  header.append(title);
  const meta = el(doc, "p", "qr-meta");
  const parts: HTMLElement[] = [];
  if (article.byline) parts.push(el(doc, "span", "qr-byline", article.byline));
  if (article.publishedTime) {
    const time = el(doc, "time", "qr-date", formatDate(article.publishedTime, uiLocale()));
    time.dateTime = article.publishedTime;
    parts.push(time);
  }
  const locale = uiLocale();
  parts.push(el(doc, "span", "qr-reading-time", t("readingTime", [String(article.readingTimeMinutes)])));
  parts.push(el(doc, "span", "qr-word-count", t("wordCount", [article.wordCount.toLocaleString(locale)])));
  const original = el(doc, "a", "qr-original", t("viewOriginal"));
  original.href = article.url;
  original.rel = "noopener noreferrer";
  original.target = "_blank";
  parts.push(original);
  parts.forEach((part, index) => {
    if (index) meta.append(el(doc, "span", "qr-sep", " · "));
    meta.append(part);
  });
  meta.querySelectorAll(".qr-sep").forEach((sep) => sep.setAttribute("aria-hidden", "true"));
  header.append(meta);
  return header;
}
