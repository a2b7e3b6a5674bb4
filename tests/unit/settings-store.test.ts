import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.js";
import {
  exportSettings,
  importSettings,
  ImportError,
  loadAutoOpenOrigins,
  loadSettings,
  loadSiteRules,
  saveAutoOpenOrigins,
  saveSiteRules,
  STORAGE_KEYS,
  updateSettings,
  watchReaderData,
  type ChangeListener,
  type StorageAreaLike,
} from "../../src/settings/settings-store.js";

/** An in-memory storage area that, like the real one, stores structured clones. */
function fakeArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys) {
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
  };
}

function fakeEvents() {
  const listeners = new Set<ChangeListener>();
  return {
    addListener: (l: ChangeListener) => listeners.add(l),
    removeListener: (l: ChangeListener) => listeners.delete(l),
    fire: (changes: Parameters<ChangeListener>[0], area: string) => listeners.forEach((l) => l(changes, area)),
    size: () => listeners.size,
  };
}

describe("settings in storage.sync", () => {
  it("reads defaults from empty storage", async () => {
    expect(await loadSettings(fakeArea())).toEqual(DEFAULT_SETTINGS);
  });

  it("falls back per field when stored data is corrupt, keeping the user's other choices", async () => {
    const area = fakeArea({ settings: { theme: "dark", fontSize: "big", lineHeight: 2 } });
    const settings = await loadSettings(area);
    expect(settings.theme).toBe("dark");
    expect(settings.lineHeight).toBe(2);
    expect(settings.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
  });

  it("writes the valid part of an update and leaves other storage keys alone", async () => {
    const area = fakeArea({ settings: { theme: "sepia" }, library: { saved: 3 } });
    const next = await updateSettings(area, { fontSize: 24, theme: "neon" });
    expect(next.fontSize).toBe(24);
    expect(next.theme).toBe("sepia");
    expect(area.data.library).toEqual({ saved: 3 });
    expect((area.data.settings as { fontSize: number }).fontSize).toBe(24);
  });

  it("stores site rules and auto-open origins validated", async () => {
    const area = fakeArea();
    await saveSiteRules(area, { "example.com": [{ selector: "#qr-ad", text: null, label: "Ad" }] });
    expect(await loadSiteRules(area)).toEqual({ "example.com": [{ selector: "#qr-ad", text: null, label: "Ad" }] });
    await saveAutoOpenOrigins(area, ["https://news.example", "https://news.example/path", "ftp://x"]);
    expect(await loadAutoOpenOrigins(area)).toEqual(["https://news.example"]);
  });
});

describe("export and import", () => {
  it("round-trips settings and site rules through JSON", async () => {
    const source = fakeArea({ settings: { theme: "dark", fontFamily: "mono" }, siteRules: { "a.example": [{ selector: "#qr-x", text: null, label: "X" }] } });
    const json = JSON.stringify(await exportSettings(source));
    const target = fakeArea({ settings: { theme: "light" } });
    await importSettings(target, json);
    expect(await loadSettings(target)).toEqual(await loadSettings(source));
    expect(await loadSiteRules(target)).toEqual(await loadSiteRules(source));
  });

  it("rejects files that are not Quiet Reader settings and writes nothing", async () => {
    const area = fakeArea({ settings: { theme: "sepia" } });
    await expect(importSettings(area, "{not json")).rejects.toBeInstanceOf(ImportError);
    await expect(importSettings(area, JSON.stringify({ theme: "dark" }))).rejects.toBeInstanceOf(ImportError);
    expect((await loadSettings(area)).theme).toBe("sepia");
  });

  it("imports a file with some bad values, keeping the good ones", async () => {
    const area = fakeArea();
    await importSettings(area, JSON.stringify({ format: "quiet-reader-settings", version: 1, settings: { theme: "sepia", fontSize: -4 }, siteRules: { "a.example": [{ selector: "" }] } }));
    const settings = await loadSettings(area);
    expect(settings.theme).toBe("sepia");
    expect(settings.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(await loadSiteRules(area)).toEqual({});
  });
});

describe("watchReaderData", () => {
  it("delivers validated settings and rules from sync changes only, and unsubscribes", () => {
    const events = fakeEvents();
    const seen: unknown[] = [];
    const stop = watchReaderData(events, { settings: (s) => seen.push(s.theme), siteRules: (r) => seen.push(Object.keys(r)) });
    events.fire({ [STORAGE_KEYS.settings]: { newValue: { theme: "dark" } } }, "sync");
    events.fire({ [STORAGE_KEYS.settings]: { newValue: { theme: "sepia" } } }, "local");
    events.fire({ [STORAGE_KEYS.siteRules]: { newValue: { "b.example": [{ selector: "p", text: "x", label: "x" }] } } }, "sync");
    expect(seen).toEqual(["dark", ["b.example"]]);
    stop();
    expect(events.size()).toBe(0);
  });
});
