/**
 * Tidying after the clutter step: the junk a reader still sees once the boxes are gone, each
 * a named step with its own module and reason. Order matters only at the article's head:
 * stubs and ad labels go first (anywhere), then the header's repeated lines, so that a kicker
 * left above them is the first block when the kicker step looks; credits are folded into their
 * figures last, when no stub stands between a picture and its credit, and then every caption's
 * credit goes into its own <small> (the article's plain text leaves those out).
 */
import type { RemovedBlock } from "../article.js";
import { dropAdLabels } from "./ad-labels.js";
import { markCaptionCredits } from "./caption-credits.js";
import { dropDuplicateBlocks } from "./duplicate-blocks.js";
import { dropDuplicateHeader, type HeaderFields } from "./duplicate-header.js";
import { foldImageCredits } from "./image-credits.js";
import { dropKickers } from "./kickers.js";
import { dropMediaStubs } from "./media-stubs.js";
import { LeafBlocks } from "./tidy-blocks.js";

export type { HeaderFields } from "./duplicate-header.js";

/** Tidies the article root in place and returns the blocks removed, each with its reason. */
export function tidyArticle(root: Element, header: HeaderFields): RemovedBlock[] {
  // The removal steps share one list of leaf blocks, found again only after a step removed something.
  const leaves = new LeafBlocks(root);
  const steps: Array<(leaves: LeafBlocks) => RemovedBlock[]> = [
    (shared) => dropMediaStubs(root, shared),
    (shared) => dropAdLabels(root, shared),
    (shared) => dropDuplicateHeader(root, header, shared),
    (shared) => dropKickers(root, shared),
    (shared) => dropDuplicateBlocks(root, shared),
  ];
  const removed: RemovedBlock[] = [];
  for (const step of steps) {
    const gone = step(leaves);
    if (gone.length) leaves.changed();
    removed.push(...gone);
  }
  foldImageCredits(root);
  markCaptionCredits(root);
  return removed;
}
