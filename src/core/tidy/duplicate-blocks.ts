/**
 * The same text twice: pages that print a section twice (a desktop and a mobile copy, a tab and
 * its accordion) hand Readability both, and a pull quote repeats a paragraph in a box. The
 * reader would show the text twice, so the copy goes ("duplicate-block"):
 * - a container of three or more blocks whose whole text (case, spacing and punctuation aside)
 *   is that of an earlier container: the later copy goes;
 * - a quote box (blockquote, aside) whose text is a paragraph shown elsewhere: the box goes.
 * Single paragraphs that repeat outside a quote box stay: a meal plan, a schedule or a song's
 * chorus repeats lines on purpose, and a reader must not drop them.
 */
import type { RemovedBlock } from "../article.js";
import { elementsUnder } from "../elements-under.js";
import { ancestorNamed, blockText, LeafBlocks, mediaIn, removeBlock, widen, wordKey } from "./tidy-blocks.js";

export const DUPLICATE_BLOCK_REASON = "duplicate-block";

/** Shortest text, in characters, that counts as a repeated paragraph or section rather than a repeated line. */
export const MIN_DUPLICATE_CHARS = 80;
/** Shortest repeated container, in characters, and fewest blocks in it (a section, not a pair of lines). */
export const MIN_DUPLICATE_SECTION_CHARS = 400;
export const MIN_DUPLICATE_SECTION_BLOCKS = 3;

const QUOTE_BOX: ReadonlySet<string> = new Set(["blockquote", "aside"]);
/** Repeated cells and code lines are the table's or the listing's own: never compared. */
const OWN_REPEATS: ReadonlySet<string> = new Set(["table", "pre"]);
const CONTAINERS: ReadonlySet<string> = new Set(["div", "section", "article", "ul", "ol", "dl", "main"]);

/** How many leaf blocks each element holds (one bottom-up pass). */
function leafCounts(root: Element, leaves: readonly Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const leaf of leaves) for (let el: Element | null = leaf; el && el !== root; el = el.parentElement) counts.set(el, (counts.get(el) ?? 0) + 1);
  return counts;
}

/** Later copies of a section already shown. */
function dropRepeatedSections(root: Element, removed: RemovedBlock[], leaves: Element[]): void {
  const counts = leafCounts(root, leaves);
  const first = new Map<string, Element>();
  for (const el of elementsUnder(root)) {
    if (!CONTAINERS.has(el.localName) || (counts.get(el) ?? 0) < MIN_DUPLICATE_SECTION_BLOCKS || !root.contains(el) || ancestorNamed(el, OWN_REPEATS)) continue;
    // A wrapper around one element with the same leaves is that element: judged once, below.
    if (el.children.length === 1 && counts.get(el.firstElementChild!) === counts.get(el)) continue;
    const text = blockText(el);
    if (text.length < MIN_DUPLICATE_SECTION_CHARS) continue;
    const key = wordKey(text);
    const earlier = first.get(key);
    if (earlier && root.contains(earlier) && !earlier.contains(el) && !el.contains(earlier)) removeBlock(el, DUPLICATE_BLOCK_REASON, removed);
    else first.set(key, el);
  }
}

/** Quote boxes that repeat a paragraph shown outside them. */
function dropPullQuotes(root: Element, removed: RemovedBlock[], blocks: LeafBlocks): void {
  // Most articles have no quote box: then there is nothing to compare.
  if (![...QUOTE_BOX].some((name) => root.getElementsByTagName(name).length)) return;
  const leaves = blocks.get().filter((leaf) => mediaIn(leaf).length === 0 && !ancestorNamed(leaf, OWN_REPEATS));
  const outside = new Set<string>();
  for (const leaf of leaves) if (!ancestorNamed(leaf, QUOTE_BOX)) outside.add(wordKey(blockText(leaf)));
  for (const leaf of leaves) {
    const box = ancestorNamed(leaf, QUOTE_BOX);
    if (!box || !root.contains(leaf)) continue;
    const text = blockText(leaf);
    if (text.length < MIN_DUPLICATE_CHARS || !outside.has(wordKey(text))) continue;
    removeBlock(widen(leaf, root), DUPLICATE_BLOCK_REASON, removed);
  }
}

/** Removes repeated sections and pull quotes of paragraphs shown elsewhere; returns what was removed. */
export function dropDuplicateBlocks(root: Element, leaves = new LeafBlocks(root)): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  dropRepeatedSections(root, removed, leaves.get());
  if (removed.length) leaves.changed();
  dropPullQuotes(root, removed, leaves);
  return removed;
}
