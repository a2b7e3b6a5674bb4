import { describe, expect, it } from "vitest";
import { LibraryError } from "../../src/storage/library-error.js";
import { freshStore, makeArticle } from "../helpers/library-articles.js";

describe("library store: save, update, de-duplicate", () => {
  it("saves an article and reads the whole record back", async () => {
    const store = await freshStore();
    const article = makeArticle();
    const result = await store.save({ article, tags: ["Transport"] });
    expect(result.created).toBe(true);
    const saved = await store.get(result.id);
    expect(saved?.article).toEqual(article);
    expect(saved?.tags).toEqual(["Transport"]);
    expect(saved?.canonicalUrl).toBe("https://news.example/2026/bridge");
    expect(saved?.savedAt).toBe(saved?.updatedAt);
  });

  it("updates the record when the same canonical URL is saved again, keeping id, first save time and tags", async () => {
    const store = await freshStore();
    const first = await store.save({ article: makeArticle(), tags: ["keep"] });
    const changed = makeArticle({ title: "Harbour bridge reopens (updated)", url: "https://news.example/2026/bridge/?utm_source=x#comments" });
    const second = await store.save({ article: changed });
    expect(second.created).toBe(false);
    expect(second.id).toBe(first.id);
    const items = await store.list();
    expect(items).toHaveLength(1);
    const saved = await store.get(first.id);
    expect(saved?.article.title).toBe("Harbour bridge reopens (updated)");
    expect(saved?.tags).toEqual(["keep"]);
    expect(saved!.updatedAt > saved!.savedAt).toBe(true);
  });

  it("recognises the same article under another URL by its declared canonical URL", async () => {
    const store = await freshStore();
    const first = await store.save({ article: makeArticle({ url: "https://news.example/amp/bridge" }), canonical: "https://news.example/2026/bridge" });
    const second = await store.save({ article: makeArticle({ url: "https://news.example/2026/bridge?page=all" }), canonical: "https://news.example/2026/bridge" });
    expect(second).toMatchObject({ id: first.id, created: false });
    expect(await store.list()).toHaveLength(1);
    expect((await store.get(first.id))?.canonicalUrl).toBe("https://news.example/2026/bridge");
  });

  it("keeps different articles apart", async () => {
    const store = await freshStore();
    await store.save({ article: makeArticle() });
    await store.save({ article: makeArticle({ url: "https://news.example/2026/tunnel", title: "Tunnel" }) });
    expect((await store.list()).map((item) => item.title).sort()).toEqual(["Harbour bridge reopens", "Tunnel"]);
  });
});

describe("library store: delete and undo", () => {
  it("deletes an article and undo puts it back exactly", async () => {
    const store = await freshStore();
    const { id } = await store.save({ article: makeArticle(), tags: ["a"] });
    const before = await store.get(id);
    const token = await store.delete(id);
    expect(await store.get(id)).toBeUndefined();
    expect(await store.list({ search: "harbour" })).toEqual([]);
    expect(await store.undo(token)).toBe(true);
    expect(await store.get(id)).toEqual(before);
    expect((await store.list({ search: "harbour" })).map((item) => item.id)).toEqual([id]);
  });

  it("undo of a first save removes the article; undo of an update restores the previous version", async () => {
    const store = await freshStore();
    const first = await store.save({ article: makeArticle() });
    const original = await store.get(first.id);
    const second = await store.save({ article: makeArticle({ title: "Changed title" }) });
    expect(await store.undo(second.undoToken)).toBe(true);
    expect(await store.get(first.id)).toEqual(original);
    expect(await store.undo(first.undoToken)).toBe(true);
    expect(await store.list()).toEqual([]);
  });

  it("an undo token works once", async () => {
    const store = await freshStore();
    const { id } = await store.save({ article: makeArticle() });
    const token = await store.delete(id);
    expect(await store.undo(token)).toBe(true);
    expect(await store.undo(token)).toBe(false);
    expect(await store.list()).toHaveLength(1);
  });

  it("deleting an unknown id is a not-found error", async () => {
    const store = await freshStore();
    await expect(store.delete("nope")).rejects.toMatchObject({ code: "not-found" });
  });

  it("keeps only the configured number of undo steps", async () => {
    const store = await freshStore({ maxUndo: 2 });
    const saves = [];
    for (const n of [1, 2, 3]) saves.push(await store.save({ article: makeArticle({ url: `https://news.example/${n}` }) }));
    expect(await store.undo(saves[0]!.undoToken)).toBe(false);
    expect(await store.undo(saves[2]!.undoToken)).toBe(true);
  });
});

