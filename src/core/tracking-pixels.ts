/**
 * Tracking pixels: images whose only job is to tell a server that the article was read.
 * In the reader they show nothing, and once saved they would report every re-reading of the
 * article, so extraction drops them and records each in Article.removed ("tracking-pixel").
 * Decided by data: the declared size (≤ 2 px: a 1×1 beacon) and tables of beacon endpoints.
 * Precision first: a generic name ("pixel.gif", "/beacon/") decides only for an image that
 * declares no real size, and never for a photo file in such a folder, so a photo of a Pixel
 * phone stays. URL tests parse the URL and compare strings (no pattern matching).
 * Two steps because Readability drops style attributes: the page's images are judged (and
 * marked) on the working copy before it, and the marked ones left in the article are removed
 * after it.
 */
import type { RemovedBlock } from "./article.js";

export const TRACKING_PIXEL_REASON = "tracking-pixel";

/** Set on a judged image in the working copy; never survives the sanitizer (no data-* attributes). */
const MARK = "data-qr-tracking-pixel";

/** A declared width or height at most this many CSS pixels is a beacon's, not a picture's. */
export const MAX_PIXEL_SIZE = 2;

export interface BeaconEndpoint {
  /** The host, or a parent domain of it ("facebook.com" covers "www.facebook.com"). */
  host: string;
  /** A path (and everything under it) on that host; without one, every image from the host. */
  path?: string;
}

/** Endpoints that serve only beacons: an image from one is a tracking pixel whatever its size. */
export const BEACON_ENDPOINTS: readonly BeaconEndpoint[] = [
  { host: "b.scorecardresearch.com" },
  { host: "sb.scorecardresearch.com" },
  { host: "pixel.wp.com" },
  { host: "stats.wp.com" },
  { host: "pixel.quantserve.com" },
  { host: "bat.bing.com" },
  { host: "px.ads.linkedin.com" },
  { host: "ct.pinterest.com" },
  { host: "pixel.mathtag.com" },
  { host: "pixel.adsafeprotected.com" },
  { host: "tr.snapchat.com" },
  { host: "secure-us.imrworldwide.com" },
  { host: "stats.g.doubleclick.net" },
  { host: "facebook.com", path: "/tr" },
  { host: "google-analytics.com", path: "/collect" },
  { host: "google-analytics.com", path: "/r/collect" },
  { host: "google-analytics.com", path: "/g/collect" },
  { host: "google-analytics.com", path: "/__utm.gif" },
  { host: "analytics.google.com", path: "/g/collect" },
  { host: "t.co", path: "/i/adsct" },
  { host: "analytics.twitter.com", path: "/i/adsct" },
  { host: "linkedin.com", path: "/px" },
];

/** File names (the URL's last path segment) of beacons; they decide only for an image with no real size declared. */
export const BEACON_FILE_NAMES: ReadonlySet<string> = new Set([
  "1x1.gif", "1x1.png", "pixel.gif", "pixel.png", "spacer.gif", "beacon.gif", "clear.gif", "transparent.gif",
  "pixel", "beacon", "track", "tracking",
]);

/** Folders (a path segment before the last) of beacon URLs; as above, and not for a photo file inside one. */
export const BEACON_FOLDERS: ReadonlySet<string> = new Set(["pixel", "pixels", "beacon", "beacons", "track", "tracking", "tracker"]);

/** Extensions of pictures: a file with one of these inside a beacon-named folder is a picture. */
const PICTURE_EXTENSIONS: ReadonlySet<string> = new Set(["jpg", "jpeg", "png", "webp", "avif", "svg", "bmp", "heic"]);

/** "1", "1px", " 0 " → the number; "100%", "auto", "" → null. */
function pixels(value: string | null | undefined): number | null {
  const text = (value ?? "").trim().toLowerCase();
  const number = text.endsWith("px") ? text.slice(0, -2).trim() : text;
  if (!number || !/^\d+(?:\.\d+)?$/.test(number)) return null;
  return Number(number);
}

/** The widths and heights an image declares, in attributes and in its inline style. */
export function declaredSizes(img: Element): number[] {
  const sizes = [pixels(img.getAttribute("width")), pixels(img.getAttribute("height"))];
  for (const declaration of (img.getAttribute("style") ?? "").split(";")) {
    const colon = declaration.indexOf(":");
    const property = declaration.slice(0, colon).trim().toLowerCase();
    if (colon > 0 && (property === "width" || property === "height")) sizes.push(pixels(declaration.slice(colon + 1).replace(/!important/i, "")));
  }
  return sizes.filter((size): size is number => size !== null);
}

function onHost(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

function underPath(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}

/** Whether the URL is a known beacon endpoint (strong: decides alone). */
export function isBeaconEndpoint(url: URL): boolean {
  const hostname = url.hostname.toLowerCase();
  const pathname = url.pathname.toLowerCase();
  return BEACON_ENDPOINTS.some(({ host, path }) => onHost(hostname, host) && (path === undefined || underPath(pathname, path)));
}

/** Whether the URL's path is named like a beacon (weak: only for an image with no real size). */
export function hasBeaconName(url: URL): boolean {
  const segments = url.pathname.toLowerCase().split("/").filter(Boolean);
  const file = segments.at(-1) ?? "";
  if (BEACON_FILE_NAMES.has(file)) return true;
  const dot = file.lastIndexOf(".");
  const extension = dot >= 0 ? file.slice(dot + 1) : "";
  return !PICTURE_EXTENSIONS.has(extension) && segments.slice(0, -1).some((segment) => BEACON_FOLDERS.has(segment));
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
  if (sizes.length > 0 && sizes.every((size) => size <= MAX_PIXEL_SIZE)) return "size";
  if (isBeaconEndpoint(url)) return "endpoint";
  const realSize = sizes.some((size) => size > MAX_PIXEL_SIZE);
  return !realSize && hasBeaconName(url) ? "name" : null;
}

/** Marks the tracking pixels among the images of the working copy (and clears marks the page set itself). */
export function markTrackingPixels(root: Document | Element, baseUrl: string): void {
  for (const el of Array.from(root.querySelectorAll("img"))) {
    if (trackingPixelKind(el, baseUrl)) el.setAttribute(MARK, "");
    else el.removeAttribute(MARK);
  }
}

/** What the audit list shows for a pixel: where it reported to (host and path, no query). */
function describe(img: Element, baseUrl: string): string {
  const src = (img.getAttribute("src") ?? "").trim();
  try {
    const url = new URL(src, baseUrl);
    return `${url.host}${url.pathname}`.slice(0, 120);
  } catch {
    return src.slice(0, 120);
  }
}

/** Removes the marked images from the article root and returns one record per pixel. */
export function dropTrackingPixels(root: Element, baseUrl: string): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const img of Array.from(root.querySelectorAll(`img[${MARK}]`))) {
    removed.push({ text: describe(img, baseUrl), reason: TRACKING_PIXEL_REASON });
    img.remove();
  }
  return removed;
}
