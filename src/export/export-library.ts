/**
 * Whole-library exports: a zip of Markdown files (one per article, YAML front matter) with
 * the inlined images written out to an images/ folder and linked relatively, so the folder
 * opens as is in Obsidian or any Markdown editor; and the JSON backup that import reads.
 */
import { strToU8, zipSync } from "fflate";
import { articleToMarkdown } from "../core/markdown/article-markdown.js";
import { serializeBackup } from "../storage/backup.js";
import type { SavedArticle } from "../storage/library-types.js";
import { decodeDataUrl, extensionFor } from "./data-url.js";
import type { ExportFile } from "./export-article.js";
import { slugify, UniqueNames } from "./file-names.js";

export const IMAGES_DIR = "images";

/** The files of the Markdown export, path → bytes (exposed for tests and for the zip). */
export function markdownLibraryFiles(records: readonly SavedArticle[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const names = new UniqueNames();
  for (const saved of records) {
    const name = names.take(slugify(saved.article.title));
    let n = 0;
    const seen = new Map<string, string>();
    const markdown = articleToMarkdown(saved.article, {
      savedAt: saved.savedAt,
      imageUrl: (src) => {
        const known = seen.get(src);
        if (known) return known;
        const decoded = decodeDataUrl(src);
        if (!decoded || !decoded.mime.startsWith("image/")) return src;
        const path = `${IMAGES_DIR}/${name}/${++n}.${extensionFor(decoded.mime)}`;
        files[path] = decoded.bytes;
        seen.set(src, path);
        return path;
      },
    });
    files[`${name}.md`] = strToU8(markdown);
  }
  return files;
}

export function markdownLibraryZip(records: readonly SavedArticle[], now: Date): ExportFile {
  const zip = zipSync(markdownLibraryFiles(records), { level: 6, mtime: now });
  return { name: `quiet-reader-library-${now.toISOString().slice(0, 10)}.zip`, mime: "application/zip", content: zip };
}

export function jsonBackupFile(records: readonly SavedArticle[], now: Date): ExportFile {
  return { name: `quiet-reader-library-${now.toISOString().slice(0, 10)}.json`, mime: "application/json", content: serializeBackup(records, now) };
}
