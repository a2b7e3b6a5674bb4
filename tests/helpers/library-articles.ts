/** Articles and stores for the library's tests: small, written here, nothing from real sites. */
import "fake-indexeddb/auto";
import { JSDOM } from "jsdom";
import type { Article } from "../../src/core/article.js";
import { sanitizeHtml } from "../../src/core/sanitize-html.js";
import { LibraryStore, type LibraryStoreOptions } from "../../src/storage/library-store.js";

/** A 1×1 transparent PNG. */
export const PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const text = overrides.textContent ?? "The harbour bridge reopened on Tuesday after two years of repairs.";
  return {
    title: "Harbour bridge reopens",
    byline: "Ada Writer",
    siteName: "Example Times",
    publishedTime: "2026-03-01T09:00:00Z",
    lang: "en",
    dir: "ltr",
    excerpt: "The bridge is open again.",
    contentHtml: `<p>${text}</p><figure><img src="data:image/png;base64,${PNG_1PX}" alt="The bridge"><figcaption>The bridge at dawn</figcaption></figure>`,
    textContent: text,
    wordCount: text.split(/\s+/).length,
    readingTimeMinutes: 1,
    url: "https://news.example/2026/bridge",
    removed: [{ text: "Subscribe to our newsletter", reason: "newsletter-signup" }],
    ...overrides,
  };
}

let clock = Date.parse("2026-04-01T10:00:00Z");

/** A store on a fresh database with a clock that ticks one second per call. */
export async function freshStore(options: LibraryStoreOptions = {}): Promise<LibraryStore> {
  return LibraryStore.open({
    name: `library-test-${crypto.randomUUID()}`,
    now: () => new Date((clock += 1000)),
    estimate: async () => ({ usage: 0, quota: 1024 * 1024 * 1024 }),
    ...options,
  });
}

const window = new JSDOM("").window as unknown as Window & typeof globalThis;

/** The same sanitizer the library page uses, on a jsdom window. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, window);
}
