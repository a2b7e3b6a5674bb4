/**
 * Re-reading is private: a saved article's remote images are held (no attribute a browser
 * fetches by itself keeps a non-data: URL) until the user asks, the reader shows a
 * placeholder with the alt text and size and one "Load remote images" button, and an
 * exported HTML file turns them into links under a CSP that allows data: images only.
 */
import { join } from "node:path";
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it, vi } from "vitest";
import type { Article } from "../../src/core/article.js";
import { FETCHING_ATTRIBUTES, holdRemoteImages, releaseRemoteImages } from "../../src/core/remote-images.js";
import { ALLOWED_ATTRIBUTES, sanitizeHtml } from "../../src/core/sanitize-html.js";
import { articleHtmlFile } from "../../src/export/export-article.js";

vi.mock("../../src/platform/browser-api.js", async () => (await import("../helpers/english-browser-api.js")).englishBrowserApi());

const { ReaderOverlay } = await import("../../src/content/overlay/overlay.js");
const { queryOverlay } = await import("../../src/content/overlay/test-access.js");
const { holdRemoteImagesRenderer } = await import("../../src/content/overlay/remote-images-bar.js");

const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
const win = new JSDOM("<!doctype html><body>", { url: "https://reader.example/" }).window as unknown as Window & typeof globalThis;

/** Every attribute value under `root` a browser would fetch by itself that is not a data: URL (judged independently: by the URL parser). */
function remoteFetches(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      const urls = attr.name === "srcset" ? attr.value.split(/\s*,\s*(?=[^\s,]*:|\/|\.)/).map((part) => part.trim().split(/\s+/)[0]!) : ["src", "poster", "background", "data", "lowsrc", "dynsrc"].includes(attr.name) ? [attr.value.trim()] : [];
      for (const url of urls) {
        if (!url) continue;
        let protocol: string;
        try {
          protocol = new URL(url, "https://page.example/").protocol;
        } catch {
          continue;
        }
        if (protocol !== "data:") found.push(`${el.localName}[${attr.name}=${url.slice(0, 60)}]`);
      }
    }
  }
  return found;
}

function inert(html: string): HTMLDivElement {
  const holder = win.document.implementation.createHTMLDocument("").createElement("div");
  holder.innerHTML = html;
  return holder;
}

