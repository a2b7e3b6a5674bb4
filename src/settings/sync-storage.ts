/** The extension's storage.sync and its change events, typed for settings-store.ts. */
import { browser } from "../platform/browser-api.js";
import type { ChangeEvents, ChangeListener, StorageAreaLike } from "./settings-store.js";

export function syncArea(): StorageAreaLike {
  return browser.storage.sync as unknown as StorageAreaLike;
}

export function storageChanges(): ChangeEvents {
  return browser.storage.onChanged as unknown as ChangeEvents;
}

/**
 * storage.onChanged for an extension page (popup, options): listeners are taken off while
 * the page is hidden and put back if it comes back from the back-forward cache. Firefox otherwise removes them itself after the page's message conduit has closed
 * and logs "sendRemoveListener on closed conduit" as an error of the add-on. Only the
 * browser's own (trusted) pagehide and pageshow count: a page cannot make one up.
 */
export function pageStorageChanges(win: Window): ChangeEvents {
  const events = storageChanges();
  const listeners = new Set<ChangeListener>();
  win.addEventListener("pagehide", (event) => {
    if (event.isTrusted) for (const listener of listeners) events.removeListener(listener);
  });
  win.addEventListener("pageshow", (event) => {
    if (event.isTrusted && event.persisted) for (const listener of listeners) events.addListener(listener);
  });
  return {
    addListener(listener) {
      listeners.add(listener);
      events.addListener(listener);
    },
    removeListener(listener) {
      listeners.delete(listener);
      events.removeListener(listener);
    },
  };
}
