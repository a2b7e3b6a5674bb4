/**
 * The offline library: save (de-duplicated by canonical URL), list, search, tag, delete,
 * undo, export and import, over the IndexedDB schema in library-db.ts.
 *
 * Every change is one readwrite transaction over all the stores it touches; any failure
 * aborts it, so a record is never half-written. A save or import that would not fit the
 * storage quota is refused before writing (and a quota error from the browser mid-write
 * aborts the transaction the same way).
 */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from "idb";
import type { Article } from "../core/article.js";
import { canonicalUrl } from "./canonical-url.js";
import { openLibraryDb, type LibraryDb, type LibrarySchema } from "./library-db.js";
import { LibraryError, toLibraryError } from "./library-error.js";
import type { EntryRow, LibraryItem, LibraryQuery, SavedArticle, SaveResult, StoredRecord, TextRow } from "./library-types.js";
import { fromStoredRecord, normaliseTags, recordBytes, toLibraryItem, toStoredRecord } from "./record-rows.js";
import { matchesAll, searchTerms } from "./search-text.js";

export interface StorageEstimateLike {
  usage?: number;
  quota?: number;
}

export interface LibraryStoreOptions {
  /** Database name (tests use a fresh one each). */
  name?: string;
  /** How much space is used and allowed; defaults to navigator.storage.estimate(). */
  estimate?: () => Promise<StorageEstimateLike>;
  now?: () => Date;
  newId?: () => string;
  /** How many undo steps are kept (each holds the record as it was). */
  maxUndo?: number;
}

export interface SaveInput {
  article: Article;
  /** Where it was saved from; defaults to article.url. */
  url?: string;
  /** The page's declared canonical URL (same host), preferred over `url` to recognise the article. */
  canonical?: string | null;
  tags?: string[];
}

export interface ImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

export interface LibraryUsage {
  articles: number;
  /** Bytes the articles take (sum of record sizes). */
  bytes: number;
  /** The origin's usage and quota as the browser reports them, when it does. */
  originUsage: number | null;
  quota: number | null;
}

type AllStores = StoreNames<LibrarySchema>;
type WriteTx = IDBPTransaction<LibrarySchema, AllStores[], "readwrite">;
type TextStore = IDBPObjectStore<LibrarySchema, ["entries", "texts"], "texts", "readonly">;
const ALL_STORES: AllStores[] = ["entries", "texts", "contents", "undo"];
const SEARCH_PAGE = 200;

/**
 * Starts every request at once (no round trip each) and waits for all. If starting one
 * throws, the ones already started are still observed, so nothing rejects unhandled.
 */
function issueAll(requests: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
  const started: Array<Promise<unknown>> = [];
  try {
    for (const request of requests) started.push(request());
  } catch (error) {
    for (const promise of started) promise.catch(() => {});
    return Promise.reject(error);
  }
  return Promise.all(started).then(() => undefined);
}

function defaultEstimate(): Promise<StorageEstimateLike> {
  if (typeof navigator !== "undefined" && navigator.storage?.estimate) return navigator.storage.estimate();
  return Promise.resolve({});
}

function compareItems(sort: LibraryQuery["sort"]): (a: LibraryItem, b: LibraryItem) => number {
  const text = (x: string, y: string) => x.localeCompare(y, undefined, { sensitivity: "base" });
  switch (sort) {
    case "saved-asc":
      return (a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0);
    case "title":
      return (a, b) => text(a.title, b.title);
    case "site":
      return (a, b) => text(a.site, b.site) || (a.savedAt < b.savedAt ? 1 : -1);
    default:
      return (a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0);
  }
}

export class LibraryStore {
  private constructor(
    private readonly db: LibraryDb,
    private readonly options: Required<Omit<LibraryStoreOptions, "name">>,
  ) {}

