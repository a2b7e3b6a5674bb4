/**
 * The URL that identifies "the same article" for de-duplication: saving a page again, or
 * from a link with tracking parameters, updates the one record instead of adding another.
 * Drops the fragment, tracking parameters (utm_*, fbclid, gclid, …), default ports and a
 * trailing slash; lower-cases the host. Nothing site-specific. A page's own
 * <link rel="canonical"> is used when it points to the same host (a page must not be able to
 * claim, and so overwrite, another site's saved article).
 */
import { trimEndWhere } from "../core/trim-chars.js";

const TRACKING_PARAMS = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref_src|oly_anon_id|oly_enc_id|vero_id|cmpid|s_cid)$/i;

export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.trim();
  }
  if (!/^https?:$/.test(url.protocol)) return url.href;
  url.hash = "";
  const kept = [...url.searchParams].filter(([key]) => !TRACKING_PARAMS.test(key));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith("/")) url.pathname = trimEndWhere(url.pathname, (char) => char === "/");
  return url.href;
}

/** The URL's host without "www.", or "" when it has none. */
export function hostOf(raw: string): string {
  try {
    return new URL(raw).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** The page's declared canonical URL when it is http(s) on the page's own host, else null. */
export function declaredCanonical(doc: Document, pageUrl: string): string | null {
  const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute("href");
  if (!href) return null;
  try {
    const declared = new URL(href, pageUrl);
    if (!/^https?:$/.test(declared.protocol) || hostOf(declared.href) !== hostOf(pageUrl)) return null;
    return declared.href;
  } catch {
    return null;
  }
}
