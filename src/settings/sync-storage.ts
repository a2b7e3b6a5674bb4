/** The extension's storage.sync and its change events, typed for settings-store.ts. */
import { browser } from "../platform/browser-api.js";
import type { ChangeEvents, StorageAreaLike } from "./settings-store.js";

export function syncArea(): StorageAreaLike {
  return browser.storage.sync as unknown as StorageAreaLike;
}

export function storageChanges(): ChangeEvents {
  return browser.storage.onChanged as unknown as ChangeEvents;
}