  static async open(options: LibraryStoreOptions = {}): Promise<LibraryStore> {
    const db = await openLibraryDb(options.name);
    return new LibraryStore(db, {
      estimate: options.estimate ?? defaultEstimate,
      now: options.now ?? (() => new Date()),
      newId: options.newId ?? (() => crypto.randomUUID()),
      maxUndo: options.maxUndo ?? 20,
    });
  }

  close(): void {
    this.db.close();
  }

  /** Saves an article, or updates the record with the same canonical URL (keeping its id, first save time and tags). */
  async save(input: SaveInput): Promise<SaveResult> {
    const url = input.url ?? input.article.url;
    const canonical = canonicalUrl(input.canonical ?? url);
    const known = await this.db.getFromIndex("entries", "canonicalUrl", canonical);
    const now = this.options.now().toISOString();
    const draft: SavedArticle = {
      id: known?.id ?? this.options.newId(),
      savedAt: known?.savedAt ?? now,
      updatedAt: now,
      url,
      canonicalUrl: canonical,
      tags: normaliseTags([...(known?.tags ?? []), ...(input.tags ?? [])]),
      article: input.article,
    };
    await this.ensureRoom(recordBytes(draft) - (known?.bytes ?? 0));
    const token = this.options.newId();
    return this.write(async (tx) => {
      // Re-read inside the transaction: another context may have saved the same URL meanwhile.
      const existing = await tx.objectStore("entries").index("canonicalUrl").get(canonical);
      const before = existing ? await this.readRecord(tx, existing) : null;
      const saved: SavedArticle = existing
        ? { ...draft, id: existing.id, savedAt: existing.savedAt, tags: normaliseTags([...existing.tags, ...(input.tags ?? [])]) }
        : draft;
      await this.putRecord(tx, toStoredRecord(saved));
      await this.pushUndo(tx, { token, createdAt: now, id: saved.id, before });
      return { id: saved.id, created: !existing, undoToken: token, title: saved.article.title };
    });
  }

  async get(id: string): Promise<SavedArticle | undefined> {
    const tx = this.db.transaction(["entries", "contents"], "readonly");
    const [entry, content] = await Promise.all([tx.objectStore("entries").get(id), tx.objectStore("contents").get(id)]);
    await tx.done;
    return entry && content ? fromStoredRecord(entry, content) : undefined;
  }

  async list(query: LibraryQuery = {}): Promise<LibraryItem[]> {
    const tx = this.db.transaction(["entries", "texts"], "readonly");
    let entries = await tx.objectStore("entries").getAll();
    const terms = searchTerms(query.search ?? "");
    if (terms.length) {
      await this.refreshTextCache(tx.objectStore("texts"), entries);
      entries = entries.filter((entry) => matchesAll(this.textCache.get(entry.id)?.text ?? "", terms));
    }
    await tx.done;
    if (query.site) entries = entries.filter((entry) => entry.site === query.site);
    if (query.tag) {
      const tag = query.tag.toLowerCase();
      entries = entries.filter((entry) => entry.tags.some((each) => each.toLowerCase() === tag));
    }
    return entries.map(toLibraryItem).sort(compareItems(query.sort));
  }

  /**
   * Search texts kept in memory between searches (reading them all is the slow part),
   * checked against each entry's updatedAt so saves from other contexts are picked up.
   */
  private readonly textCache = new Map<string, { updatedAt: string; text: string }>();

  private async refreshTextCache(texts: TextStore, entries: readonly EntryRow[]): Promise<void> {
    const updatedAt = new Map(entries.map((entry) => [entry.id, entry.updatedAt]));
    for (const id of [...this.textCache.keys()]) if (!updatedAt.has(id)) this.textCache.delete(id);
    const stale = entries.filter((entry) => this.textCache.get(entry.id)?.updatedAt !== entry.updatedAt);
    if (!stale.length) return;
    const keep = (row: TextRow) => {
      const version = updatedAt.get(row.id);
      if (version !== undefined) this.textCache.set(row.id, { updatedAt: version, text: row.text });
    };
    if (stale.length <= SEARCH_PAGE) {
      for (const row of await Promise.all(stale.map((entry) => texts.get(entry.id)))) if (row) keep(row);
      return;
    }
    // Pages of rows in one request each (a cursor costs a round trip per article).
    for (let after: IDBKeyRange | undefined; ; ) {
      const batch = await texts.getAll(after, SEARCH_PAGE);
      batch.forEach(keep);
      if (batch.length < SEARCH_PAGE) break;
      after = IDBKeyRange.lowerBound(batch[batch.length - 1]!.id, true);
    }
  }

