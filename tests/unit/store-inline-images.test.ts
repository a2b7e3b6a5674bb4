import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { httpImageFetcher, inlineImages, type ImageFetcher } from "../../src/storage/inline-images.js";
import { PNG_1PX } from "../helpers/library-articles.js";

const doc = new JSDOM("").window.document;
const PNG = `data:image/png;base64,${PNG_1PX}`;
const CAPS = { maxImageBytes: 1000, maxTotalBytes: 5000 };

function fetcher(table: Record<string, string | null>, calls: string[] = []): ImageFetcher {
  return async (url) => {
    calls.push(url);
    return table[url] ?? null;
  };
}

describe("inlining an article's images", () => {
  it("replaces each fetched image by a data URL and drops its srcset and <picture> sources", async () => {
    const html = '<p>x</p><picture><source srcset="https://img.example/a.webp" type="image/webp"><img src="https://img.example/a.png" srcset="https://img.example/a@2x.png 2x" alt="A"></picture>';
    const result = await inlineImages(html, doc, fetcher({ "https://img.example/a.png": PNG }), CAPS);
    expect(result.html).toBe(`<p>x</p><picture><img src="${PNG}" alt="A"></picture>`);
    expect(result.images).toEqual({ inlined: 1, remote: 0, remoteOrigins: [] });
  });

  it("keeps the remote URL of an image that cannot be fetched and reports its origin", async () => {
    const html = '<img src="https://cdn.example/b.jpg" srcset="https://cdn.example/b2.jpg 2x"><img src="https://img.example/a.png">';
    const result = await inlineImages(html, doc, fetcher({ "https://img.example/a.png": PNG }), CAPS);
    expect(result.html).toContain('<img src="https://cdn.example/b.jpg" srcset="https://cdn.example/b2.jpg 2x">');
    expect(result.images).toEqual({ inlined: 1, remote: 1, remoteOrigins: ["https://cdn.example"] });
  });

  it("fetches a repeated image once and inlines every use", async () => {
    const calls: string[] = [];
    const result = await inlineImages('<img src="https://img.example/a.png"><img src="https://img.example/a.png">', doc, fetcher({ "https://img.example/a.png": PNG }, calls), CAPS);
    expect(calls).toEqual(["https://img.example/a.png"]);
    expect(result.images.inlined).toBe(2);
  });

  it("refuses SVG and other non-raster data, which could carry script", async () => {
    const svg = "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+";
    const result = await inlineImages('<img src="https://img.example/x.svg">', doc, fetcher({ "https://img.example/x.svg": svg }), CAPS);
    expect(result.html).toBe('<img src="https://img.example/x.svg">');
  });

  it("stops at the per-image and per-article caps, keeping remote URLs beyond them", async () => {
    const big = `data:image/png;base64,${"A".repeat(2000)}`; // 1500 bytes
    const small = PNG; // 70 bytes
    const table = { "https://i.example/big.png": big, "https://i.example/1.png": small, "https://i.example/2.png": small, "https://i.example/3.png": small };
    const html = Object.keys(table).map((src) => `<img src="${src}">`).join("");
    const result = await inlineImages(html, doc, fetcher(table), { maxImageBytes: 1000, maxTotalBytes: 150 });
    expect(result.html).toContain('src="https://i.example/big.png"');
    expect(result.images.inlined).toBe(2);
    expect(result.html).toContain('src="https://i.example/3.png"');
  });

  it("the HTTP fetcher accepts raster images within the limit only", async () => {
    const bytes = Buffer.from(PNG_1PX, "base64");
    const respond = (type: string, body: Uint8Array, status = 200) => async () => new Response(body as BodyInit, { status, headers: { "content-type": type } });
    expect(await httpImageFetcher(respond("image/png", bytes) as typeof fetch)("https://x/a.png", 1000)).toBe(PNG);
    expect(await httpImageFetcher(respond("image/png", bytes) as typeof fetch)("https://x/a.png", 10)).toBeNull();
    expect(await httpImageFetcher(respond("image/svg+xml", bytes) as typeof fetch)("https://x/a.svg", 1000)).toBeNull();
    expect(await httpImageFetcher(respond("image/png", bytes, 404) as typeof fetch)("https://x/a.png", 1000)).toBeNull();
  });
});
