/**
 * Tracking pixels are dropped at extraction and listed in Article.removed with their own
 * reason; real pictures stay, including ones named like a beacon but declaring a real size.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/core/extract-article.js";
import { TRACKING_PIXEL_REASON, trackingPixelKind } from "../../src/core/tracking-pixels.js";

const BASE = "https://news.example/2026/story";

function img(markup: string): Element {
  return new JSDOM(`<!doctype html><body>${markup}`, { url: BASE }).window.document.querySelector("img")!;
}

/** [markup, expected kind]: the decision table as the tests pin it. */
const CASES: Array<[string, ReturnType<typeof trackingPixelKind>]> = [
  // Declared size ≤ 2 px, in attributes or inline style.
  ['<img src="https://stats.news.example/open?u=42" width="1" height="1">', "size"],
  ['<img src="/o.gif" width="0" height="0" alt="">', "size"],
  ['<img src="https://cdn.example/x.gif" style="width:1px;height:1px;display:none">', "size"],
  ['<img src="https://cdn.example/x.gif" style="width: 1px !important; height: 1px !important">', "size"],
  ['<img src="https://cdn.example/x.gif" height="1">', "size"],
  // Known beacon endpoints, whatever the size.
  ['<img src="https://b.scorecardresearch.com/p?c1=2&c2=123">', "endpoint"],
  ['<img src="https://pixel.wp.com/g.gif?v=ext&blog=1">', "endpoint"],
  ['<img src="https://www.facebook.com/tr?id=123&ev=PageView&noscript=1">', "endpoint"],
  ['<img src="https://www.google-analytics.com/collect?v=1&tid=UA-1">', "endpoint"],
  ['<img src="https://www.google-analytics.com/__utm.gif?utmwv=5">', "endpoint"],
  ['<img src="https://t.co/i/adsct?txn_id=abc">', "endpoint"],
  ['<img src="//sb.scorecardresearch.com/b?c1=2" width="300" height="250">', "endpoint"],
  // Beacon-like names, only for images with no real size.
  ['<img src="https://cdn.example/assets/1x1.gif">', "name"],
  ['<img src="https://cdn.example/spacer.gif">', "name"],
  ['<img src="https://metrics.news.example/pixel/open.gif?u=42">', "name"],
  ['<img src="https://news.example/beacon?article=7">', "name"],
  ['<img src="https://news.example/track/view">', "name"],
  // Real pictures.
  ['<img src="https://cdn.example/reviews/pixel-8-pro.jpg" width="800" height="450" alt="The Pixel 8 Pro">', null],
  ['<img src="https://cdn.example/pixel/pixel-8-pro.jpg" alt="The Pixel 8 Pro, unsized">', null],
  ['<img src="https://cdn.example/pixel/pixel-art.png" alt="Pixel art">', null],
  ['<img src="https://cdn.example/photos/pixel.gif" width="640" height="480" alt="An animated pixel">', null],
  ['<img src="https://cdn.example/track/runners.gif" width="640" height="360" alt="Runners on the track">', null],
  ['<img src="https://cdn.example/tracking-shot.jpg" alt="A tracking shot">', null],
  ['<img src="https://facebook.com/photo.jpg">', null],
  ['<img src="https://www.google-analytics.com.evil.example/collect">', null],
  ['<img src="https://notfacebook.com/tr">', null],
  ['<img src="https://cdn.example/a.jpg" width="1" height="600" alt="A tall rule">', null],
  // Real pictures declaring a tiny size that CSS overrides (seen on NYT and The Verge).
  ['<img alt="" src="https://static01.example/images/thumbWide.png?quality=75" sizes="205px" decoding="async" width="1" height="1">', null],
  ['<img alt="Headset" src="https://cdn.example/thumbor/0x0:2400x1350/DSC00889.jpg" srcset="https://cdn.example/a-376.jpg 376w" style="position:absolute;width:0;height:0;min-width:100%;max-width:100%">', null],
  ['<img alt="Headset" src="https://cdn.example/thumbor/DSC00889.jpg" style="width:0;height:0;min-width:100%">', null],
  ['<picture><source srcset="https://cdn.example/x.webp"><img src="https://cdn.example/x.png" width="1" height="1"></picture>', null],
  ['<img src="https://cdn.example/a.jpg" width="100%" height="auto">', null],
  ['<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">', null],
  ['<img alt="no source" width="1" height="1">', null],
];

