/** Schemas of the messages the background (service worker / event page) receives. */
import * as v from "valibot";
import { LAZY_BUNDLES } from "../lazy-bundles.js";

const httpUrl = v.pipe(v.string(), v.maxLength(8192), v.regex(/^https?:\/\//i));

export const BACKGROUND_SCHEMAS = {
  /** Save the article in a tab (the sender's tab when tabId is absent). */
  "library/save-tab": v.object({ type: v.literal("library/save-tab"), tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  /** Fetch a link and save its article without opening it. */
  "library/save-url": v.object({ type: v.literal("library/save-url"), url: httpUrl }),
  /** Revert the save or delete that returned this undo token. */
  "library/undo": v.object({ type: v.literal("library/undo"), token: v.pipe(v.string(), v.maxLength(128)) }),
  /** Fetch one image with the extension's host permissions, as a data: URL. */
  "library/fetch-image": v.object({ type: v.literal("library/fetch-image"), url: httpUrl, maxBytes: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** From a content script: inject one of the content script's lazy bundles into the sender's frame. */
  "content/load-bundle": v.object({ type: v.literal("content/load-bundle"), name: v.picklist(LAZY_BUNDLES) }),
} as const;
