/**
 * Which URLs the Markdown export may write, and how they are written as link destinations.
 * Markdown renderers differ in what they filter (marked keeps a javascript: href as is), so
 * the export itself never emits a link or image whose scheme could run anything: a URL that is
 * not allowed here is dropped and only the link's text is kept.
 */

export type UrlUse = "link" | "image";

/** Decisions as data: what each use may point at. */
export const MARKDOWN_URL_POLICY: Record<UrlUse, { schemes: readonly string[]; dataImages: boolean; relative: boolean }> = {
  // Web and mail links, in-article #anchors and relative references (resolved by the viewer
  // against the .md file, so they can only name another file or a place in this one).
  link: { schemes: ["http:", "https:", "mailto:"], dataImages: false, relative: true },
  // Web images, inlined raster images (the library stores images as base64 data: URLs of
  // these types, never SVG) and relative paths (the ZIP export's images/<article>/<n>.<ext>).
  image: { schemes: ["http:", "https:"], dataImages: true, relative: true },
};

/** Raster types only, base64 only: the data: URLs the library itself writes. */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon);base64,[A-Za-z0-9+/]*={0,2}$/i;

/** A placeholder base: a relative reference is one that, resolved against it, stays on it. */
const BASE = "https://relative.invalid/dir/";

/** Characters that could end or confuse a destination or the link around it, or split a table cell. */
const DESTINATION_UNSAFE = /[\u0000-\u0020\u007f-\u009f"'()<>[\]\\`|]/g;

function encodeUnsafe(url: string): string {
  return url
    .replace(DESTINATION_UNSAFE, (c) => encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`))
    .replace(/&/g, "&amp;");
}

/**
 * The destination to write for `raw` used as a link or image, or null when it may not be
 * written. Absolute URLs are written as the URL parser serializes them, so the scheme a
 * renderer sees is exactly the one checked here.
 */
export function markdownDestination(raw: string, use: UrlUse): string | null {
  const policy = MARKDOWN_URL_POLICY[use];
  const value = raw.trim();
  if (!value) return null;
  if (/^data:/i.test(value)) {
    const compact = value.replace(/\s+/g, "");
    return policy.dataImages && DATA_IMAGE.test(compact) ? compact : null;
  }
  let resolved: URL;
  try {
    resolved = new URL(value, BASE);
  } catch {
    return null;
  }
  const isRelative = resolved.origin === new URL(BASE).origin && !/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[\\/]{2}/.test(value);
  if (isRelative) return policy.relative ? encodeUnsafe(value) : null;
  if (!policy.schemes.includes(resolved.protocol)) return null;
  // An IPv6 host keeps its brackets; everything after it is encoded.
  const hostEnd = resolved.hostname.startsWith("[") ? resolved.href.indexOf("]") + 1 : 0;
  return resolved.href.slice(0, hostEnd) + encodeUnsafe(resolved.href.slice(hostEnd));
}
