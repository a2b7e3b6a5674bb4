/**
 * Opens a saved article in the same reader overlay the extension shows on web pages, from
 * the library page, with no network: the stored HTML carries its images as data URLs, and
 * the images that could not be kept stay remote and wait for the user's "Load remote images"
 * (unless the library's settings say to load them), so re-reading tells no site about it.
 * The stored HTML is sanitized again before it is shown (the store may hold an imported file).
 */
import { sanitizeHtml } from "../core/sanitize-html.js";
import { ReaderOverlay } from "../content/overlay/overlay.js";
import { holdRemoteImagesRenderer } from "../content/overlay/remote-images-bar.js";
// The library page bundles the reader's lazy tools itself (they register on import).
import "../content/lazy/keyboard-help.js";
import "../content/lazy/lightbox.js";
import "../content/lazy/picker.js";
import "../content/lazy/read-aloud.js";
import "../content/lazy/typography.js";
import { browser } from "../platform/browser-api.js";
import { loadSettings, updateSettings } from "../settings/settings-store.js";
import { syncArea } from "../settings/sync-storage.js";
import { DEFAULT_LIBRARY_SETTINGS, loadLibrarySettings, type LocalAreaLike } from "../storage/library-settings.js";
import type { SavedArticle } from "../storage/library-types.js";

let current: ReaderOverlay | null = null;

export async function openSavedArticle(saved: SavedArticle, onClosed: () => void): Promise<ReaderOverlay> {
  current?.close();
  const area = syncArea();
  const settings = await loadSettings(area).catch(() => undefined);
  // Unreadable settings fall back to the defaults, which hold remote images back.
  const library = await loadLibrarySettings(browser.storage.local as unknown as LocalAreaLike).catch(() => DEFAULT_LIBRARY_SETTINGS);
  const article = { ...saved.article, contentHtml: sanitizeHtml(saved.article.contentHtml, window) };
  const overlay = new ReaderOverlay(document, article, {
    ...(settings ? { settings } : {}),
    ...(library.loadRemoteImages ? {} : { renderContent: holdRemoteImagesRenderer }),
    updateSettings: (patch) => void updateSettings(area, patch).catch(() => {}),
    onClosed: () => {
      if (current === overlay) current = null;
      onClosed();
    },
  });
  current = overlay;
  overlay.open();
  return overlay;
}

/** The open overlay, for tests. */
export function currentReader(): ReaderOverlay | null {
  return current;
}
