/**
 * Every message that crosses a context boundary (popup ↔ background ↔ content script ↔
 * extension pages), typed and schema-checked. The schemas live per receiver (schemas/*.ts):
 * a receiver's router holds its own table only, so content.js carries no schema of a message
 * it never receives. This module is their union, for types (and the tests).
 *
 * To add a message: add its schema to its receiver's table and its reply type to MessageReplies.
 */
import type * as v from "valibot";
import type { Article } from "../core/article.js";
import type { ImageReport } from "../storage/inline-images.js";
import { parseWith } from "./parse.js";
import { BACKGROUND_SCHEMAS } from "./schemas/background.js";
import { CONTENT_SCRIPT_SCHEMAS } from "./schemas/content-script.js";
import { OFFSCREEN_SCHEMAS } from "./schemas/offscreen.js";

export const MESSAGE_SCHEMAS = { ...CONTENT_SCRIPT_SCHEMAS, ...BACKGROUND_SCHEMAS, ...OFFSCREEN_SCHEMAS } as const;

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
  "content/load-bundle": { loaded: boolean };
}

/** Defined by storage/inline-images.ts, which makes it (storage sits below messages). */
export type { ImageReport };

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

/** Returns the message typed when it matches a known schema (any receiver's), otherwise null. */
export function parseMessage(raw: unknown): Message | null {
  return parseWith(MESSAGE_SCHEMAS, raw);
}
