/** An article root (as Readability hands it to the tidy steps) built from markup, for the tidy-* tests. */
import { JSDOM } from "jsdom";

const PROSE =
  "The council voted on Tuesday to extend the bus network to the outer districts, a decision that will cost four million a year and start in winter.";

/** A long prose paragraph, so blocks before it count as the article's head. */
export function prose(text = PROSE): string {
  return `<p>${text}</p>`;
}

export function articleRoot(markup: string): Element {
  const doc = new JSDOM(`<!doctype html><body><div id="root">${markup}</div>`).window.document;
  return doc.getElementById("root")!;
}

/** The root's text, whitespace collapsed. */
export function textOf(root: Element): string {
  return (root.textContent ?? "").replace(/\s+/g, " ").trim();
}
