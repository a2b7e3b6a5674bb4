/**
 * Every message that crosses a context boundary (popup ↔ background ↔ content script ↔
 * extension pages), typed and schema-checked in this one place. A receiver validates each
 * message against its schema before a handler sees it; anything else is ignored and logged.
 *
 * To add a message: add its schema to MESSAGE_SCHEMAS and its reply type to MessageReplies.
 */
import * as v from "valibot";

export const MESSAGE_SCHEMAS = {
  /** To a content script: open the reader if closed, close it if open. */
  "reader/toggle": v.object({ type: v.literal("reader/toggle") }),
  /** To a content script: open (no-op when already open). */
  "reader/open": v.object({ type: v.literal("reader/open") }),
  /** To a content script: close (no-op when already closed). */
  "reader/close": v.object({ type: v.literal("reader/close") }),
  /** To a content script: is the reader open, and was an article found? */
  "reader/status": v.object({ type: v.literal("reader/status") }),
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
}

/** Returns the message typed when it matches a known schema, otherwise null. */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== "object" || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== "string" || !Object.hasOwn(MESSAGE_SCHEMAS, type)) return null;
  const result = v.safeParse(MESSAGE_SCHEMAS[type as MessageType], raw);
  return result.success ? (result.output as Message) : null;
}
