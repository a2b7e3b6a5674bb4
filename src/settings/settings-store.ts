/**
 * Reads and writes the reader's stored data in storage.sync, with every value validated on
 * the way in and out. Written against a tiny storage interface so tests can pass a fake;
 * the extension passes browser.storage.sync (see sync-storage.ts).
 */
import { DEFAULT_SETTINGS, parseSettings, validPatch, type ReaderSettings } from "./schema.js";
import { parseAutoOpenOrigins, parseSiteRules, type SiteRules } from "./site-rules.js";

export const STORAGE_KEYS = { settings: "settings", siteRules: "siteRules", autoOpen: "autoOpenOrigins" } as const;

export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface ChangeEvents {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

export async function loadSettings(area: StorageAreaLike): Promise<ReaderSettings> {
  const stored = await area.get(STORAGE_KEYS.settings);
  return parseSettings(stored[STORAGE_KEYS.settings]);
}

/** Applies the valid part of `patch` on top of the stored settings and returns the result. */
export async function updateSettings(area: StorageAreaLike, patch: Partial<Record<keyof ReaderSettings, unknown>>): Promise<ReaderSettings> {
  const next = { ...(await loadSettings(area)), ...validPatch(patch) };
  await area.set({ [STORAGE_KEYS.settings]: next });
  return next;
}

export async function resetSettings(area: StorageAreaLike): Promise<ReaderSettings> {
  await area.set({ [STORAGE_KEYS.settings]: DEFAULT_SETTINGS });
  return structuredClone(DEFAULT_SETTINGS);
}

export async function loadSiteRules(area: StorageAreaLike): Promise<SiteRules> {
  const stored = await area.get(STORAGE_KEYS.siteRules);
  return parseSiteRules(stored[STORAGE_KEYS.siteRules]);
}

export async function saveSiteRules(area: StorageAreaLike, rules: SiteRules): Promise<void> {
  await area.set({ [STORAGE_KEYS.siteRules]: parseSiteRules(rules) });
}

export async function loadAutoOpenOrigins(area: StorageAreaLike): Promise<string[]> {
  const stored = await area.get(STORAGE_KEYS.autoOpen);
  return parseAutoOpenOrigins(stored[STORAGE_KEYS.autoOpen]);
}

export async function saveAutoOpenOrigins(area: StorageAreaLike, origins: string[]): Promise<void> {
  await area.set({ [STORAGE_KEYS.autoOpen]: parseAutoOpenOrigins(origins) });
}

/** Calls back with fresh, validated data whenever settings or site rules change in storage.sync (from any context). */
export function watchReaderData(
  events: ChangeEvents,
  handlers: { settings?: (settings: ReaderSettings) => void; siteRules?: (rules: SiteRules) => void },
): () => void {
  const listener: ChangeListener = (changes, areaName) => {
    if (areaName !== "sync") return;
    const settings = changes[STORAGE_KEYS.settings];
    if (settings && handlers.settings) handlers.settings(parseSettings(settings.newValue));
    const rules = changes[STORAGE_KEYS.siteRules];
    if (rules && handlers.siteRules) handlers.siteRules(parseSiteRules(rules.newValue));
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}

/** The JSON file the options page exports and imports. */
export interface SettingsExport {
  format: "quiet-reader-settings";
  version: 1;
  settings: ReaderSettings;
  siteRules: SiteRules;
}

export async function exportSettings(area: StorageAreaLike): Promise<SettingsExport> {
  return { format: "quiet-reader-settings", version: 1, settings: await loadSettings(area), siteRules: await loadSiteRules(area) };
}

export class ImportError extends Error {}

/** Imports an exported file: settings are validated field by field, rules rule by rule. */
export async function importSettings(area: StorageAreaLike, json: string): Promise<SettingsExport> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ImportError("not JSON");
  }
  if (typeof data !== "object" || data === null || (data as { format?: unknown }).format !== "quiet-reader-settings") {
    throw new ImportError("not a Quiet Reader settings file");
  }
  const record = data as { settings?: unknown; siteRules?: unknown };
  const imported: SettingsExport = {
    format: "quiet-reader-settings",
    version: 1,
    settings: parseSettings(record.settings),
    siteRules: parseSiteRules(record.siteRules),
  };
  await area.set({ [STORAGE_KEYS.settings]: imported.settings, [STORAGE_KEYS.siteRules]: imported.siteRules });
  return imported;
}
