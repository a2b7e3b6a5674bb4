/**
 * The records the offline library stores and exchanges. A SavedArticle is the public,
 * whole record (what the library page opens and what a JSON backup holds); on disk it is
 * split into a small entry (listing), a text row (search) and a content row (the HTML with
 * its inlined images), so listing and searching never load the heavy HTML.
 */
import type { Article } from "../core/article.js";

export interface SavedArticle {
  /** Stable id (UUID), kept when the same canonical URL is saved again. */
  id: string;
  /** ISO time of the first save. */
  savedAt: string;
  /** ISO time of the last save or edit. */
  updatedAt: string;
  /** The URL the article was saved from. */
  url: string;
  /** The URL used to recognise the same article again (see canonical-url.ts). */
  canonicalUrl: string;
  tags: string[];
  /** Sanitized Article; contentHtml carries images inlined as data: URLs where they could be fetched. */
  article: Article;
}

/** Article fields kept in the listing row: everything but the heavy HTML and text. */
export type ArticleMeta = Omit<Article, "contentHtml" | "textContent">;

/** Object store "entries": one small row per article, for listing, sorting and filtering. */
export interface EntryRow {
  id: string;
  savedAt: string;
  updatedAt: string;
  url: string;
  canonicalUrl: string;
  tags: string[];
  /** siteName, or the URL's host when the page named no site: the "site" filter. */
  site: string;
  /** Stored size of the whole record in bytes (UTF-8 JSON), shown as used space. */
  bytes: number;
  meta: ArticleMeta;
}

/** Object store "texts": the normalised title + text that full-text search scans. */
export interface TextRow {
  id: string;
  text: string;
}

/** Object store "contents": the article body. */
export interface ContentRow {
  id: string;
  contentHtml: string;
  textContent: string;
}

/** A whole record as stored, before and after a change: what undo puts back. */
export interface StoredRecord {
  entry: EntryRow;
  text: TextRow;
  content: ContentRow;
}

/** Object store "undo": the state of one article before a save or a delete. */
export interface UndoRow {
  token: string;
  createdAt: string;
  id: string;
  /** null when the change created the article (undo deletes it). */
  before: StoredRecord | null;
}

/** One row of the library list. */
export interface LibraryItem {
  id: string;
  savedAt: string;
  updatedAt: string;
  url: string;
  site: string;
  tags: string[];
  bytes: number;
  title: string;
  byline: string | null;
  excerpt: string | null;
  readingTimeMinutes: number;
  publishedTime: string | null;
}

export type LibrarySort = "saved-desc" | "saved-asc" | "title" | "site";

export interface LibraryQuery {
  /** Words that must all appear in the title or text (case and accent insensitive). */
  search?: string;
  site?: string;
  tag?: string;
  sort?: LibrarySort;
}

export interface SaveResult {
  id: string;
  /** false when an article with the same canonical URL was updated instead. */
  created: boolean;
  undoToken: string;
  title: string;
}
