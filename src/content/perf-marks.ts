/**
 * Test build only: `performance` marks along the reader's first open, which
 * `npm run bench:browser` (tests/e2e/perf-pages.e2e.test.ts) reads from its own isolated world
 * to split click → painted into its parts. The shipped build has none (the page could read
 * them: marks live on the window's one Performance object, shared by every world).
 */

/** The steps of a first open, in order; each mark is named "quiet-reader:<step>". */
export const OPEN_MARKS = [
  "content-evaluated", // content.js compiled and its modules evaluated (after the injection)
  "extract-evaluated", // lazy/extract.js, injected in the same call as content.js, compiled and evaluated
  "open-start", // the toggle message reached the controller
  "settings-loaded", // settings and site rules read from storage
  "extract-loaded", // the controller has the extract module (from the registry: no round trip)
  "extracted", // extractArticle returned
  "overlay-built", // the overlay's DOM, article included, built (not yet in the page)
  "overlay-attached", // the host appended to the page, settings applied
  "overlay-shown", // focus moved and progress read (both force style and layout); paint follows
] as const;

export type OpenMark = (typeof OPEN_MARKS)[number];

export function markOpen(step: OpenMark): void {
  if (__QR_TEST_BUILD__) performance.mark(`quiet-reader:${step}`);
}
