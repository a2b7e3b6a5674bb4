import { describe, expect, it } from "vitest";
import { parseBackup, serializeBackup, DEFAULT_BACKUP_LIMITS } from "../../src/storage/backup.js";
import { LibraryError } from "../../src/storage/library-error.js";
import type { LibraryStore } from "../../src/storage/library-store.js";
import { freshStore, makeArticle, sanitize } from "../helpers/library-articles.js";

async function libraryWithTwo(): Promise<LibraryStore> {
  const store = await freshStore();
  await store.save({ article: makeArticle(), tags: ["bridges"] });
  await store.save({ article: makeArticle({ title: "Tunnel", url: "https://news.example/tunnel", dir: null, lang: null, byline: null }) });
  return store;
}

async function expectRejectedUnchanged(store: LibraryStore, text: string, pattern: RegExp, limits = DEFAULT_BACKUP_LIMITS): Promise<void> {
  const before = await store.exportAll();
  let error: unknown;
  try {
    await store.importRecords(parseBackup(text, sanitize, limits));
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(LibraryError);
  expect((error as LibraryError).code).toBe("invalid-backup");
  expect((error as LibraryError).message).toMatch(pattern);
  expect(await store.exportAll()).toEqual(before);
}

describe("JSON backup: export → import", () => {
  it("round-trips the whole library identically into an empty library", async () => {
    const source = await libraryWithTwo();
    const exported = await source.exportAll();
    const text = serializeBackup(exported, new Date("2026-05-01T00:00:00Z"));
    const target = await freshStore();
    expect(await target.importRecords(parseBackup(text, sanitize))).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await target.exportAll()).toEqual(exported);
    expect(serializeBackup(await target.exportAll(), new Date("2026-05-01T00:00:00Z"))).toBe(text);
  });

  it("round-trips the model's removal scores and the container repairs of an article", async () => {
    const source = await freshStore();
    const article = makeArticle({
      removed: [{ text: "Share this story", reason: "boilerplate", score: 0.97 }, { text: "Sign up", reason: "newsletter-signup" }],
      repairs: [{ kind: "container-widened", detail: "itemprop: Readability's pick missed 80 % of its prose paragraphs (900 characters)" }],
    });
    await source.save({ article });
    const exported = await source.exportAll();
    const target = await freshStore();
    expect(await target.importRecords(parseBackup(serializeBackup(exported, new Date("2026-05-01T00:00:00Z")), sanitize))).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await target.exportAll()).toEqual(exported);
    const bad = serializeBackup(exported, new Date("2026-05-01T00:00:00Z")).replace('"score": 0.97', '"score": 7');
    await expectRejectedUnchanged(await freshStore(), bad, /score/);
  });

  it("importing the same backup twice does not duplicate", async () => {
    const source = await libraryWithTwo();
    const text = serializeBackup(await source.exportAll(), new Date());
    const target = await freshStore();
    await target.importRecords(parseBackup(text, sanitize));
    expect(await target.importRecords(parseBackup(text, sanitize))).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await target.list()).toHaveLength(2);
  });

  it("a newer copy of an article already in the library updates it in place", async () => {
    const source = await libraryWithTwo();
    const records = await source.exportAll();
    const target = await freshStore();
    const local = await target.save({ article: makeArticle({ title: "Local copy" }) });
    const text = serializeBackup(records.map((r) => ({ ...r, updatedAt: "2030-01-01T00:00:00.000Z" })), new Date());
    expect(await target.importRecords(parseBackup(text, sanitize))).toEqual({ added: 1, updated: 1, unchanged: 0 });
    const updated = await target.get(local.id);
    expect(updated?.article.title).toBe("Harbour bridge reopens");
    expect(await target.list()).toHaveLength(2);
  });

  it("sanitizes the HTML of imported articles", async () => {
    const source = await freshStore();
    await source.save({ article: makeArticle({ contentHtml: '<p>Hello</p><img src="x" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a>' }) });
    const target = await freshStore();
    await target.importRecords(parseBackup(serializeBackup(await source.exportAll(), new Date()), sanitize));
    const [record] = await target.exportAll();
    expect(record!.article.contentHtml).toContain("<p>Hello</p>");
    expect(record!.article.contentHtml).not.toMatch(/onerror|<script|javascript:/i);
  });
});