describe("tracking pixel table", () => {
  for (const [markup, kind] of CASES) {
    it(`${kind ?? "picture"}: ${markup}`, () => {
      expect(trackingPixelKind(img(markup), BASE)).toBe(kind);
    });
  }
});

const PROSE = [
  "The harbour authority confirmed on Tuesday that the old pier will be rebuilt in stone after the winter storms destroyed its wooden deck.",
  "Engineers expect the work to take two years, and fishermen will use a temporary landing stage at the north end of the bay in the meantime.",
  "The council said the cost would be shared with the national heritage fund, which has listed the pier as a structure of regional importance.",
  "Residents who spoke at a public meeting last month asked for the lamp posts to be restored too, and the plans now include all twelve of them.",
];

function page(extra: string): Document {
  const html = `<!doctype html><html lang="en"><head><title>Pier to be rebuilt</title></head><body><main><article>
<h1>Pier to be rebuilt in stone</h1>
<p>${PROSE[0]}</p>
<p>${PROSE[1]} <img src="https://pixel.wp.com/g.gif?blog=1&post=2" alt=""></p>
<figure><img src="https://cdn.news.example/photos/pixel-8-pier.jpg" width="800" height="450" alt="The pier at dawn"><figcaption>The pier at dawn, taken with a Pixel phone.</figcaption></figure>
<p>${PROSE[2]}</p>
<img src="https://stats.news.example/open.gif?u=42" width="1" height="1" alt="" style="position:absolute">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=123&ev=PageView&noscript=1"></noscript>
<p>${PROSE[3]}</p>
${extra}
</article></main></body></html>`;
  return new JSDOM(html, { url: BASE }).window.document;
}

describe("extraction drops tracking pixels", () => {
  const article = extractArticle(page(""), { url: BASE })!;

  it("keeps the article and its real picture", () => {
    for (const sentence of PROSE) expect(article.textContent).toContain(sentence);
    expect(article.contentHtml).toContain('src="https://cdn.news.example/photos/pixel-8-pier.jpg"');
    expect(article.contentHtml).toContain('alt="The pier at dawn"');
  });

  it("leaves no pixel in the article and lists each in removed with its own reason", () => {
    expect(article.contentHtml).not.toContain("pixel.wp.com");
    expect(article.contentHtml).not.toContain("stats.news.example");
    expect(article.contentHtml).not.toContain("facebook.com");
    const pixels = article.removed.filter((block) => block.reason === TRACKING_PIXEL_REASON);
    expect(pixels.map((block) => block.text).sort()).toEqual(["pixel.wp.com/g.gif", "stats.news.example/open.gif"]);
    // The <noscript> pixel is either left out by Readability or dropped here: never shown.
    expect(article.removed.every((block) => block.text.length <= 120)).toBe(true);
  });

  it("a page cannot have its own picture treated as a pixel by presetting the marker", () => {
    const marked = extractArticle(page(`<p><img src="https://cdn.news.example/photos/crowd.jpg" width="800" height="450" alt="The crowd" data-qr-tracking-pixel></p>`), { url: BASE })!;
    expect(marked.contentHtml).toContain("crowd.jpg");
    expect(marked.removed.filter((block) => block.reason === TRACKING_PIXEL_REASON)).toHaveLength(2);
  });

  it("no marker attribute reaches the output", () => {
    expect(article.contentHtml).not.toContain("data-qr");
  });
});
