import { strFromU8, unzipSync } from "fflate";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { decodeDataUrl, encodeDataUrl } from "../../src/export/data-url.js";
import { articleHtmlFile, articleMarkdownFile } from "../../src/export/export-article.js";
import { jsonBackupFile, markdownLibraryZip } from "../../src/export/export-library.js";
import { slugify } from "../../src/export/file-names.js";
import { parseBackup } from "../../src/storage/backup.js";
import type { SavedArticle } from "../../src/storage/library-types.js";
import { freshStore, makeArticle, PNG_1PX, sanitize } from "../helpers/library-articles.js";

const PNG_BYTES = Uint8Array.from(Buffer.from(PNG_1PX, "base64"));

async function savedRecords(): Promise<SavedArticle[]> {
  const store = await freshStore();
  await store.save({ article: makeArticle() });
  await store.save({ article: makeArticle({ url: "https://news.example/other", contentHtml: '<p>Remote image kept:</p><img src="https://img.example/a.jpg" alt="remote">' }) });
  await store.save({ article: makeArticle({ title: "Ünïcode: títle / with *stars*", url: "https://news.example/u" }) });
  return store.exportAll();
}

describe("export: one article", () => {
  it("HTML export is a standalone page with the image inlined and no script", async () => {
    const [saved] = await savedRecords();
    const file = articleHtmlFile(saved!, { remoteImages: "link", label: (alt) => `Image not included: ${alt}`, doc: new JSDOM("").window.document });
    expect(file.name).toBe("harbour-bridge-reopens.html");
    const doc = new JSDOM(file.content as string).window.document;
    expect(doc.querySelector("h1")?.textContent).toBe("Harbour bridge reopens");
    expect(doc.querySelector("article img")?.getAttribute("src")).toBe(`data:image/png;base64,${PNG_1PX}`);
    expect(doc.querySelector("script")).toBeNull();
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toContain("default-src 'none'");
  });

  it("Markdown export has front matter with the save time", async () => {
    const [saved] = await savedRecords();
    const file = articleMarkdownFile(saved!);
    expect(file.name).toBe("harbour-bridge-reopens.md");
    expect(file.content).toContain(`saved: "${saved!.savedAt}"`);
    expect(file.content).toContain("The harbour bridge reopened on Tuesday");
  });
});

describe("export: whole library", () => {
  it("zips one Markdown file per article and writes inlined images to images/, linked relatively", async () => {
    const records = await savedRecords();
    const files = unzipSync((markdownLibraryZip(records, new Date("2026-05-01T00:00:00Z")).content as Uint8Array));
    expect(Object.keys(files).sort()).toEqual([
      "harbour-bridge-reopens.md",
      "harbour-bridge-reopens-2.md",
      "images/harbour-bridge-reopens/1.png",
      "unicode-title-with-stars.md",
      "images/unicode-title-with-stars/1.png",
    ].sort());
    expect(files["images/harbour-bridge-reopens/1.png"]).toEqual(PNG_BYTES);
    const first = strFromU8(files["harbour-bridge-reopens.md"]!);
    expect(first).toContain("![The bridge](images/harbour-bridge-reopens/1.png)");
    expect(first).not.toContain("data:image");
    expect(strFromU8(files["harbour-bridge-reopens-2.md"]!)).toContain("![remote](https://img.example/a.jpg)");
    expect(strFromU8(files["unicode-title-with-stars.md"]!)).toMatch(/^---\ntitle: "Ünïcode: títle \/ with \*stars\*"/);
  });

  it("JSON backup file parses back to the same records", async () => {
    const records = await savedRecords();
    const file = jsonBackupFile(records, new Date("2026-05-01T00:00:00Z"));
    expect(file.name).toBe("quiet-reader-library-2026-05-01.json");
    expect(parseBackup(file.content as string, sanitize)).toEqual(records);
  });
});

describe("export helpers", () => {
  it("data URLs encode and decode bytes both ways", () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    const url = encodeDataUrl("image/png", bytes);
    expect(decodeDataUrl(url)).toEqual({ mime: "image/png", bytes });
    expect(decodeDataUrl("data:image/svg+xml,%3Csvg%2F%3E")).toEqual({ mime: "image/svg+xml", bytes: new TextEncoder().encode("<svg/>") });
    expect(decodeDataUrl("https://example.org/x.png")).toBeNull();
  });

  it("slugs are lower-case ASCII-ish words joined by dashes, never empty", () => {
    expect(slugify("  Hello, World! ")).toBe("hello-world");
    expect(slugify("Ça va? Straße")).toBe("ca-va-straße");
    expect(slugify("日本語の記事")).toBe("日本語の記事");
    expect(slugify("???")).toBe("article");
    expect(slugify("../../etc/passwd")).toBe("etc-passwd");
  });
});
