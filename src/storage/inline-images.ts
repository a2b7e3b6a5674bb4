/**
 * Inlines an article's images as data: URLs so the saved copy reads offline and outlives
 * the original site. DOM-pure (any Document) with the fetching injected, so the content
 * script, the offscreen document and tests share it. Caps per image and per article; an
 * image that cannot be fetched, is not a safe raster type, or would break a cap keeps its
 * remote URL (and its srcset), and its origin is reported so the user can allow it.
 */

/** Raster types the sanitizer accepts as data: URLs (never SVG: it can carry script). */
export const INLINE_IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/bmp", "image/x-icon"];

/** How many images a save inlined, and which origins it could not fetch (the user may allow them). */
export interface ImageReport {
  inlined: number;
  remote: number;
  remoteOrigins: string[];
}

export interface ImageCaps {
  maxImageBytes: number;
  maxTotalBytes: number;
}

/** Fetches one image within `maxBytes`; a data: URL, or null when it cannot. */
export type ImageFetcher = (url: string, maxBytes: number) => Promise<string | null>;

export interface InlineResult {
  html: string;
  images: ImageReport;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The data URL's decoded size, without decoding it. */
function dataUrlBytes(dataUrl: string): number {
  const comma = dataUrl.indexOf(",");
  const payload = dataUrl.length - comma - 1;
  const padding = dataUrl.endsWith("==") ? 2 : dataUrl.endsWith("=") ? 1 : 0;
  return Math.floor((payload * 3) / 4) - padding;
}

export async function inlineImages(html: string, doc: Document, fetchImage: ImageFetcher, caps: ImageCaps): Promise<InlineResult> {
  const template = doc.createElement("template");
  template.innerHTML = html;
  const images = Array.from(template.content.querySelectorAll("img")).filter((img) => /^https?:/i.test(img.getAttribute("src") ?? ""));
  const urls = [...new Set(images.map((img) => img.getAttribute("src")!))];
  const inlined = new Map<string, string>();
  let total = 0;
  for (const url of urls) {
    const room = Math.min(caps.maxImageBytes, caps.maxTotalBytes - total);
    if (room <= 0) break;
    const dataUrl = await fetchImage(url, room).catch(() => null);
    if (!dataUrl) continue;
    const mime = /^data:([^;,]+)/i.exec(dataUrl)?.[1]?.toLowerCase() ?? "";
    const size = dataUrlBytes(dataUrl);
    if (!INLINE_IMAGE_TYPES.includes(mime) || size > room) continue;
    inlined.set(url, dataUrl);
    total += size;
  }
  const remoteOrigins = new Set<string>();
  let inlinedCount = 0;
  for (const img of images) {
    const src = img.getAttribute("src")!;
    const dataUrl = inlined.get(src);
    if (!dataUrl) {
      const origin = originOf(src);
      if (origin) remoteOrigins.add(origin);
      continue;
    }
    img.setAttribute("src", dataUrl);
    // Other candidates would be fetched from the network again: the inlined one is the image.
    img.removeAttribute("srcset");
    img.removeAttribute("sizes");
    if (img.parentElement?.localName === "picture") for (const source of Array.from(img.parentElement.querySelectorAll("source"))) source.remove();
    inlinedCount++;
  }
  return {
    html: template.innerHTML,
    images: { inlined: inlinedCount, remote: images.length - inlinedCount, remoteOrigins: [...remoteOrigins].sort() },
  };
}

/**
 * The fetcher used in extension contexts: fetch(), refuse what is not a safe raster image
 * or is larger than allowed (by Content-Length first, then by the body), encode as data URL.
 */
export function httpImageFetcher(fetchFn: typeof fetch = fetch, init: RequestInit = {}): ImageFetcher {
  return async (url, maxBytes) => {
    const response = await fetchFn(url, { ...init, redirect: "follow" });
    if (!response.ok) return null;
    const mime = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!INLINE_IMAGE_TYPES.includes(mime)) return null;
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) return null;
    // Copied into an array of this context: in a Firefox content script the body belongs to
    // the page's compartment, and subarray() on a view of it throws ("Permission denied to
    // access property constructor"), while set() copies it.
    const body = new Uint8Array(await response.arrayBuffer());
    if (body.length > maxBytes) return null;
    const bytes = new Uint8Array(body.length);
    bytes.set(body);
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return `data:${mime};base64,${btoa(binary)}`;
  };
}
