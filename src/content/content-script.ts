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

/**
 * Lives in the content script's isolated world: invisible to page scripts. Tests drive the
 * reader through it (the overlay's shadow root is closed, so nothing else can reach in).
 */
export interface QuietReaderHandle {
  inspect: () => ReturnType<ReaderController["inspect"]>;
  /** Clicks the `index`-th element matching `selector` inside the overlay; false when none. */
  click: (selector: string, index?: number) => boolean;
  /** Runs the element picker on the `index`-th article element matching `selector`. */
  pick: (selector: string, index?: number) => boolean;
  /** Top of TOC heading `index` relative to the reader's viewport, in px. */
  headingOffset: (index: number) => number | null;
  /** Makes the closed shadow tree visible to an audit tool (axe) in this isolated world only. */
  exposeForAudit: () => boolean;
  controller: ReaderController;
}

declare global {
  var __quietReader: QuietReaderHandle | undefined;
}

// Own-property check: a page element with id="__quietReader" shows through as a named
// property of window, even here, and must not stop the reader from starting.
if (!Object.hasOwn(globalThis, "__quietReader")) {
  // The overlay acts on trusted input only; the one exception is the click the test handle
  // below dispatches itself, accepted while (and only while) it is being dispatched.
  const handleEvents = new WeakSet<Event>();
  const acceptEvent = (event: Event): boolean => trustedOnly(event) || handleEvents.has(event);
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
  const overlay = () => controller.overlayForTests();
  const handle: QuietReaderHandle = {
    inspect: () => controller.inspect(),
    click: (selector, index = 0) => {
      const target = overlay()?.query(selector, index);
      if (!target) return false;
      const click = new MouseEvent("click", { bubbles: true, cancelable: true, composed: true, view: window });
      handleEvents.add(click);
      try {
        target.dispatchEvent(click);
      } finally {
        handleEvents.delete(click);
      }
      return true;
    },
    pick: (selector, index = 0) => overlay()?.pickElement(selector, index) != null,
    headingOffset: (index) => overlay()?.headingOffset(index) ?? null,
    exposeForAudit: () => {
      overlay()?.exposeForAudit();
      return !!overlay();
    },
    controller,
  };
  Object.defineProperty(globalThis, "__quietReader", { value: handle, configurable: false, enumerable: false, writable: false });
}
