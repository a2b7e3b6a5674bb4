/**
 * Content script entry, injected on demand into the one tab the user asked for. Injection
 * may happen more than once (each click re-checks); the first instance stays in charge.
 */
import { MessageRouter } from "../messages/message-router.js";
import { ReaderController } from "./reader-controller.js";

declare global {
  // Lives in the content script's isolated world: invisible to page scripts.
  var __quietReader: { inspect: () => ReturnType<ReaderController["inspect"]> } | undefined;
}

if (!globalThis.__quietReader) {
  const controller = new ReaderController(document);
  new MessageRouter()
    .on("reader/toggle", () => controller.toggle())
    .on("reader/open", () => controller.open())
    .on("reader/close", () => controller.close())
    .on("reader/status", () => controller.status())
    .listen();
  globalThis.__quietReader = { inspect: () => controller.inspect() };
}