  /** Reads the search texts ahead of the first search (the library page calls it when idle). */
  async warmSearch(): Promise<void> {
    const tx = this.db.transaction(["entries", "texts"], "readonly");
    await this.refreshTextCache(tx.objectStore("texts"), await tx.objectStore("entries").getAll());
    await tx.done;
  }

  /** Sites and tags present in the library, for the filters. */
  async facets(): Promise<{ sites: string[]; tags: string[] }> {
    const entries = await this.db.getAll("entries");
    const sort = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base" }));
    return { sites: sort(entries.map((e) => e.site).filter(Boolean)), tags: sort(entries.flatMap((e) => e.tags)) };
  }

  async setTags(id: string, tags: readonly string[]): Promise<string[]> {
    return this.write(async (tx) => {
      const entry = await tx.objectStore("entries").get(id);
      if (!entry) throw new LibraryError("not-found", `no article ${id}`);
      entry.tags = normaliseTags(tags);
      await tx.objectStore("entries").put(entry);
      return entry.tags;
    });
  }

  /** Deletes an article; returns the undo token that puts it back. */
  async delete(id: string): Promise<string> {
    const token = this.options.newId();
    return this.write(async (tx) => {
      const entry = await tx.objectStore("entries").get(id);
      if (!entry) throw new LibraryError("not-found", `no article ${id}`);
      const before = await this.readRecord(tx, entry);
      await this.deleteRecord(tx, id);
      await this.pushUndo(tx, { token, createdAt: this.options.now().toISOString(), id, before });
      return token;
    });
  }

  /** Reverts the save or delete that returned `token`. False when there is nothing to undo. */
  async undo(token: string): Promise<boolean> {
    return this.write(async (tx) => {
      const step = await tx.objectStore("undo").get(token);
      if (!step) return false;
      await this.deleteRecord(tx, step.id);
      if (step.before) {
        // Whatever now holds the same canonical URL gives way to the record being restored.
        const holder = await tx.objectStore("entries").index("canonicalUrl").get(step.before.entry.canonicalUrl);
        if (holder) await this.deleteRecord(tx, holder.id);
        await this.putRecord(tx, step.before);
      }
      await tx.objectStore("undo").delete(token);
      return true;
    });
  }

