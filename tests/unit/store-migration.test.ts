import { describe, expect, it } from "vitest";
import { openDB } from "idb";
import { LIBRARY_DB_VERSION, openLibraryDb, type LegacyV1Row } from "../../src/storage/library-db.js";
import { LibraryStore } from "../../src/storage/library-store.js";
import { makeArticle } from "../helpers/library-articles.js";

async function v1Database(rows: LegacyV1Row[]): Promise<string> {
  const name = `library-migration-${crypto.randomUUID()}`;
  const v1 = await openLibraryDb(name, 1);
  expect([...v1.objectStoreNames]).toEqual(["articles"]);
  const tx = (v1 as unknown as import("idb").IDBPDatabase).transaction("articles", "readwrite");
  for (const row of rows) await tx.store.put(row);
  await tx.done;
  v1.close();
  return name;
}

describe("library schema migration", () => {
  it("upgrades a v1 database: every article kept, searchable, with canonical URL and no tags", async () => {
    const bridge = makeArticle();
    const tunnel = makeArticle({ title: "Tunnel opens", textContent: "The tunnel is finished.", url: "https://news.example/tunnel" });
    const name = await v1Database([
      { id: "a1", savedAt: "2025-01-01T00:00:00.000Z", url: "https://news.example/2026/bridge?utm_medium=email", article: bridge },
      { id: "a2", savedAt: "2025-01-02T00:00:00.000Z", url: "https://news.example/tunnel", article: tunnel },
    ]);
    const store = await LibraryStore.open({ name });
    const saved = await store.get("a1");
    expect(saved).toEqual({
      id: "a1",
      savedAt: "2025-01-01T00:00:00.000Z",
      updatedAt: "2025-01-01T00:00:00.000Z",
      url: "https://news.example/2026/bridge?utm_medium=email",
      canonicalUrl: "https://news.example/2026/bridge",
      tags: [],
      article: bridge,
    });
    expect((await store.list({ search: "finished" })).map((item) => item.id)).toEqual(["a2"]);
    store.close();
    const db = await openDB(name);
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(["contents", "entries", "texts", "undo"]);
    db.close();
  });

  it("merges v1 duplicates of one canonical URL into the newest row", async () => {
    const name = await v1Database([
      { id: "old", savedAt: "2025-01-01T00:00:00.000Z", url: "https://news.example/story#top", article: makeArticle({ title: "Old" }) },
      { id: "new", savedAt: "2025-02-01T00:00:00.000Z", url: "https://news.example/story", article: makeArticle({ title: "New" }) },
    ]);
    const store = await LibraryStore.open({ name });
    expect((await store.list()).map((item) => [item.id, item.title])).toEqual([["new", "New"]]);
    // The unique canonical-URL index now holds: saving the URL again updates that row.
    const again = await store.save({ article: makeArticle({ title: "Newer", url: "https://news.example/story" }) });
    expect(again).toMatchObject({ id: "new", created: false });
  });

  it("a context still holding the old version open steps aside, so the upgrade is not blocked", async () => {
    const name = `library-blocked-${crypto.randomUUID()}`;
    const old = await openLibraryDb(name, 1);
    const store = await LibraryStore.open({ name });
    expect(await store.list()).toEqual([]);
    await expect(Promise.resolve().then(() => old.transaction("articles" as never))).rejects.toThrow();
  });

  it("a fresh database is created at the current version", async () => {
    const store = await LibraryStore.open({ name: `library-fresh-${crypto.randomUUID()}` });
    expect(await store.list()).toEqual([]);
  });
});
