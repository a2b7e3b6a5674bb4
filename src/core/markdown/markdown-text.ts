/**
 * Escapes article text for Markdown so that it can only ever be text: `<`, `>` and `&` become
 * entities (no raw HTML, autolink or entity can start from text), every character that opens
 * an inline construct is backslash-escaped (so no stray backtick, bracket or tilde can pair
 * with the delimiters the converter writes around code, links and images), and block markers
 * at a line's start are escaped. Used for text nodes, alt text, table captions and the title.
 */

/**
 * Inline delimiters, escaped wherever they stand. `|` too: a table cell must never split. And
 * `!`, `(`, `)`: marked re-reads a link's text, and `\[x\](javascript:…)` there became a live
 * image (a counterexample the property test found).
 */
const INLINE_SPECIALS = /[\\`*_[\]~|!()]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Block markers at the start of a line (after up to three spaces of indentation). */
const LINE_START_MARKERS: ReadonlyArray<[RegExp, string]> = [
  [/^( {0,3})([-+=#])/gm, "$1\\$2"],
  [/^( {0,3}\d+)([.)])/gm, "$1\\$2"],
];

export function escapeMarkdownText(text: string, specials: RegExp = INLINE_SPECIALS): string {
  let escaped = text.replace(specials, "\\$&").replace(/[&<>]/g, (c) => ENTITIES[c]!);
  for (const [pattern, replacement] of LINE_START_MARKERS) escaped = escaped.replace(pattern, replacement);
  return escaped;
}

/** On one line `#` too: a heading's trailing `#`s would be taken as its closing sequence. */
const LINE_SPECIALS = /[\\`*_[\]~|!()#]/g;

/** Text on one line (a heading, alt text, a caption): whitespace runs, newlines included, become one space. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdownText(text.replace(/\s+/g, " ").trim(), LINE_SPECIALS);
}

/** A link or image title, inside `"…"`: its own quote and backslash escaped, no markup, one line. */
export function escapeMarkdownTitle(title: string): string {
  return title
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\"`|[\]!()]/g, "\\$&")
    .replace(/[&<>]/g, (c) => ENTITIES[c]!);
}
