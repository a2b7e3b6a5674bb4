/**
 * Opens a saved article in the same reader overlay the extension shows on web pages, from
 * the library page, with no network: the stored HTML carries its images as data URLs. The
 * stored HTML is sanitized again before it is shown (the store may hold an imported file).
 */
import { sanitizeHtml } from "../core/sanitize-html.js";
import { ReaderOverlay } from "../content/overlay/overlay.js";
import { loadSettings, updateSettings } from "../settings/settings-store.js";
import { syncArea } from "../settings/sync-storage.js";
import type { SavedArticle } from "../storage/library-types.js";

let current: ReaderOverlay | null = null;

export async function openSavedArticle(saved: SavedArticle, onClosed: () => void): Promise<ReaderOverlay> {
  current?.close();
  const area = syncArea();
  const settings = await loadSettings(area).catch(() => undefined);
  const article = { ...saved.article, contentHtml: sanitizeHtml(saved.article.contentHtml, window) };
  const overlay = new ReaderOverlay(document, article, {
    ...(settings ? { settings } : {}),
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
