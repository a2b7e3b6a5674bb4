/**
 * The CLI's limits on what it reads, as data: the size cap (files, stdin and URL bodies
 * alike, counted after any gzip/brotli decoding), the total deadline for a URL, the redirect
 * cap, and which content types count as HTML. Flags --max-bytes and --timeout change the first two.
 */

export interface InputLimits {
  /** Largest input, in decoded bytes. */
  maxBytes: number;
  /** Whole fetch of a URL, redirects and body included, in milliseconds. */
  timeoutMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
}

export const DEFAULT_LIMITS: InputLimits = { maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5 };

/** Schemes a redirect may lead to. */
export const REDIRECT_SCHEMES: readonly string[] = ["http:", "https:"];

/**
 * What to do with a response by its media type: accept it as HTML, sniff its first bytes
 * (types servers send for HTML by mistake, or no type at all), or refuse it.
 */
export const CONTENT_TYPES: Readonly<Record<string, "html" | "sniff">> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "": "sniff",
  "text/plain": "sniff",
  "application/octet-stream": "sniff",
  "application/xml": "sniff",
  "text/xml": "sniff",
};

/** Bytes read before deciding whether an untyped body is HTML. */
export const SNIFF_BYTES = 1024;

/** Signatures of binary formats refused even when sent as text/html, with the name in the error. */
export const BINARY_SIGNATURES: ReadonlyArray<[string, string]> = [
  ["%PDF-", "a PDF"],
  ["\u0089PNG", "a PNG image"],
  ["\u00ff\u00d8\u00ff", "a JPEG image"],
  ["GIF8", "a GIF image"],
  ["PK\u0003\u0004", "a ZIP archive"],
  ["\u001f\u008b", "gzip data"],
];

export function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

/** "1048576", "512K", "50M", "1G" → bytes; null when not a positive size. */
export function parseByteSize(text: string): number | null {
  const match = /^(\d+)([kmg]?)b?$/i.exec(text.trim());
  if (!match) return null;
  const bytes = Number(match[1]) * 1024 ** " kmg".indexOf((match[2] || " ").toLowerCase());
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}
