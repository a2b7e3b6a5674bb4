/** Schemas of the messages the offscreen document (Chrome) receives. */
import * as v from "valibot";

export const OFFSCREEN_SCHEMAS = {
  /** Extract and inline the article of fetched HTML. */
  "library/extract-html": v.object({
    type: v.literal("library/extract-html"),
    html: v.string(),
    url: v.pipe(v.string(), v.maxLength(8192), v.regex(/^https?:\/\//i)),
    images: v.nullable(v.object({ maxImageBytes: v.pipe(v.number(), v.integer(), v.minValue(0)), maxTotalBytes: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
  }),
} as const;
