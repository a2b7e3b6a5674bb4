/**
 * The JSON backup of the whole library: how it is written, and how a file claiming to be one
 * is checked before anything touches the store. A backup is untrusted input: it must parse,
 * match the schema exactly, stay within size limits, and its HTML is sanitized again. Any
 * failure rejects the whole file with a LibraryError("invalid-backup") saying why.
 */
import * as v from "valibot";
import { LibraryError } from "./library-error.js";
import type { SavedArticle } from "./library-types.js";
import { recordBytes } from "./record-rows.js";

export const BACKUP_FORMAT = "quiet-reader-library";
export const BACKUP_VERSION = 1;

export interface BackupLimits {
  /** Whole file, in UTF-16 code units of the text (≈ bytes for JSON). */
  maxFileChars: number;
  maxArticles: number;
  /** One record (JSON, UTF-8), inlined images included. */
  maxArticleBytes: number;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  maxFileChars: 512 * 1024 * 1024,
  maxArticles: 20_000,
  maxArticleBytes: 40 * 1024 * 1024,
};

const SHORT = 4_096;
const shortText = v.pipe(v.string(), v.maxLength(SHORT));
const nullableShort = v.nullable(shortText);
const isoDate = v.pipe(v.string(), v.maxLength(64), v.isoTimestamp());
const webUrl = v.pipe(
  v.string(),
  v.maxLength(8_192),
  v.check((value) => {
    try {
      return /^https?:$/.test(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "must be an http(s) URL"),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));

const ArticleSchema = v.strictObject({
  title: shortText,
  byline: nullableShort,
  siteName: nullableShort,
  publishedTime: nullableShort,
  lang: v.nullable(v.pipe(v.string(), v.maxLength(64))),
  dir: v.nullable(v.picklist(["ltr", "rtl"])),
  excerpt: nullableShort,
  contentHtml: v.string(),
  textContent: v.string(),
  wordCount: count,
  readingTimeMinutes: count,
  url: webUrl,
  removed: v.pipe(
    v.array(v.strictObject({ text: shortText, reason: v.pipe(v.string(), v.maxLength(128)), score: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))) })),
    v.maxLength(10_000),
  ),
  repairs: v.optional(v.pipe(v.array(v.strictObject({ kind: v.pipe(v.string(), v.maxLength(64)), detail: shortText })), v.maxLength(16))),
});

const SavedArticleSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(128), v.regex(/^[\w.:-]+$/, "ids are letters, digits and - _ . :")),
  savedAt: isoDate,
  updatedAt: isoDate,
  url: webUrl,
  canonicalUrl: webUrl,
  tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(100)),
  article: ArticleSchema,
});

const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: isoDate,
  articles: v.array(v.unknown()),
});

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: SavedArticle[];
}

export function serializeBackup(articles: readonly SavedArticle[], exportedAt: Date): string {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), articles: [...articles] };
  return `${JSON.stringify(backup, null, 1)}\n`;
}

function reject(reason: string): never {
  throw new LibraryError("invalid-backup", reason);
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join(".");
}

/**
 * Checks a backup file's text and returns its records, HTML re-sanitized with `sanitize`.
 * Throws LibraryError("invalid-backup") for anything malformed, truncated, oversized or unknown.
 */
export function parseBackup(text: string, sanitize: (html: string) => string, limits: BackupLimits = DEFAULT_BACKUP_LIMITS): SavedArticle[] {
  if (text.length > limits.maxFileChars) reject(`the file is larger than ${limits.maxFileChars} characters`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    reject("the file is not valid JSON (damaged or truncated)");
  }
  const envelope = v.safeParse(BackupSchema, raw);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    reject(`not a Quiet Reader library backup (${issuePath(issue) || "top level"}: ${issue.message})`);
  }
  const items = envelope.output.articles;
  if (items.length > limits.maxArticles) reject(`more than ${limits.maxArticles} articles`);
  return items.map((item, index) => {
    const parsed = v.safeParse(SavedArticleSchema, item);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      reject(`article ${index + 1}: ${issuePath(issue) || "record"}: ${issue.message}`);
    }
    const record = parsed.output as SavedArticle;
    if (recordBytes(record) > limits.maxArticleBytes) reject(`article ${index + 1} is larger than ${limits.maxArticleBytes} bytes`);
    return { ...record, article: { ...record.article, contentHtml: sanitize(record.article.contentHtml) } };
  });
}
