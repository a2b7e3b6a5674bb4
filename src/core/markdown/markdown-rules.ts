/**
 * The turndown rules that decide what markup reaches the Markdown: nothing but Markdown. No
 * rule emits raw HTML (tables that a pipe table cannot hold are written cell by cell, and any
 * element turndown would "keep" is written as escaped text), links and images only with a URL
 * from markdown-urls.ts, code spans and fenced code verbatim inside delimiters that their
 * content cannot close. Text everywhere goes through markdown-text.ts.
 */
import type TurndownService from "turndown";
import { escapeMarkdownLine, escapeMarkdownText, escapeMarkdownTitle } from "./markdown-text.js";
import { markdownDestination } from "./markdown-urls.js";

export interface RuleOptions {
  /** Rewrites image URLs, e.g. to local files in an export zip. */
  imageUrl?: (src: string) => string;
}

type Rule = TurndownService.Rule;

/** Elements a GFM pipe-table cell cannot hold: a table with any of them is written cell by cell. */
const BLOCKS_OUTSIDE_PIPE_TABLES = "table table, pre, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, hr, dl";

function titlePart(node: Element): string {
  const title = escapeMarkdownTitle(node.getAttribute("title") ?? "");
  return title ? ` "${title}"` : "";
}

function closest(node: Node, names: readonly string[]): Element | null {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (names.includes(current.nodeName)) return current as Element;
  }
  return null;
}

function isPipeTable(table: Element): boolean {
  // Falsy, not null: turndown's DOM in Node (domino) answers undefined for no match.
  return !table.querySelector(BLOCKS_OUTSIDE_PIPE_TABLES) && !!table.querySelector("tr");
}

/** Inside a cell of a table written as a pipe table. */
function inPipeTableCell(node: Node): boolean {
  const cellNode = closest(node, ["TD", "TH"]);
  const table = cellNode && closest(cellNode, ["TABLE"]);
  return !!table && isPipeTable(table);
}

