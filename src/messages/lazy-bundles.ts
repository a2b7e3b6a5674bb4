/**
 * The content script's lazy bundles: code that content.js does not carry and asks the
 * background to inject into the same isolated world on first use (content/lazy/registry.ts).
 * One row per bundle; build.mjs builds each from src/content/lazy/<name>.ts into lazy/<name>.js.
 * The list is the contract of the `content/load-bundle` message (the background's schema is
 * a picklist of it), so it lives in messages/, which content and background both import.
 */
export const LAZY_BUNDLES = ["extract", "read-aloud", "saving", "picker", "lightbox", "keyboard-help", "typography"] as const;

export type LazyBundleName = (typeof LAZY_BUNDLES)[number];

/** Root-absolute: Firefox resolves executeScript's `files` against the calling page. */
export function lazyBundleFile(name: LazyBundleName): string {
  return `/lazy/${name}.js`;
}
