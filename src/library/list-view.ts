/** Renders the library list: one item per article with its meta, excerpt, tags and actions. */
import { t } from "../platform/i18n.js";
import type { LibraryItem } from "../storage/library-types.js";

export type ItemAction = "open" | "html" | "markdown" | "tags" | "delete";

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}

export function renderItems(list: HTMLElement, items: readonly LibraryItem[], onAction: (action: ItemAction, item: LibraryItem) => void): void {
  const doc = list.ownerDocument;
  list.replaceChildren(
    ...items.map((item) => {
      const li = el(doc, "li", "item");
      li.dataset.id = item.id;
      const heading = el(doc, "h2");
      const open = el(doc, "a", "open", item.title);
      open.href = `?id=${encodeURIComponent(item.id)}`;
      open.addEventListener("click", (event) => {
        event.preventDefault();
        onAction("open", item);
      });
      heading.append(open);
      const meta = [item.site, formatDate(item.savedAt), t("libMinutes", String(item.readingTimeMinutes))].filter((part): part is string => !!part);
      li.append(heading, el(doc, "p", "meta", meta.join(" · ")));
      if (item.excerpt) li.append(el(doc, "p", "excerpt", item.excerpt));
      if (item.tags.length) {
        const tags = el(doc, "ul", "tags");
        tags.setAttribute("aria-label", t("libTags"));
        tags.append(...item.tags.map((tag) => el(doc, "li", undefined, tag)));
        li.append(tags);
      }
      const actions = el(doc, "div", "actions");
      const labels: Array<[ItemAction, string]> = [["open", "libOpen"], ["html", "libExportHtml"], ["markdown", "libExportMarkdown"], ["tags", "libTags"], ["delete", "libDelete"]];
      for (const [action, key] of labels) {
        const button = el(doc, "button", `action-${action}`, t(key));
        button.type = "button";
        button.setAttribute("aria-label", `${t(key)}: ${item.title}`);
        button.addEventListener("click", () => onAction(action, item));
        actions.append(button);
      }
      li.append(actions);
      return li;
    }),
  );
}

export function fillSelect(select: HTMLSelectElement, options: ReadonlyArray<[string, string]>, selected: string): void {
  const doc = select.ownerDocument;
  select.replaceChildren(
    ...options.map(([value, label]) => {
      const option = doc.createElement("option");
      option.value = value;
      option.textContent = label;
      option.selected = value === selected;
      return option;
    }),
  );
}
