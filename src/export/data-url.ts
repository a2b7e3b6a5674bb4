/**
 * data: URLs for images, both ways: the library stores images inlined as data URLs, and the
 * Markdown zip export writes them back out as files.
 */

const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)?((?:;[\w.+-]+=[^;,]*)*)(;base64)?,(.*)$/is;

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/jpg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/bmp": "bmp",
  "image/x-icon": "ico",
};

export interface DecodedDataUrl {
  mime: string;
  bytes: Uint8Array;
}

export function decodeDataUrl(url: string): DecodedDataUrl | null {
  const match = DATA_URL.exec(url.trim());
  if (!match) return null;
  const mime = (match[1] ?? "text/plain").toLowerCase();
  const payload = match[4] ?? "";
  try {
    if (match[3]) {
      const binary = atob(payload.replace(/\s+/g, ""));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return { mime, bytes };
    }
    return { mime, bytes: new TextEncoder().encode(decodeURIComponent(payload)) };
  } catch {
    return null;
  }
}

export function encodeDataUrl(mime: string, bytes: Uint8Array): string {
  let binary = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return `data:${mime};base64,${btoa(binary)}`;
}

/** File extension for an image MIME type ("bin" when unknown). */
export function extensionFor(mime: string): string {
  return EXTENSIONS[mime.toLowerCase()] ?? "bin";
}
