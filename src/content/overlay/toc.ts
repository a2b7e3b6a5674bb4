/**
 * The table of contents: built from the article's h2–h4 headings when there are at least
 * three; each entry is a button that scrolls its heading to the top and moves focus there.
 */
import { t } from "../../platform/i18n.js";
import { el } from "./ui.js";

export const TOC_MIN_HEADINGS = 3;

export function tocHeadings(article: Element): HTMLElement[] {
  return Array.from(article.querySelectorAll<HTMLElement>("h2, h3, h4")).filter((h) => (h.textContent ?? "").trim().length > 0);
}

export function buildToc(doc: Document, article: Element, jump: (heading: HTMLElement) => void): HTMLElement | null {
  const headings = tocHeadings(article);
  if (headings.length < TOC_MIN_HEADINGS) return null;
  const nav = el(doc, "nav", "qr-toc");
  nav.setAttribute("aria-label", t("tableOfContents"));
  const details = el(doc, "details");
  details.append(el(doc, "summary", "qr-toc-summary", t("tableOfContents")));
  const list = el(doc, "ol", "qr-toc-list");
  for (const heading of headings) {
    const item = el(doc, "li", `qr-toc-${heading.localName}`);
    const entry = el(doc, "button", "qr-toc-entry", (heading.textContent ?? "").replace(/\s+/g, " ").trim());
    entry.type = "button";
    entry.addEventListener("click", () => jump(heading));
    item.append(entry);
    list.append(item);
  }
  details.append(list);
  nav.append(details);
  return nav;
}
