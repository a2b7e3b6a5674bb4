/**
 * Receives messages for one context. Each feature registers a handler for the message
 * types it owns; the router validates the payload and the sender first, so handlers only
 * ever see well-formed messages from this extension. No central switch. A router knows its
 * receiver's schema table only (schemas/*.ts): a handler for a message it cannot validate
 * does not compile.
 */
import { browser, type Runtime } from "../platform/browser-api.js";
import type { Message, MessageReplies, MessageType } from "./messages.js";
import { parseWith, type SchemaTable } from "./parse.js";

export type Handler<T extends MessageType> = (message: Message<T>, sender: Runtime.MessageSender) => MessageReplies[T] | Promise<MessageReplies[T]>;

export class MessageRouter<S extends SchemaTable> {
  private readonly handlers = new Map<MessageType, Handler<MessageType>>();

  constructor(private readonly schemas: S) {}

  on<T extends keyof S & MessageType>(type: T, handler: Handler<T>): this {
    if (this.handlers.has(type)) throw new Error(`a handler for ${type} is already registered`);
    this.handlers.set(type, handler as unknown as Handler<MessageType>);
    return this;
  }

  /** Dispatches one raw message. Returns undefined (no reply) when the message is not for us. */
  dispatch(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
    if (sender.id !== browser.runtime.id) {
      console.warn("Quiet Reader: ignored a message from another sender", sender.id);
      return undefined;
    }
    const message = parseWith(this.schemas, raw);
    if (!message) {
      console.warn("Quiet Reader: ignored a malformed or unknown message", raw);
      return undefined;
    }
    const handler = this.handlers.get(message.type);
    if (!handler) return undefined;
    return Promise.resolve(handler(message, sender));
  }

  listen(): void {
    browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => this.dispatch(raw, sender));
  }
}
