/** Validates a raw message against one receiver's schema table (schemas/*.ts). */
import * as v from "valibot";
import type { Message, MessageType } from "./messages.js";

/** A receiver's schemas: message type → its schema. */
export type SchemaTable = { readonly [T in MessageType]?: v.GenericSchema };

/** The message typed when it matches a schema in `schemas`, otherwise null (unknown types too). */
export function parseWith<S extends SchemaTable>(schemas: S, raw: unknown): Message<keyof S & MessageType> | null {
  if (typeof raw !== "object" || raw === null) return null;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== "string" || !Object.hasOwn(schemas, type)) return null;
  const result = v.safeParse(schemas[type as keyof S & MessageType] as v.GenericSchema, raw);
  return result.success ? (result.output as Message<keyof S & MessageType>) : null;
}
