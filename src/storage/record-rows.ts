/**
 * Converts between the public SavedArticle and the three rows it is stored as. Pure, so the
 * store, the schema migration and the backup import all split records the same way.
 */
import type { Article } from "../core/article.js";
import { hostOf } from "./canonical-url.js";
import type { EntryRow, LibraryItem, SavedArticle, StoredRecord } from "./library-types.js";
import { normaliseForSearch } from "./search-text.js";

const encoder = new TextEncoder();

/** UTF-8 size of the record as JSON: what it costs on disk, near enough, and what a backup costs. */
export function recordBytes(saved: SavedArticle): number {
  return encoder.encode(JSON.stringify(saved)).length;
}

export function siteOf(article: Pick<Article, "siteName" | "url">, url: string): string {
  return article.siteName ?? (hostOf(url) || hostOf(article.url));
}

export function toStoredRecord(saved: SavedArticle): StoredRecord {
  const { contentHtml, textContent, ...meta } = saved.article;
  return {
    entry: {
      id: saved.id,
      savedAt: saved.savedAt,
      updatedAt: saved.updatedAt,
      url: saved.url,
      canonicalUrl: saved.canonicalUrl,
      tags: [...saved.tags],
      site: siteOf(saved.article, saved.url),
      bytes: recordBytes(saved),
      meta,
    },
    text: { id: saved.id, text: normaliseForSearch(`${saved.article.title}\n${textContent}`) },
    content: { id: saved.id, contentHtml, textContent },
  };
}

export function fromStoredRecord(entry: EntryRow, content: { contentHtml: string; textContent: string }): SavedArticle {
  return {
    id: entry.id,
    savedAt: entry.savedAt,
    updatedAt: entry.updatedAt,
    url: entry.url,
    canonicalUrl: entry.canonicalUrl,
    tags: [...entry.tags],
    article: { ...entry.meta, contentHtml: content.contentHtml, textContent: content.textContent },
  };
}

export function toLibraryItem(entry: EntryRow): LibraryItem {
  return {
    id: entry.id,
    savedAt: entry.savedAt,
    updatedAt: entry.updatedAt,
    url: entry.url,
    site: entry.site,
    tags: [...entry.tags],
    bytes: entry.bytes,
    title: entry.meta.title,
    byline: entry.meta.byline,
    excerpt: entry.meta.excerpt,
    readingTimeMinutes: entry.meta.readingTimeMinutes,
    publishedTime: entry.meta.publishedTime,
  };
}

/** Tags as the user means them: trimmed, single-spaced, case-insensitively unique, at most 64 chars. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, " ").trim().slice(0, 64);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
