/**
 * The article's markup, parsed where nothing loads, with its images made cheap to show: on a
 * page of thousands of images the reader's first frame waited for every one of them (issue
 * #15, item 6; numbers in docs/performance.md). The HTML is parsed in an inert <template>
 * (no fetch, no decode), each <img> gets `loading="lazy"` (only images near the view load) and
 * `decoding="async"` (the frame does not wait for a decode), then the tree joins the article
 * in one append. `eagerImages` undoes the lazy loading where everything must be there (print).
 */

/** The sanitized article HTML as a fragment of `doc`, its images lazy and decoded off the frame. */
export function articleFragment(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement("template");
  // Sanitized by the core (DOMPurify, explicit allow-list); a template's content is inert.
  template.innerHTML = html;
  for (const img of template.content.querySelectorAll("img")) {
    img.setAttribute("loading", "lazy");
    img.setAttribute("decoding", "async");
  }
  return template.content;
}

/** Loads every lazy image under `root` now (before printing: a lazy image off screen has no pixels yet). */
export function eagerImages(root: ParentNode): void {
  for (const img of root.querySelectorAll('img[loading="lazy"]')) img.setAttribute("loading", "eager");
}
