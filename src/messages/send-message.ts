/** Typed senders: the reply type follows from the message type. */
import { browser } from "../platform/browser-api.js";
import type { Message, MessageReplies, MessageType } from "./messages.js";

export function sendToTab<T extends MessageType>(tabId: number, message: Message<T> & { type: T }): Promise<MessageReplies[T]> {
  return browser.tabs.sendMessage(tabId, message) as Promise<MessageReplies[T]>;
}

export function sendToExtension<T extends MessageType>(message: Message<T> & { type: T }): Promise<MessageReplies[T]> {
  return browser.runtime.sendMessage(message) as Promise<MessageReplies[T]>;
}
