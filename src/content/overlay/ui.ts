/** Small DOM builders shared by the overlay's parts (every label comes from _locales). */
import { t } from "../../platform/i18n.js";

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A toolbar-style button; `labelKey` is the visible text, `titleKey` an optional tooltip. */
export function button(doc: Document, className: string, labelKey: string, onClick: (event: MouseEvent) => void, titleKey?: string): HTMLButtonElement {
  const node = el(doc, "button", `qr-button ${className}`, t(labelKey));
  node.type = "button";
  if (titleKey) node.title = t(titleKey);
  node.addEventListener("click", onClick);
  return node;
}

/** An icon-like button whose accessible name comes from aria-label. */
export function iconButton(doc: Document, className: string, symbol: string, labelKey: string, onClick: (event: MouseEvent) => void): HTMLButtonElement {
  const node = el(doc, "button", `qr-button ${className}`, symbol);
  node.type = "button";
  node.setAttribute("aria-label", t(labelKey));
  node.title = t(labelKey);
  node.addEventListener("click", onClick);
  return node;
}

export function labelled<T extends HTMLElement>(doc: Document, labelKey: string, control: T, id: string): HTMLLabelElement {
  const label = el(doc, "label", "qr-field");
  control.id = id;
  label.htmlFor = id;
  label.append(el(doc, "span", "qr-field-label", t(labelKey)), control);
  return label;
}

export function select(doc: Document, options: Array<[value: string, label: string]>, value: string, onChange: (value: string) => void): HTMLSelectElement {
  const node = el(doc, "select", "qr-select");
  for (const [optionValue, label] of options) {
    const option = el(doc, "option", undefined, label);
    option.value = optionValue;
    node.append(option);
  }
  node.value = value;
  node.addEventListener("change", () => onChange(node.value));
  return node;
}