describe("holding remote images", () => {
  it("every attribute the sanitizer lets through that makes a browser fetch is one the holder holds", () => {
    // A browser fetches these by itself (no click): if the allow-list ever gains one, holding must cover it.
    const fetching = ["src", "srcset", "poster", "background", "data", "lowsrc", "dynsrc", "longdesc", "ping", "imagesrcset", "xlink:href", "style"];
    const held = new Set(FETCHING_ATTRIBUTES.map(({ name }) => name));
    const allowed = new Set<string>(ALLOWED_ATTRIBUTES);
    expect(fetching.filter((name) => allowed.has(name) && !held.has(name))).toEqual([]);
  });

  it("holds img src and srcset, picture sources and lazy srcsets, keeps data: images, and returns the images that show nothing", () => {
    const root = inert(
      sanitizeHtml(
        `<p>Text</p>
<figure><img src="https://cdn.example/a.jpg" srcset="https://cdn.example/a-2x.jpg 2x" alt="Harbour" width="400" height="200"></figure>
<picture><source srcset="https://cdn.example/b.webp" type="image/webp"><img src="https://cdn.example/b.jpg" alt="Boats"></picture>
<img src="${PNG}" alt="Kept" srcset="https://cdn.example/c-2x.jpg 2x">
<img srcset="https://cdn.example/d.jpg 1x, https://cdn.example/d2.jpg 2x" alt="">
<img src="${PNG}" alt="Only data">`,
        win,
      ),
    );
    expect(remoteFetches(root).length).toBeGreaterThan(0);
    const held = holdRemoteImages(root);
    expect(remoteFetches(root)).toEqual([]);
    expect(held.map(({ url, alt, width, height }) => ({ url, alt, width, height }))).toEqual([
      { url: "https://cdn.example/a.jpg", alt: "Harbour", width: 400, height: 200 },
      { url: "https://cdn.example/b.jpg", alt: "Boats", width: null, height: null },
      { url: "https://cdn.example/d.jpg", alt: "", width: null, height: null },
    ]);
    const images = Array.from(root.querySelectorAll("img"));
    expect(images.filter((img) => img.getAttribute("src") === PNG).map((img) => img.alt)).toEqual(["Kept", "Only data"]);
    releaseRemoteImages(root);
    expect(root.querySelector('img[alt="Harbour"]')!.getAttribute("src")).toBe("https://cdn.example/a.jpg");
    expect(root.querySelector('img[alt="Harbour"]')!.getAttribute("srcset")).toBe("https://cdn.example/a-2x.jpg 2x");
    expect(root.querySelector("source")!.getAttribute("srcset")).toBe("https://cdn.example/b.webp");
    expect(root.querySelector("[data-qr-src], [data-qr-srcset], [data-qr-held]")).toBeNull();
  });

  // Random sanitized markup: holding leaves nothing remote to fetch; releasing restores every attribute.
  const URLS = ["https://a.example/x.jpg", "http://b.example/y.png", "//c.example/z.gif", "/rel.png", "rel.png", PNG, "data:text/html,<script>", " https://d.example/ws.jpg ", "javascript:alert(1)"];
  const url = fc.constantFrom(...URLS);
  const srcset = fc.array(fc.tuple(url, fc.constantFrom("", " 1x", " 2x", " 640w")), { minLength: 1, maxLength: 3 }).map((parts) => parts.map(([u, d]) => `${u.trim()}${d}`).join(", "));
  const attrs = fc.record({ src: fc.option(url), srcset: fc.option(srcset), alt: fc.option(fc.constantFrom("A photo", "", "x\"y")), poster: fc.option(url) });
  const quote = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const imgHtml = attrs.map((a) => `<img${Object.entries(a).filter(([, v]) => v !== null).map(([k, v]) => ` ${k}="${quote(v as string)}"`).join("")}>`);
  const block = fc.oneof(
    imgHtml,
    fc.tuple(fc.array(srcset, { maxLength: 2 }), imgHtml).map(([sets, img]) => `<picture>${sets.map((s) => `<source srcset="${quote(s)}">`).join("")}${img}</picture>`),
    imgHtml.map((img) => `<figure>${img}<figcaption>Caption</figcaption></figure>`),
    imgHtml.map((img) => `<p><a href="https://x.example/">${img}</a> text</p>`),
  );
  const article = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join("<p>Prose.</p>"));

  it("property: after holding, no attribute under the article fetches anything but data:; releasing puts back exactly what was there", () => {
    fc.assert(
      fc.property(article, (html) => {
        const clean = sanitizeHtml(html, win);
        const root = inert(clean);
        const before = Array.from(root.querySelectorAll("*"), (el) => Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])));
        holdRemoteImages(root);
        expect(remoteFetches(root)).toEqual([]);
        releaseRemoteImages(root);
        const after = Array.from(root.querySelectorAll("*"), (el) => Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value])));
        expect(after).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

function makeArticle(contentHtml: string): Article {
  return {
    title: "Harbour news",
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: "en",
    dir: null,
    excerpt: null,
    contentHtml,
    textContent: "",
    wordCount: 100,
    readingTimeMinutes: 1,
    url: "https://news.example/harbour",
    removed: [],
  };
}

const CONTENT = sanitizeHtml(
  `<p>The harbour reopened.</p><figure><img src="https://cdn.example/a.jpg" alt="The harbour at dawn" width="400" height="200"><figcaption>Dawn.</figcaption></figure>
<picture><source srcset="https://cdn.example/b.webp"><img src="https://cdn.example/b.jpg"></picture><img src="${PNG}" alt="Saved map"><p>End.</p>`,
  win,
);

