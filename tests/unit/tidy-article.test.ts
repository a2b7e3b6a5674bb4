/**
 * The tidy steps run in a row and share one list of leaf blocks (tidy-blocks.ts LeafBlocks); a
 * step that removes something makes the list stale, since a wrapper whose last text block went
 * is now a leaf itself. The steps after it must see that new leaf, as they would alone.
 */
import { describe, expect, it } from "vitest";
import { AD_LABEL_REASON, dropAdLabels } from "../../src/core/tidy/ad-labels.js";
import { dropMediaStubs, MEDIA_STUB_REASON } from "../../src/core/tidy/media-stubs.js";
import { tidyArticle } from "../../src/core/tidy/tidy-article.js";
import { articleRoot, prose, textOf } from "../helpers/tidy-root.js";

const HEADER = { title: "Buses", byline: null, publishedTime: null, siteName: null };
/** A wrapper holding an ad label as its own text and a player stub as a paragraph: not a leaf until the stub goes. */
const SLOT = `<div class="slot">Advertisement<p>Your browser does not support the video tag.</p></div>`;

describe("tidyArticle", () => {
  it("a wrapper a step leaves with only a label is a leaf for the steps after it", () => {
    const root = articleRoot(`${prose()}${SLOT}${prose("Work on the depots starts next spring, the council said on Tuesday, and will last two years.")}`);
    expect(tidyArticle(root, HEADER)).toEqual([
      { text: "Your browser does not support the video tag.", reason: MEDIA_STUB_REASON },
      { text: "Advertisement", reason: AD_LABEL_REASON },
    ]);
    expect(textOf(root)).not.toMatch(/Advertisement|browser/);
    expect(textOf(root)).toMatch(/depots/);
  });

  it("removes what the steps remove one after the other, each on a fresh list", () => {
    const alone = articleRoot(`${prose()}${SLOT}${prose()}`);
    const removed = [...dropMediaStubs(alone), ...dropAdLabels(alone)];
    const together = articleRoot(`${prose()}${SLOT}${prose()}`);
    expect(tidyArticle(together, HEADER)).toEqual(removed);
    expect(together.innerHTML).toBe(alone.innerHTML);
  });
});
