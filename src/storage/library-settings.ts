/**
 * The library's own settings (storage.local, key "librarySettings"): whether saves inline
 * images, the caps per image and per article, and whether a saved article's remote images
 * load by themselves when it is read or exported. Validated on read; defaults otherwise.
 */
import * as v from "valibot";

export const LIBRARY_SETTINGS_KEY = "librarySettings";
const MB = 1024 * 1024;

export interface LibrarySettings {
  inlineImages: boolean;
  /** An image larger than this keeps its remote URL. */
  maxImageBytes: number;
  /** Images stop being inlined once an article's inlined images reach this total. */
  maxArticleImageBytes: number;
  /**
   * Remote images (not inlined when saved) load when a saved article is opened, and stay
   * images in an exported HTML file. Off by default: loading them tells their server that
   * the article is read again (src/core/remote-images.ts).
   */
  loadRemoteImages: boolean;
}

export const DEFAULT_LIBRARY_SETTINGS: LibrarySettings = {
  inlineImages: true,
  maxImageBytes: 2 * MB,
  maxArticleImageBytes: 10 * MB,
  loadRemoteImages: false,
};

const bytes = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(200 * MB));
const Schema = v.object({ inlineImages: v.boolean(), maxImageBytes: bytes, maxArticleImageBytes: bytes, loadRemoteImages: v.boolean() });

export function parseLibrarySettings(raw: unknown): LibrarySettings {
  const merged = typeof raw === "object" && raw !== null ? { ...DEFAULT_LIBRARY_SETTINGS, ...raw } : DEFAULT_LIBRARY_SETTINGS;
  const result = v.safeParse(Schema, merged);
  return result.success ? result.output : { ...DEFAULT_LIBRARY_SETTINGS };
}

export interface LocalAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadLibrarySettings(area: LocalAreaLike): Promise<LibrarySettings> {
  return parseLibrarySettings((await area.get(LIBRARY_SETTINGS_KEY))[LIBRARY_SETTINGS_KEY]);
}

export async function saveLibrarySettings(area: LocalAreaLike, settings: LibrarySettings): Promise<void> {
  await area.set({ [LIBRARY_SETTINGS_KEY]: parseLibrarySettings(settings) });
}

/** The caps a save passes along, or null when images are not to be inlined. */
export function imageCaps(settings: LibrarySettings): { maxImageBytes: number; maxTotalBytes: number } | null {
  return settings.inlineImages ? { maxImageBytes: settings.maxImageBytes, maxTotalBytes: settings.maxArticleImageBytes } : null;
}
