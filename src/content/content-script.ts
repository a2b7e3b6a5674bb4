/**
 * Content script entry, injected on demand into the one tab the user asked for. Injection
 * may happen more than once (each click re-checks); the first instance stays in charge.
 */
import { CONTENT_SCRIPT_SCHEMAS } from "../messages/schemas/content-script.js";
import { MessageRouter } from "../messages/message-router.js";
import { storageChanges, syncArea } from "../settings/sync-storage.js";
import { ReaderController } from "./reader-controller.js";
import { injectViaBackground } from "./lazy/inject-via-background.js";
import { lazyLoader } from "./lazy/registry.js";
import { trustedOnly } from "./overlay/event-gate.js";
import { installTestHandle, testEvents } from "./test-handle.js";
import { markOpen } from "./perf-marks.js";

/**
 * Marks the first instance, on the isolated world's own global (the page never sees it). A
 * symbol key: a page element's id shows through as a named (string) property of window, even
 * here, and must not stop the reader from starting.
 */
const INSTANCE = Symbol.for("quiet-reader/content-script");

if (!Object.hasOwn(globalThis, INSTANCE)) {
  Object.defineProperty(globalThis, INSTANCE, { value: true, configurable: false, enumerable: false, writable: false });
  markOpen("content-evaluated");
  // The overlay acts on trusted input only; the test build (and only it) also accepts the
  // clicks its inspection handle dispatches itself (test-handle.ts).
  const acceptEvent = __QR_TEST_BUILD__ ? testEvents.acceptTrustedOrHandleDispatched : trustedOnly;
  const load = lazyLoader(injectViaBackground);
  const controller = new ReaderController(document, { area: syncArea(), changes: storageChanges() }, { acceptEvent, loadBundle: load });
  const saving = () => load("saving");
  new MessageRouter(CONTENT_SCRIPT_SCHEMAS)
    .on("reader/toggle", () => controller.toggle())
    .on("reader/open", () => controller.open())
    .on("reader/close", () => controller.close())
    .on("reader/status", () => controller.status())
    .on("reader/get-article", async (message) => (await saving()).articleForLibrary(await controller.articleForSaving(), document, message.images))
    .on("library/show-saved", async (message) => ((await saving()).showSaved(document, message.title, message.created, message.undoToken), { shown: true }))
    .on("library/show-failed", async (message) => ((await saving()).showSaveResult(document, { ok: false, error: message.error, detail: "" }), { shown: true }))
    .listen();
  controller.setSaveHandler(() => void saving().then((module) => module.saveFromOverlay(document)).catch((error: unknown) => console.warn("Quiet Reader: cannot save", error)));
  if (__QR_TEST_BUILD__) installTestHandle(controller);
}
