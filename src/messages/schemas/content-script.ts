/**
 * Schemas of the messages a content script receives, and nothing else: content.js bundles
 * this table only, so the other receivers' schemas cost the page nothing.
 */
import * as v from "valibot";

const imageCaps = v.nullable(v.object({ maxImageBytes: v.pipe(v.number(), v.integer(), v.minValue(0)), maxTotalBytes: v.pipe(v.number(), v.integer(), v.minValue(0)) }));

export const CONTENT_SCRIPT_SCHEMAS = {
  /** Open the reader if closed, close it if open. */
  "reader/toggle": v.object({ type: v.literal("reader/toggle") }),
  /** Open (no-op when already open). */
  "reader/open": v.object({ type: v.literal("reader/open") }),
  /** Close (no-op when already closed). */
  "reader/close": v.object({ type: v.literal("reader/close") }),
  /** Is the reader open, and was an article found? */
  "reader/status": v.object({ type: v.literal("reader/status") }),
  /** The page's Article for the library, images inlined within the caps. */
  "reader/get-article": v.object({ type: v.literal("reader/get-article"), images: imageCaps }),
  /** Show "Saved" with an undo button (saves from the shortcut or the menu). */
  "library/show-saved": v.object({ type: v.literal("library/show-saved"), title: v.pipe(v.string(), v.maxLength(4096)), undoToken: v.pipe(v.string(), v.maxLength(128)), created: v.boolean() }),
  /** Say why a save from the shortcut or the menu failed. */
  "library/show-failed": v.object({ type: v.literal("library/show-failed"), error: v.picklist(["no-article", "unavailable", "quota", "fetch-failed", "permission", "failed"]) }),
} as const;
