/**
 * Every message that crosses a context boundary (popup ↔ background ↔ content script ↔
 * extension pages), typed and schema-checked in this one place. A receiver validates each
 * message against its schema before a handler sees it; anything else is ignored and logged.
 *
 * To add a message: add its schema to MESSAGE_SCHEMAS and its reply type to MessageReplies.
 */
import * as v from "valibot";
import type { Article } from "../core/article.js";

export const MESSAGE_SCHEMAS = {
  /** To a content script: open the reader if closed, close it if open. */
  "reader/toggle": v.object({ type: v.literal("reader/toggle") }),
  /** To a content script: open (no-op when already open). */
  "reader/open": v.object({ type: v.literal("reader/open") }),
  /** To a content script: close (no-op when already closed). */
  "reader/close": v.object({ type: v.literal("reader/close") }),
  /** To a content script: is the reader open, and was an article found? */
  "reader/status": v.object({ type: v.literal("reader/status") }),
  /** To a content script: the page's Article for the library, images inlined within the caps. */
  "reader/get-article": v.object({
    type: v.literal("reader/get-article"),
    images: v.nullable(v.object({ maxImageBytes: v.pipe(v.number(), v.integer(), v.minValue(0)), maxTotalBytes: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
  }),
  /** To the background: save the article in a tab (the sender's tab when tabId is absent). */
  "library/save-tab": v.object({ type: v.literal("library/save-tab"), tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  /** To the background: fetch a link and save its article without opening it. */
  "library/save-url": v.object({ type: v.literal("library/save-url"), url: v.pipe(v.string(), v.maxLength(8192), v.regex(/^https?:\/\//i)) }),
  /** To the background: revert the save or delete that returned this undo token. */
  "library/undo": v.object({ type: v.literal("library/undo"), token: v.pipe(v.string(), v.maxLength(128)) }),
  /** To the background: fetch one image with the extension's host permissions, as a data: URL. */
  "library/fetch-image": v.object({ type: v.literal("library/fetch-image"), url: v.pipe(v.string(), v.maxLength(8192), v.regex(/^https?:\/\//i)), maxBytes: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** To a content script: show "Saved" with an undo button (saves from the shortcut or the menu). */
  "library/show-saved": v.object({ type: v.literal("library/show-saved"), title: v.pipe(v.string(), v.maxLength(4096)), undoToken: v.pipe(v.string(), v.maxLength(128)), created: v.boolean() }),
  /** To a content script: say why a save from the shortcut or the menu failed. */
  "library/show-failed": v.object({ type: v.literal("library/show-failed"), error: v.picklist(["no-article", "unavailable", "quota", "fetch-failed", "permission", "failed"]) }),
  /** To the offscreen document (Chrome): extract and inline the article of fetched HTML. */
  "library/extract-html": v.object({
    type: v.literal("library/extract-html"),
    html: v.string(),
    url: v.pipe(v.string(), v.maxLength(8192), v.regex(/^https?:\/\//i)),
    images: v.nullable(v.object({ maxImageBytes: v.pipe(v.number(), v.integer(), v.minValue(0)), maxTotalBytes: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
  }),
} as const;

export type MessageType = keyof typeof MESSAGE_SCHEMAS;
export type Message<T extends MessageType = MessageType> = v.InferOutput<(typeof MESSAGE_SCHEMAS)[T]>;

export interface ReaderStatus {
  open: boolean;
  /** null until an extraction has run on this page. */
  hasArticle: boolean | null;
}

/** What each message's handler replies. */
export interface MessageReplies {
  "reader/toggle": ReaderStatus;
  "reader/open": ReaderStatus;
  "reader/close": ReaderStatus;
  "reader/status": ReaderStatus;
  "reader/get-article": ArticleForLibrary;
  "library/save-tab": SaveReply;
  "library/save-url": SaveReply;
  "library/undo": { undone: boolean };
  "library/fetch-image": { dataUrl: string | null };
  "library/show-saved": { shown: boolean };
  "library/show-failed": { shown: boolean };
  "library/extract-html": ArticleForLibrary;
}

/** How many images a save inlined, and which origins it could not fetch (the user may allow them). */
export interface ImageReport {
  inlined: number;
  remote: number;
  remoteOrigins: string[];
}

export interface ArticleForLibrary {
  article: Article | null;
  images: ImageReport;
  /** The page's own <link rel="canonical"> (same host only), for de-duplication. */
  canonicalUrl?: string | null;
}

export type SaveErrorCode = "no-article" | "unavailable" | "quota" | "fetch-failed" | "permission" | "failed";

export type SaveReply =
  | { ok: true; id: string; created: boolean; undoToken: string; title: string; images: ImageReport }
  | { ok: false; error: SaveErrorCode; detail: string };

/** Returns the message typed when it matches a known schema, otherwise null. */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== "object" || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== "string" || !Object.hasOwn(MESSAGE_SCHEMAS, type)) return null;
  const result = v.safeParse(MESSAGE_SCHEMAS[type as MessageType], raw);
  return result.success ? (result.output as Message) : null;
}
