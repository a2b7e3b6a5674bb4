/**
 * Tracking pixels: images whose only job is to tell a server that the article was read.
 * In the reader they show nothing, and once saved they would report every re-reading of the
 * article, so extraction drops them and records each in Article.removed ("tracking-pixel").
 * Decided by data: the declared size (≤ 2 px: a 1×1 beacon) and tables of beacon endpoints.
 * Precision first: a responsive image (srcset, sizes, <picture>) or a photo file is never a
 * pixel by its size, because sites declare width="1" height="1" or width:0;height:0 on real
 * pictures that CSS then sizes (NYT thumbnails, Next.js images on The Verge); a generic name
 * ("pixel.gif", "/beacon/") decides only for an image that declares no real size and is not a
 * picture file, so a photo of a Pixel phone stays.
 * Two steps because Readability drops style attributes: the page's images are judged (and
 * marked) on the working copy before it, and the marked ones left in the article are removed
 * after it. URL tests parse the URL and compare strings; the few patterns are linear.
 */
import type { RemovedBlock } from "./article.js";

export const TRACKING_PIXEL_REASON = "tracking-pixel";

/** Set on a judged image in the working copy; never survives the sanitizer (no data-* attributes). */
const MARK = "data-qr-tracking-pixel";

/** A declared width or height at most this many CSS pixels is a beacon's, not a picture's. */
export const MAX_PIXEL_SIZE = 2;

/**
 * Endpoints that serve only beacons, as "host" (every image from it, or from a subdomain:
 * measurement domains) or "host/path" (that path and below, where the host serves real
 * images too): an image from one is a tracking pixel whatever its size.
 */
export const BEACON_ENDPOINTS: readonly string[] = [
  "scorecardresearch.com",
  "quantserve.com",
  "mathtag.com",
  "adsafeprotected.com",
  "imrworldwide.com",
  "google-analytics.com",
  "pixel.wp.com",
  "stats.wp.com",
  "bat.bing.com",
  "px.ads.linkedin.com",
  "ct.pinterest.com",
  "tr.snapchat.com",
  "stats.g.doubleclick.net",
  "facebook.com/tr",
  "analytics.google.com/g/collect",
  "t.co/i/adsct",
  "analytics.twitter.com/i/adsct",
  "linkedin.com/px",
];

/**
 * Names of beacons: a path segment whose name (before its first dot) is one of these marks
 * the URL as a beacon's, but only for an image that declares no real size and is not a
 * picture file (below), so "/pixel/pixel-8-pro.jpg" and a sized "/photos/pixel.gif" stay.
 */
export const BEACON_NAMES: ReadonlySet<string> = new Set(["1x1", "pixel", "pixels", "beacon", "beacons", "track", "tracking", "tracker", "spacer", "clear", "transparent"]);

/** Extensions of picture files: never a beacon by name. */
const PICTURE_EXTENSIONS: ReadonlySet<string> = new Set(["jpg", "jpeg", "png", "webp", "avif", "svg", "bmp", "heic"]);

/** Extensions of photos: never a beacon by size either (beacons are GIF, PNG or no file at all). */
const PHOTO_EXTENSIONS: ReadonlySet<string> = new Set(["jpg", "jpeg", "webp", "avif", "heic"]);

/** "1", "1px", " 0 " → the number; "100%", "auto", "" → null. */
function pixels(value: string | null | undefined): number | null {
  const text = (value ?? "").trim().toLowerCase().replace(/px$/, "").trim();
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : null;
}

/** The widths and heights an image declares, in attributes and in its inline style. */
export function declaredSizes(img: Element): number[] {
  const sizes = [img.getAttribute("width"), img.getAttribute("height")];
  for (const declaration of (img.getAttribute("style") ?? "").split(";")) {
    const [property = "", value = ""] = declaration.split(":");
    if (/^\s*(?:width|height)\s*$/i.test(property)) sizes.push(value.replace(/!important/i, ""));
  }
  return sizes.map(pixels).filter((size): size is number => size !== null);
}

/** Whether the URL is a known beacon endpoint (strong: decides alone). */
export function isBeaconEndpoint(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  return BEACON_ENDPOINTS.some((endpoint) => {
    const [domain = "", ...rest] = endpoint.split("/");
    const prefix = rest.length ? `/${rest.join("/")}` : "";
    return (host === domain || host.endsWith(`.${domain}`)) && (path === prefix || path.startsWith(`${prefix}/`));
  });
}

/** The URL's file extension ("gif"), or "" without one. */
function extensionOf(url: URL): string {
  const file = url.pathname.toLowerCase().split("/").at(-1)!;
  return file.includes(".") ? file.slice(file.lastIndexOf(".") + 1) : "";
}

/** Whether the URL's path is named like a beacon (weak: only for an image with no real size). */
export function hasBeaconName(url: URL): boolean {
  return !PICTURE_EXTENSIONS.has(extensionOf(url)) && url.pathname.toLowerCase().split("/").some((segment) => BEACON_NAMES.has(segment.split(".")[0]!));
}

/** A picture whatever size it declares: responsive (several sources) or a photo file. */
function isPicture(img: Element, url: URL): boolean {
  return img.hasAttribute("srcset") || img.hasAttribute("sizes") || img.parentElement?.localName === "picture" || PHOTO_EXTENSIONS.has(extensionOf(url));
}

/** Why `img` (with its URL resolved against `baseUrl`) is a tracking pixel, or null when it is a picture. */
export function trackingPixelKind(img: Element, baseUrl: string): "size" | "endpoint" | "name" | null {
  // Only a request can report a reading: an image without a web URL (none, data:) tracks nothing.
  const src = (img.getAttribute("src") ?? "").trim();
  if (!src || /^data:/i.test(src)) return null;
  let url: URL;
  try {
    url = new URL(src, baseUrl);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const sizes = declaredSizes(img);
  if (sizes.length > 0 && sizes.every((size) => size <= MAX_PIXEL_SIZE) && !isPicture(img, url)) return "size";
  if (isBeaconEndpoint(url)) return "endpoint";
  const realSize = sizes.some((size) => size > MAX_PIXEL_SIZE);
  return !realSize && hasBeaconName(url) ? "name" : null;
}

/**
 * Marks the tracking pixels among the images of the working copy with where each reported to
 * (host and path, no query: what the audit list shows), and clears marks the page set itself.
 */
export function markTrackingPixels(root: Document | Element, baseUrl: string): void {
  // By tag name, not a selector: jsdom's selector engine walks the whole page in script.
  for (const img of Array.from(root.getElementsByTagName("img"))) {
    if (!trackingPixelKind(img, baseUrl)) img.removeAttribute(MARK);
    else {
      const url = new URL(img.getAttribute("src")!.trim(), baseUrl);
      img.setAttribute(MARK, `${url.host}${url.pathname}`.slice(0, 120));
    }
  }
}

/** Removes the marked images from the article root and returns one record per pixel. */
export function dropTrackingPixels(root: Element): RemovedBlock[] {
  return Array.from(root.getElementsByTagName("img"))
    .filter((img) => img.hasAttribute(MARK))
    .map((img) => {
      img.remove();
      return { text: img.getAttribute(MARK)!, reason: TRACKING_PIXEL_REASON };
    });
}