  /** Every record, oldest first: the content of a JSON backup. */
  async exportAll(): Promise<SavedArticle[]> {
    const tx = this.db.transaction(["entries", "contents"], "readonly");
    const [entries, contents] = await Promise.all([tx.objectStore("entries").getAll(), tx.objectStore("contents").getAll()]);
    await tx.done;
    const byId = new Map(contents.map((content) => [content.id, content]));
    return entries
      .filter((entry) => byId.has(entry.id))
      .sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id < b.id ? -1 : 1))
      .map((entry) => fromStoredRecord(entry, byId.get(entry.id)!));
  }

  /**
   * Adds validated, sanitized records (see backup.ts) in one transaction. A record whose
   * canonical URL is already in the library replaces it only when it is newer, keeping the
   * local id; so importing the same backup twice changes nothing the second time.
   */
  async importRecords(records: readonly SavedArticle[]): Promise<ImportResult> {
    await this.ensureRoom(records.reduce((sum, record) => sum + recordBytes(record), 0));
    return this.write(async (tx) => {
      const result: ImportResult = { added: 0, updated: 0, unchanged: 0 };
      // One read of the listing rows, then every write issued at once: a backup of
      // thousands of articles costs a handful of round trips, not several per article.
      const known = await tx.objectStore("entries").getAll();
      const byCanonical = new Map(known.map((entry) => [entry.canonicalUrl, entry]));
      const ids = new Set(known.map((entry) => entry.id));
      const writes: Array<() => Promise<unknown>> = [];
      for (const incoming of records) {
        const canonical = canonicalUrl(incoming.canonicalUrl);
        const existing = byCanonical.get(canonical);
        let record: StoredRecord;
        if (existing) {
          if (incoming.updatedAt <= existing.updatedAt) {
            result.unchanged++;
            continue;
          }
          record = toStoredRecord({ ...incoming, id: existing.id, canonicalUrl: canonical, savedAt: existing.savedAt < incoming.savedAt ? existing.savedAt : incoming.savedAt });
          result.updated++;
        } else {
          // An id already used by another article (a different URL) is not taken over.
          record = toStoredRecord({ ...incoming, id: ids.has(incoming.id) ? this.options.newId() : incoming.id, canonicalUrl: canonical });
          result.added++;
        }
        byCanonical.set(canonical, record.entry);
        ids.add(record.entry.id);
        writes.push(...this.putRequests(tx, record));
      }
      await issueAll(writes);
      return result;
    });
  }

  async usage(): Promise<LibraryUsage> {
    const entries = await this.db.getAll("entries");
    const estimate = await this.options.estimate().catch((): StorageEstimateLike => ({}));
    return {
      articles: entries.length,
      bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
      originUsage: estimate.usage ?? null,
      quota: estimate.quota ?? null,
    };
  }

  /** Refuses a write of `bytes` more when the browser says it would not fit. */
  private async ensureRoom(bytes: number): Promise<void> {
    if (bytes <= 0) return;
    const { usage, quota } = await this.options.estimate().catch((): StorageEstimateLike => ({}));
    if (quota !== undefined && (usage ?? 0) + bytes > quota) {
      throw new LibraryError("quota", `needs ${bytes} bytes, ${Math.max(0, quota - (usage ?? 0))} available`);
    }
  }

  private async write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    const tx = this.db.transaction(ALL_STORES, "readwrite");
    const done = tx.done;
    done.catch(() => {});
    try {
      const result = await fn(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the browser.
      }
      throw toLibraryError(error);
    }
  }

  private async readRecord(tx: WriteTx, entry: EntryRow): Promise<StoredRecord> {
    const [text, content] = await Promise.all([tx.objectStore("texts").get(entry.id), tx.objectStore("contents").get(entry.id)]);
    return { entry, text: text ?? { id: entry.id, text: "" }, content: content ?? { id: entry.id, contentHtml: "", textContent: "" } };
  }

  private putRequests(tx: WriteTx, record: StoredRecord): Array<() => Promise<unknown>> {
    return [() => tx.objectStore("entries").put(record.entry), () => tx.objectStore("texts").put(record.text), () => tx.objectStore("contents").put(record.content)];
  }

  private putRecord(tx: WriteTx, record: StoredRecord): Promise<void> {
    return issueAll(this.putRequests(tx, record));
  }

  private async deleteRecord(tx: WriteTx, id: string): Promise<void> {
    await issueAll([() => tx.objectStore("entries").delete(id), () => tx.objectStore("texts").delete(id), () => tx.objectStore("contents").delete(id)]);
  }

  private async pushUndo(tx: WriteTx, step: LibrarySchema["undo"]["value"]): Promise<void> {
    const undo = tx.objectStore("undo");
    await undo.put(step);
    let excess = (await undo.count()) - this.options.maxUndo;
    for (let cursor = await undo.index("createdAt").openCursor(); cursor && excess > 0; cursor = await cursor.continue()) {
      if (cursor.value.token === step.token) continue;
      await cursor.delete();
      excess--;
    }
  }
}