/** The shortest run of backticks that does not occur in `code` (at least `min` long). */
function fenceFor(code: string, min: number): string {
  let longest = 0;
  for (const match of code.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  return "`".repeat(Math.max(min, longest + 1));
}

const link: Rule = {
  filter: "a",
  replacement: (content, node) => {
    const element = node as HTMLElement;
    const href = markdownDestination(element.getAttribute("href") ?? "", "link");
    // A link around blocks (a card) cannot be a Markdown link: its text stays, the link goes.
    if (!href || !content.trim() || content.includes("\n")) return content;
    return `[${content}](${href}${titlePart(element)})`;
  },
};

function imageRule(options: RuleOptions): Rule {
  return {
    filter: "img",
    replacement: (_content, node) => {
      const img = node as HTMLImageElement;
      const raw = img.getAttribute("src") ?? "";
      const src = markdownDestination(options.imageUrl && raw ? options.imageUrl(raw) : raw, "image");
      if (!src) return "";
      return `![${escapeMarkdownLine(img.getAttribute("alt") ?? "")}](${src}${titlePart(img)})`;
    },
  };
}

const inlineCode: Rule = {
  filter: (node) => node.nodeName === "CODE" && !(node.parentNode?.nodeName === "PRE" && !node.previousSibling && !node.nextSibling),
  replacement: (_content, node) => {
    const code = (node.textContent ?? "").replace(/[\r\n]+/g, " ");
    if (!code) return "";
    // GFM splits a table row at every `|` before it sees code spans, and marked and
    // markdown-it disagree on `\|` inside one: in a table, code holding a pipe is written as text.
    if (inPipeTableCell(node) && code.includes("|")) return escapeMarkdownText(code);
    const delimiter = fenceFor(code, 1);
    // CommonMark strips one space from each end of a span that has both (unless all spaces),
    // and a backtick at an end would join the delimiter: pad then. Checked without a regex
    // that backtracks (`^ .*[^ ].* $` is quadratic on long code).
    const pad = code.startsWith("`") || code.endsWith("`") || (code.startsWith(" ") && code.endsWith(" ") && /[^ ]/.test(code)) ? " " : "";
    return `${delimiter}${pad}${code}${pad}${delimiter}`;
  },
};

const fencedCode: Rule = {
  filter: (node) => node.nodeName === "PRE" && node.firstChild?.nodeName === "CODE",
  replacement: (_content, node) => {
    const codeNode = node.firstChild as Element;
    const code = (node.textContent ?? "").replace(/\n$/, "");
    // The info string may hold no backtick (it would stop the fence being a fence).
    const language = /language-([\w+#.-]{1,32})/.exec(codeNode.getAttribute("class") ?? "")?.[1] ?? "";
    // Longer than any backtick run anywhere in the code, so no line of it can close the fence.
    const fence = fenceFor(code, 3);
    return `\n\n${fence}${language}\n${code}\n${fence}\n\n`;
  },
};

/** Lines joined with one space (split and trim: `\s*\n\s*` would backtrack quadratically on long blank runs). */
function oneLine(content: string): string {
  return content
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join(" ");
}

/** Cell separators in a row: pipes not escaped by a backslash (a linear scan). */
function countPipes(row: string): number {
  let count = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === "\\") i++;
    else if (row[i] === "|") count++;
  }
  return count;
}

function cell(content: string, node: Element): string {
  const text = oneLine(content) || " ";
  const span = Math.max(1, Math.min(1000, Number.parseInt(node.getAttribute("colspan") ?? "1", 10) || 1));
  return ` ${text} |${"   |".repeat(span - 1)}`;
}

function columnCount(table: HTMLTableElement): number {
  let max = 0;
  for (const row of Array.from(table.querySelectorAll("tr"))) {
    let count = 0;
    for (const c of Array.from(row.children)) count += Math.max(1, Math.min(1000, Number.parseInt(c.getAttribute("colspan") ?? "1", 10) || 1));
    max = Math.max(max, count);
  }
  return max;
}

const tableCell: Rule = {
  filter: ["td", "th"],
  replacement: (content, node) => {
    const table = closest(node, ["TABLE"]);
    return table && isPipeTable(table) ? cell(content, node as Element) : `\n\n${content}\n\n`;
  },
};

const tableRow: Rule = {
  filter: "tr",
  replacement: (content, node) => {
    const table = closest(node, ["TABLE"]);
    return table && isPipeTable(table) ? `\n|${content}\n` : `\n\n${content}\n\n`;
  },
};

const tablePassThrough: Rule = { filter: ["thead", "tbody", "tfoot"], replacement: (content) => content };
const tableIgnored: Rule = { filter: ["caption", "colgroup", "col"], replacement: () => "" };

const table: Rule = {
  filter: "table",
  replacement: (content, node) => {
    const element = node as HTMLTableElement;
    const captionText = element.querySelector("caption")?.textContent ?? "";
    const caption = captionText.trim() ? `${escapeMarkdownLine(captionText)}\n\n` : "";
    if (!isPipeTable(element)) return `\n\n${caption}${content}\n\n`;
    const rows = content.split("\n").filter((line) => line.trim());
    const columns = columnCount(element);
    const pad = (row: string): string => {
      const cells = Math.max(0, countPipes(row) - 1);
      return row + "   |".repeat(Math.max(0, columns - cells));
    };
    const firstRow = element.querySelector("tr");
    const hasHeader = !!firstRow && Array.from(firstRow.children).every((c) => c.nodeName === "TH") && firstRow.children.length > 0;
    const header = hasHeader ? pad(rows.shift() ?? "|") : `|${"   |".repeat(columns)}`;
    const divider = `|${" --- |".repeat(columns)}`;
    return `\n\n${caption}${[header, divider, ...rows.map(pad)].join("\n")}\n\n`;
  },
};

/** Adds the rules; called after every plugin, so these take precedence over anything else. */
export function addSafeRules(service: TurndownService, options: RuleOptions): void {
  const rules: Record<string, Rule> = { link, image: imageRule(options), inlineCode, fencedCode, table, tableRow, tableCell, tablePassThrough, tableIgnored };
  for (const [key, rule] of Object.entries(rules)) service.addRule(`safe-${key}`, rule);
}

/** What turndown writes for an element some rule "keeps": its text, escaped; never its HTML. */
export function keepAsText(_content: string, node: TurndownService.Node): string {
  const text = escapeMarkdownText((node as Element).textContent ?? "");
  return (node as { isBlock?: boolean }).isBlock ? `\n\n${text}\n\n` : text;
}
