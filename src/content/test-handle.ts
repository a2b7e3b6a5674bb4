/**
 * The test build's inspection handle (only under `__QR_TEST_BUILD__`: the shipped build has
 * none of this file). It lives in the content script's isolated world, invisible to page
 * scripts; the e2e tests drive the reader through it, because the overlay's shadow root is
 * closed and nothing else can reach in. It also holds the one exception to the trusted-input
 * gate (event-gate.ts): the clicks the handle dispatches itself, accepted while (and only while)
 * they are being dispatched.
 */
import type { ReaderController } from "./reader-controller.js";
import { trustedOnly, type AcceptEvent } from "./overlay/event-gate.js";
import { exposeForAudit, headingOffset, pickElement, queryOverlay } from "./overlay/test-access.js";

export interface QuietReaderHandle {
  inspect: () => ReturnType<ReaderController["inspect"]>;
  /** The `index`-th element matching `selector` inside the overlay's closed shadow root, or null. */
  query: (selector: string, index?: number) => HTMLElement | null;
  /** Clicks the `index`-th element matching `selector` inside the overlay; false when none. */
  click: (selector: string, index?: number) => boolean;
  /** Runs the element picker on the `index`-th article element matching `selector`. */
  pick: (selector: string, index?: number) => Promise<boolean>;
  /** Top of TOC heading `index` relative to the reader's viewport, in px. */
  headingOffset: (index: number) => number | null;
  /** Makes the closed shadow tree visible to an audit tool (axe) in this isolated world only. */
  exposeForAudit: () => boolean;
  controller: ReaderController;
}

declare global {
  var __quietReader: QuietReaderHandle | undefined;
}

const dispatchedByHandle = new WeakSet<Event>();

/** The trusted-event exception (its name is what tests/unit/shipped-bundles.test.ts looks for). */
export const testEvents: { acceptTrustedOrHandleDispatched: AcceptEvent } = {
  acceptTrustedOrHandleDispatched: (event) => trustedOnly(event) || dispatchedByHandle.has(event),
};

/** Defines `globalThis.__quietReader` (own, read-only) for `controller`. */
export function installTestHandle(controller: ReaderController): void {
  // The controller's private field, read through the type-checked escape hatch (test-access.ts).
  const overlay = () => controller["overlay"];
  const handle: QuietReaderHandle = {
    inspect: () => controller.inspect(),
    query: (selector, index = 0) => {
      const open = overlay();
      return open ? queryOverlay(open, selector, index) : null;
    },
    click: (selector, index = 0) => {
      const open = overlay();
      const target = open ? queryOverlay(open, selector, index) : null;
      if (!target) return false;
      const click = new MouseEvent("click", { bubbles: true, cancelable: true, composed: true, view: window });
      dispatchedByHandle.add(click);
      try {
        target.dispatchEvent(click);
      } finally {
        dispatchedByHandle.delete(click);
      }
      return true;
    },
    pick: async (selector, index = 0) => {
      const open = overlay();
      return !!open && (await pickElement(open, selector, index)) !== null;
    },
    headingOffset: (index) => {
      const open = overlay();
      return open ? headingOffset(open, index) : null;
    },
    exposeForAudit: () => {
      const open = overlay();
      return !!open && exposeForAudit(open);
    },
    controller,
  };
  Object.defineProperty(globalThis, "__quietReader", { value: handle, configurable: false, enumerable: false, writable: false });
}