describe("JSON backup: malformed, truncated, hostile and oversized files are rejected, nothing changed", () => {
  it("rejects a truncated file", async () => {
    const store = await libraryWithTwo();
    const text = serializeBackup(await store.exportAll(), new Date());
    await expectRejectedUnchanged(store, text.slice(0, Math.floor(text.length / 2)), /not valid JSON/);
  });

  it("rejects JSON that is not a Quiet Reader backup", async () => {
    const store = await libraryWithTwo();
    await expectRejectedUnchanged(store, JSON.stringify({ hello: "world" }), /not a Quiet Reader library backup/);
    await expectRejectedUnchanged(store, "[]", /not a Quiet Reader library backup/);
    await expectRejectedUnchanged(store, JSON.stringify({ format: "quiet-reader-library", version: 99, exportedAt: "2026-01-01T00:00:00Z", articles: [] }), /version/);
  });

  it("rejects the whole file when one article is malformed, even if others are fine", async () => {
    const store = await libraryWithTwo();
    const good = JSON.parse(serializeBackup(await store.exportAll(), new Date()));
    const fresh = await freshStore();
    const broken = structuredClone(good);
    broken.articles[1].article.wordCount = "many";
    await expectRejectedUnchanged(fresh, JSON.stringify(broken), /article 2: article\.wordCount/);
    const hostileUrl = structuredClone(good);
    hostileUrl.articles[0].url = "javascript:alert(1)";
    await expectRejectedUnchanged(fresh, JSON.stringify(hostileUrl), /article 1: url: must be an http\(s\) URL/);
    const extraKey = structuredClone(good);
    extraKey.articles[0].__proto__polluted = true;
    extraKey.articles[0]["constructor"] = { prototype: { polluted: true } };
    await expectRejectedUnchanged(fresh, JSON.stringify(extraKey), /article 1/);
    expect(await fresh.list()).toEqual([]);
  });

  it("rejects oversized files and oversized articles", async () => {
    const store = await libraryWithTwo();
    const text = serializeBackup(await store.exportAll(), new Date());
    await expectRejectedUnchanged(store, text, /larger than 100 characters/, { ...DEFAULT_BACKUP_LIMITS, maxFileChars: 100 });
    await expectRejectedUnchanged(store, text, /article 1 is larger than 500 bytes/, { ...DEFAULT_BACKUP_LIMITS, maxArticleBytes: 500 });
    await expectRejectedUnchanged(store, text, /more than 1 articles/, { ...DEFAULT_BACKUP_LIMITS, maxArticles: 1 });
  });

  it("a write failing in the middle of an import rolls back every article of it", async () => {
    const source = await libraryWithTwo();
    const text = serializeBackup(await source.exportAll(), new Date());
    const target = await freshStore();
    await target.save({ article: makeArticle({ url: "https://news.example/local", title: "Local" }) });
    const before = await target.exportAll();
    const proto = globalThis.IDBObjectStore.prototype;
    const put = proto.put;
    let contents = 0;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      // The first imported article is written whole; the second one's body fails.
      if (this.name === "contents" && ++contents === 2) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
    try {
      await expect(target.importRecords(parseBackup(text, sanitize))).rejects.toMatchObject({ code: "quota" });
    } finally {
      proto.put = put;
    }
    expect(contents).toBe(2);
    expect(await target.exportAll()).toEqual(before);
  });

  it("an import that would exceed the quota is refused before writing", async () => {
    const source = await libraryWithTwo();
    const text = serializeBackup(await source.exportAll(), new Date());
    const target = await freshStore({ estimate: async () => ({ usage: 0, quota: 1000 }) });
    await expect(target.importRecords(parseBackup(text, sanitize))).rejects.toMatchObject({ code: "quota" });
    expect(await target.list()).toEqual([]);
  });
});
