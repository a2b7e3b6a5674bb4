/**
 * Reads and writes the reader's stored data in storage.sync, with every value validated on
 * the way in and out. Written against a tiny storage interface so tests can pass a fake;
 * the extension passes browser.storage.sync (see sync-storage.ts).
 *
 * Site rules are kept one item per site ("siteRules:<host>"): storage.sync limits each item
 * to 8 KB, which one item holding every site's rules would soon exceed.
 */
import { DEFAULT_SETTINGS, parseSettings, validPatch, type ReaderSettings } from "./schema.js";
import { parseAutoOpenOrigins, parseSiteRules, type HideRule, type SiteRules } from "./site-rules.js";

export const STORAGE_KEYS = { settings: "settings", siteRulesPrefix: "siteRules:", autoOpen: "autoOpenOrigins" } as const;

export interface StorageAreaLike {
  /** null reads every item. */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export function siteRulesKey(site: string): string {
  return `${STORAGE_KEYS.siteRulesPrefix}${site}`;
}

/** The site a storage key holds rules for, or null for other keys. */
function siteOfKey(key: string): string | null {
  return key.startsWith(STORAGE_KEYS.siteRulesPrefix) ? key.slice(STORAGE_KEYS.siteRulesPrefix.length) : null;
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
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(await area.get(null))) {
    const site = siteOfKey(key);
    if (site) raw[site] = value;
  }
  return parseSiteRules(raw);
}

/** Replaces one site's rules (an empty list removes the site). */
export async function saveRulesForSite(area: StorageAreaLike, site: string, rules: HideRule[]): Promise<void> {
  const valid = parseSiteRules({ [site]: rules })[site.toLowerCase()] ?? [];
  if (valid.length) await area.set({ [siteRulesKey(site.toLowerCase())]: valid });
  else await area.remove(siteRulesKey(site.toLowerCase()));
}

/** Replaces every site's rules (import). */
export async function saveSiteRules(area: StorageAreaLike, rules: SiteRules): Promise<void> {
  const valid = parseSiteRules(rules);
  const items = Object.fromEntries(Object.entries(valid).map(([site, list]) => [siteRulesKey(site), list]));
  const stale = Object.keys(await area.get(null)).filter((key) => siteOfKey(key) !== null && !(key in items));
  if (Object.keys(items).length) await area.set(items);
  if (stale.length) await area.remove(stale);
}

export async function loadAutoOpenOrigins(area: StorageAreaLike): Promise<string[]> {
  const stored = await area.get(STORAGE_KEYS.autoOpen);
  return parseAutoOpenOrigins(stored[STORAGE_KEYS.autoOpen]);
}

export async function saveAutoOpenOrigins(area: StorageAreaLike, origins: string[]): Promise<void> {
  await area.set({ [STORAGE_KEYS.autoOpen]: parseAutoOpenOrigins(origins) });
}

/**
 * Calls back with fresh, validated data whenever settings or site rules change in
 * storage.sync (from any context). `siteRules` gets the sites that changed, each with its
 * new rules (an empty list when the site's rules were deleted).
 */
export function watchReaderData(
  events: ChangeEvents,
  handlers: { settings?: (settings: ReaderSettings) => void; siteRules?: (changed: SiteRules) => void },
): () => void {
  const listener: ChangeListener = (changes, areaName) => {
    if (areaName !== "sync") return;
    const settings = changes[STORAGE_KEYS.settings];
    if (settings && handlers.settings) handlers.settings(parseSettings(settings.newValue));
    const changed: SiteRules = {};
    let any = false;
    for (const [key, change] of Object.entries(changes)) {
      const site = siteOfKey(key);
      if (!site) continue;
      any = true;
      changed[site] = parseSiteRules({ [site]: change.newValue })[site] ?? [];
    }
    if (any && handlers.siteRules) handlers.siteRules(changed);
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
  await area.set({ [STORAGE_KEYS.settings]: imported.settings });
  await saveSiteRules(area, imported.siteRules);
  return imported;
}