describe("the library reader with remote images held", () => {
  function open(remoteImages: "hold" | "load") {
    const dom = new JSDOM("<!doctype html><body><p>library</p>", { url: "chrome-extension://abc/library/library.html" });
    const overlay = new ReaderOverlay(dom.window.document, makeArticle(CONTENT), { acceptEvent: () => true, ...(remoteImages === "hold" ? { renderContent: holdRemoteImagesRenderer } : {}) });
    overlay.open();
    return overlay;
  }

  function placeholders(overlay: InstanceType<typeof ReaderOverlay>): string[] {
    const texts: string[] = [];
    for (let i = 0; queryOverlay(overlay, "article .qr-remote-image", i); i++) texts.push(queryOverlay(overlay, "article .qr-remote-image", i)!.textContent ?? "");
    return texts;
  }

  it("shows a placeholder with the alt text and size for each remote image, keeps data: images, and fetches nothing", () => {
    const overlay = open("hold");
    expect(placeholders(overlay)).toEqual(["Image not loaded: The harbour at dawn (400 × 200)", "Image not loaded: image"]);
    const article = queryOverlay(overlay, "article")!;
    expect(remoteFetches(article)).toEqual([]);
    expect(queryOverlay(overlay, 'article img[alt="Saved map"]')!.getAttribute("src")).toBe(PNG);
    expect(queryOverlay(overlay, 'article img[alt="The harbour at dawn"]')!.hidden).toBe(true);
    // The placeholder of the <picture> is outside it (a picture holds sources and one image).
    expect(queryOverlay(overlay, ".qr-remote-image", 1)!.nextElementSibling?.localName).toBe("picture");
    expect(queryOverlay(overlay, ".qr-remote-images-note")!.textContent).toBe("2 images of this article are on other sites and are not loaded, so those sites cannot tell you are reading it again.");
  });

  it("one real button loads them all for this article", () => {
    const overlay = open("hold");
    const load = queryOverlay(overlay, ".qr-remote-load")!;
    expect(load.localName).toBe("button");
    expect(load.getAttribute("type")).toBe("button");
    expect(load.textContent).toBe("Load remote images");
    load.click();
    expect(placeholders(overlay)).toEqual([]);
    expect(queryOverlay(overlay, ".qr-remote-load")).toBeNull();
    const img = queryOverlay(overlay, 'article img[alt="The harbour at dawn"]') as HTMLImageElement;
    expect(img.getAttribute("src")).toBe("https://cdn.example/a.jpg");
    expect(img.hidden).toBe(false);
    expect(queryOverlay(overlay, "article source")!.getAttribute("srcset")).toBe("https://cdn.example/b.webp");
    expect(queryOverlay(overlay, ".qr-status")!.textContent).toBe("Remote images loaded for this article.");
  });

  it("with loading allowed (the setting, or a page being read), images are shown as they are", () => {
    const overlay = open("load");
    expect(placeholders(overlay)).toEqual([]);
    expect(queryOverlay(overlay, ".qr-remote-images")).toBeNull();
    expect(queryOverlay(overlay, 'article img[alt="The harbour at dawn"]')!.getAttribute("src")).toBe("https://cdn.example/a.jpg");
  });

  it("an article with only data: images shows no bar", () => {
    const dom = new JSDOM("<!doctype html><body>", { url: "chrome-extension://abc/library/library.html" });
    const overlay = new ReaderOverlay(dom.window.document, makeArticle(`<p>x</p><img src="${PNG}" alt="map">`), { acceptEvent: () => true, renderContent: holdRemoteImagesRenderer });
    overlay.open();
    expect(queryOverlay(overlay, ".qr-remote-images")).toBeNull();
    expect(queryOverlay(overlay, "article img")!.getAttribute("src")).toBe(PNG);
  });
});

describe("the exported HTML file", () => {
  const saved = { id: "1", savedAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z", url: "https://news.example/harbour", canonicalUrl: "https://news.example/harbour", tags: [], article: makeArticle(CONTENT) };
  const label = (alt: string, size: string | null) => `Image not included: ${alt || "image"}${size ? `, ${size}` : ""}`;

  it("by default allows data: images only and turns each remote image into a link to it", () => {
    const html = articleHtmlFile(saved, { remoteImages: "link", label, doc: win.document }).content as string;
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    expect(remoteFetches(doc)).toEqual([]);
    const links = Array.from(doc.querySelectorAll("article a.remote-image"), (a) => [a.textContent, a.getAttribute("href"), a.getAttribute("rel")]);
    expect(links).toEqual([
      ["Image not included: The harbour at dawn, 400 × 200", "https://cdn.example/a.jpg", "noopener noreferrer"],
      ["Image not included: image", "https://cdn.example/b.jpg", "noopener noreferrer"],
    ]);
    expect(doc.querySelector("article source")).toBeNull();
    expect(doc.querySelector("article img")!.getAttribute("src")).toBe(PNG);
    expect(html).not.toContain("data-qr");
  });

  it("with remote images allowed, they stay images and the CSP allows them", () => {
    const html = articleHtmlFile(saved, { remoteImages: "load", label, doc: win.document }).content as string;
    expect(html).toContain("img-src data: https: http:");
    expect(html).toContain('src="https://cdn.example/a.jpg"');
  });

  it("an image inside a link becomes text (links cannot nest)", () => {
    const inLink = { ...saved, article: makeArticle(sanitizeHtml('<p><a href="https://news.example/gallery"><img src="https://cdn.example/g.jpg" alt="Gallery"></a></p>', win)) };
    const doc = new JSDOM(articleHtmlFile(inLink, { remoteImages: "link", label, doc: win.document }).content as string).window.document;
    expect(doc.querySelector("article a")!.getAttribute("href")).toBe("https://news.example/gallery");
    expect(doc.querySelector("article a span.remote-image")!.textContent).toBe("Image not included: Gallery");
  });
});