describe("library store: search, filter, sort, tags", () => {
  async function threeArticles() {
    const store = await freshStore();
    await store.save({ article: makeArticle({ title: "Zebra crossings", textContent: "Painted stripes save lives.", siteName: "City Paper", url: "https://city.example/zebra" }), tags: ["roads"] });
    await store.save({ article: makeArticle({ title: "Café culture", textContent: "Espresso prices rose in Zürich.", siteName: "Food Weekly", url: "https://food.example/cafe" }), tags: ["food"] });
    await store.save({ article: makeArticle({ title: "Apples", textContent: "Orchards had a good year for apples.", siteName: "City Paper", url: "https://city.example/apples" }), tags: ["food", "farming"] });
    return store;
  }

  it("finds words in the title and in the text, case and accent insensitive, all words required", async () => {
    const store = await threeArticles();
    expect((await store.list({ search: "CAFE" })).map((i) => i.title)).toEqual(["Café culture"]);
    expect((await store.list({ search: "zurich espresso" })).map((i) => i.title)).toEqual(["Café culture"]);
    expect((await store.list({ search: "orchards" })).map((i) => i.title)).toEqual(["Apples"]);
    expect(await store.list({ search: "orchards espresso" })).toEqual([]);
  });

  it("search sees saves, updates and deletes made by another context on the same database", async () => {
    const name = `library-shared-${crypto.randomUUID()}`;
    const page = await freshStore({ name });
    const worker = await freshStore({ name });
    const { id } = await worker.save({ article: makeArticle({ textContent: "The ferry timetable changed." }) });
    expect((await page.list({ search: "ferry" })).map((i) => i.id)).toEqual([id]);
    await worker.save({ article: makeArticle({ textContent: "The bus timetable changed." }) });
    expect(await page.list({ search: "ferry" })).toEqual([]);
    expect((await page.list({ search: "bus" })).map((i) => i.id)).toEqual([id]);
    await worker.delete(id);
    expect(await page.list({ search: "bus" })).toEqual([]);
  });

  it("search over more articles than one read page finds each of them", async () => {
    const store = await freshStore();
    for (let n = 0; n < 450; n++) await store.save({ article: makeArticle({ url: `https://news.example/${n}`, title: `Story ${n}`, textContent: `Body number${n} here.` }) });
    expect((await store.list({ search: "number449" })).map((i) => i.title)).toEqual(["Story 449"]);
    expect((await store.list({ search: "here" })).length).toBe(450);
  });

  it("filters by site and tag and sorts by title, site or save time", async () => {
    const store = await threeArticles();
    expect((await store.list({ site: "City Paper", sort: "title" })).map((i) => i.title)).toEqual(["Apples", "Zebra crossings"]);
    expect((await store.list({ tag: "FOOD", sort: "title" })).map((i) => i.title)).toEqual(["Apples", "Café culture"]);
    expect((await store.list({ sort: "saved-desc" })).map((i) => i.title)).toEqual(["Apples", "Café culture", "Zebra crossings"]);
    expect((await store.list({ sort: "saved-asc" })).map((i) => i.title)).toEqual(["Zebra crossings", "Café culture", "Apples"]);
    expect(await store.facets()).toEqual({ sites: ["City Paper", "Food Weekly"], tags: ["farming", "food", "roads"] });
  });

  it("sets tags, trimmed and without case duplicates", async () => {
    const store = await freshStore();
    const { id } = await store.save({ article: makeArticle() });
    expect(await store.setTags(id, [" News ", "news", "", "long  read"])).toEqual(["News", "long read"]);
    expect((await store.list({ tag: "long read" })).map((i) => i.id)).toEqual([id]);
  });

  it("reports used space as the sum of record sizes", async () => {
    const store = await freshStore();
    await store.save({ article: makeArticle() });
    await store.save({ article: makeArticle({ url: "https://news.example/other", contentHtml: `<p>${"x".repeat(10_000)}</p>` }) });
    const usage = await store.usage();
    expect(usage.articles).toBe(2);
    expect(usage.bytes).toBeGreaterThan(10_000);
    expect(usage.quota).toBe(1024 * 1024 * 1024);
  });
});

describe("library store: quota", () => {
  it("refuses a save that would exceed the quota and leaves the library as it was", async () => {
    const store = await freshStore({ estimate: async () => ({ usage: 0, quota: 50_000 }) });
    const { id } = await store.save({ article: makeArticle() });
    const before = await store.exportAll();
    const big = makeArticle({ url: "https://news.example/big", contentHtml: `<p>${"y".repeat(60_000)}</p>` });
    const error = await store.save({ article: big }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe("quota");
    expect(await store.exportAll()).toEqual(before);
    expect((await store.list()).map((i) => i.id)).toEqual([id]);
  });

  it("a quota error from the browser in the middle of the write leaves no partial record", async () => {
    const store = await freshStore();
    await store.save({ article: makeArticle() });
    const before = await store.exportAll();
    const proto = globalThis.IDBObjectStore.prototype;
    const put = proto.put;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      // The listing row is written first; the body write then fails as a full disk would.
      if (this.name === "contents") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return put.apply(this, args);
    };
    try {
      const error = await store.save({ article: makeArticle({ url: "https://news.example/second", title: "Second" }) }).catch((e: unknown) => e);
      expect((error as LibraryError).code).toBe("quota");
    } finally {
      proto.put = put;
    }
    expect(await store.exportAll()).toEqual(before);
    expect(await store.list({ search: "second" })).toEqual([]);
  });
});
