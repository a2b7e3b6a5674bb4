/**
 * The library's IndexedDB schema, versioned, with one migration step per version so any
 * older database upgrades in order inside the single upgrade transaction (all or nothing).
 *
 *   v1: "articles" (keyPath id): { id, savedAt, url, article } — one row per article.
 *   v2: "entries" (listing: indexes canonicalUrl unique, savedAt, site, tags multi-entry),
 *       "texts" (search), "contents" (HTML), "undo" (state before each save/delete).
 *       v1 rows are split into the three v2 rows; canonicalUrl, tags and sizes are derived.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";
import type { Article } from "../core/article.js";
import { canonicalUrl } from "./canonical-url.js";
import type { EntryRow, TextRow, ContentRow, UndoRow } from "./library-types.js";
import { toStoredRecord } from "./record-rows.js";

export const LIBRARY_DB_NAME = "quiet-reader-library";
export const LIBRARY_DB_VERSION = 2;

/** The v1 row, kept only so the migration can read it. */
export interface LegacyV1Row {
  id: string;
  savedAt: string;
  url: string;
  article: Article;
}

export interface LibrarySchema extends DBSchema {
  entries: {
    key: string;
    value: EntryRow;
    indexes: { canonicalUrl: string; savedAt: string; site: string; tags: string };
  };
  texts: { key: string; value: TextRow };
  contents: { key: string; value: ContentRow };
  undo: { key: string; value: UndoRow; indexes: { createdAt: string } };
}

/** The schema as any version may have it (the upgrade transaction sees old stores too). */
interface AnyVersionSchema extends LibrarySchema {
  articles: { key: string; value: LegacyV1Row };
}

type UpgradeTx = IDBPTransaction<AnyVersionSchema, StoreNames<AnyVersionSchema>[], "versionchange">;
type UpgradeDb = IDBPDatabase<AnyVersionSchema>;

/** Step n creates version n+1 from version n. */
const MIGRATIONS: Array<(db: UpgradeDb, tx: UpgradeTx) => Promise<void> | void> = [
  (db) => {
    db.createObjectStore("articles", { keyPath: "id" });
  },
  async (db, tx) => {
    const entries = db.createObjectStore("entries", { keyPath: "id" });
    entries.createIndex("canonicalUrl", "canonicalUrl", { unique: true });
    entries.createIndex("savedAt", "savedAt");
    entries.createIndex("site", "site");
    entries.createIndex("tags", "tags", { multiEntry: true });
    db.createObjectStore("texts", { keyPath: "id" });
    db.createObjectStore("contents", { keyPath: "id" });
    db.createObjectStore("undo", { keyPath: "token" }).createIndex("createdAt", "createdAt");
    // v1 had no de-duplication: keep the newest row per canonical URL.
    const old = (await tx.objectStore("articles").getAll()).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    const seen = new Set<string>();
    for (const row of old) {
      const canonical = canonicalUrl(row.url || row.article.url);
      if (seen.has(canonical)) continue;
      seen.add(canonical);
      const record = toStoredRecord({ id: row.id, savedAt: row.savedAt, updatedAt: row.savedAt, url: row.url, canonicalUrl: canonical, tags: [], article: row.article });
      await Promise.all([tx.objectStore("entries").put(record.entry), tx.objectStore("texts").put(record.text), tx.objectStore("contents").put(record.content)]);
    }
    db.deleteObjectStore("articles");
  },
];

export type LibraryDb = IDBPDatabase<LibrarySchema>;

/** Opens (creating or upgrading) the library database. `version` exists for migration tests. */
export async function openLibraryDb(name = LIBRARY_DB_NAME, version = LIBRARY_DB_VERSION): Promise<LibraryDb> {
  let failure: unknown = null;
  const db: IDBPDatabase<AnyVersionSchema> = await openDB<AnyVersionSchema>(name, version, {
    async upgrade(database, oldVersion, newVersion, tx) {
      try {
        for (let step = oldVersion; step < (newVersion ?? version); step++) await MIGRATIONS[step]!(database, tx);
      } catch (error) {
        failure = error;
        tx.abort();
      }
    },
    // A newer version is being opened elsewhere (an updated extension page): step aside so
    // its migration can run instead of waiting for this context to go away.
    blocking() {
      db.close();
    },
  }).catch((error: unknown) => {
    throw failure ?? error;
  });
  return db as unknown as LibraryDb;
}
