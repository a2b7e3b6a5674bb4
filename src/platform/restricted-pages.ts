/**
 * Pages where browsers forbid extensions to run scripts: internal pages, the extension
 * stores, other extensions' pages (which include the built-in PDF viewer). Knowing this up
 * front lets the popup say so instead of failing silently.
 */

const RESTRICTED_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|javascript|blob):/i;
const STORE_HOSTS = new Set(["chrome.google.com", "chromewebstore.google.com", "microsoftedge.microsoft.com", "addons.mozilla.org", "accounts-static.cdn.mozilla.net", "accounts.firefox.com", "support.mozilla.org"]);

export type RestrictedKind = "browser-page" | "extension-store" | "pdf-viewer" | null;

/** Why the reader cannot run on `url`, or null when it can (or when the URL is unknown). */
export function restrictedKind(url: string | undefined | null): RestrictedKind {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "browser-page";
  }
  if (/^(?:chrome-extension|moz-extension):$/.test(parsed.protocol) && /pdf/i.test(parsed.href)) return "pdf-viewer";
  if (RESTRICTED_SCHEMES.test(parsed.protocol)) return "browser-page";
  if (STORE_HOSTS.has(parsed.hostname)) {
    if (parsed.hostname === "chrome.google.com" && !parsed.pathname.startsWith("/webstore")) return null;
    return "extension-store";
  }
  if (/\.pdf$/i.test(parsed.pathname)) return "pdf-viewer";
  return null;
}
