import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.js";
import {
  exportSettings,
  saveRulesForSite,
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
      const list = keys === null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
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

  it("keeps each site's rules in an item of its own (storage.sync allows 8 KB per item)", async () => {
    const area = fakeArea({ library: 1 });
    const rule = (n: number) => ({ selector: `:scope > p:nth-of-type(${n})`, text: `A paragraph that the user chose to hide, number ${n}, with some words`, label: `Paragraph ${n}` });
    const many = Array.from({ length: 40 }, (_, n) => rule(n + 1));
    for (const site of ["a.example", "b.example", "c.example"]) await saveRulesForSite(area, site, many);
    for (const [key, value] of Object.entries(area.data)) {
      if (key.startsWith("siteRules:")) expect(JSON.stringify(value).length + key.length).toBeLessThan(8192);
    }
    expect(Object.keys(await loadSiteRules(area)).sort()).toEqual(["a.example", "b.example", "c.example"]);
    await saveRulesForSite(area, "b.example", []);
    expect(Object.keys(area.data).sort()).toEqual(["library", "siteRules:a.example", "siteRules:c.example"]);
  });

  it("replacing all rules removes the sites that are gone and leaves other items alone", async () => {
    const area = fakeArea({ settings: { theme: "dark" }, "siteRules:old.example": [{ selector: "#qr-x", text: null, label: "x" }] });
    await saveSiteRules(area, { "new.example": [{ selector: "#qr-y", text: null, label: "y" }] });
    expect(Object.keys(area.data).sort()).toEqual(["settings", "siteRules:new.example"]);
  });
});

describe("export and import", () => {
  it("round-trips settings and site rules through JSON", async () => {
    const source = fakeArea({ settings: { theme: "dark", fontFamily: "mono" }, "siteRules:a.example": [{ selector: "#qr-x", text: null, label: "X" }] });
    const json = JSON.stringify(await exportSettings(source));
    const target = fakeArea({ settings: { theme: "light" } });
    await importSettings(target, json);
    expect(await loadSettings(target)).toEqual(await loadSettings(source));
    expect(await loadSiteRules(target)).toEqual({ "a.example": [{ selector: "#qr-x", text: null, label: "X" }] });
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
  it("delivers validated settings and the changed sites' rules from sync changes only, and unsubscribes", () => {
    const events = fakeEvents();
    const seen: unknown[] = [];
    const stop = watchReaderData(events, { settings: (s) => seen.push(s.theme), siteRules: (r) => seen.push(r) });
    events.fire({ [STORAGE_KEYS.settings]: { newValue: { theme: "dark" } } }, "sync");
    events.fire({ [STORAGE_KEYS.settings]: { newValue: { theme: "sepia" } } }, "local");
    events.fire({ "siteRules:b.example": { newValue: [{ selector: "p", text: "x", label: "x" }] }, "siteRules:c.example": { oldValue: [] } }, "sync");
    events.fire({ unrelated: { newValue: 1 } }, "sync");
    expect(seen).toEqual(["dark", { "b.example": [{ selector: "p", text: "x", label: "x" }], "c.example": [] }]);
    stop();
    expect(events.size()).toBe(0);
  });
});
