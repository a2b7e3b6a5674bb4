/**
 * Fetches a page for the CLI within limits: redirects followed by hand (at most
 * maxRedirects, http and https only), an HTML-ish content type or HTML-looking first bytes,
 * the body streamed and counted after decoding (a gzip bomb stops at maxBytes), and one
 * deadline for all of it. Every failure is an InputError with one line to print.
 */
import { BINARY_SIGNATURES, CONTENT_TYPES, formatBytes, REDIRECT_SCHEMES, SNIFF_BYTES, type InputLimits } from "./input-limits.js";
import { InputError, looksLikeHtml } from "./input-checks.js";

const HEADERS = { "user-agent": "Mozilla/5.0 (compatible; QuietReader CLI)", accept: "text/html,application/xhtml+xml" };

export interface FetchedPage {
  html: string;
  /** The URL the page was finally served from, after redirects. */
  url: string;
}

function binaryKind(head: Uint8Array): string | null {
  const text = String.fromCharCode(...head.subarray(0, 8));
  return BINARY_SIGNATURES.find(([signature]) => text.startsWith(signature))?.[1] ?? null;
}

/** The response for `url` after redirects; throws InputError on a refused or failed hop. */
async function follow(url: string, limits: InputLimits, signal: AbortSignal): Promise<{ response: Response; url: string }> {
  let current = url;
  for (let hops = 0; ; hops++) {
    let response: Response;
    try {
      response = await fetch(current, { redirect: "manual", signal, headers: HEADERS });
    } catch (error) {
      if (signal.aborted) throw error;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new InputError(`could not fetch ${current}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    }
    if (![301, 302, 303, 307, 308].includes(response.status)) return { response, url: current };
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get("location");
    if (!location) throw new InputError(`could not fetch ${current}: HTTP ${response.status} without a Location`);
    let target: URL;
    try {
      target = new URL(location, current);
    } catch {
      throw new InputError(`could not fetch ${current}: redirect to an invalid URL`);
    }
    if (!REDIRECT_SCHEMES.includes(target.protocol)) throw new InputError(`refusing to follow a redirect from ${current} to ${target.protocol} (only http and https)`);
    if (hops + 1 > limits.maxRedirects) throw new InputError(`could not fetch ${url}: too many redirects (more than ${limits.maxRedirects})`);
    current = target.href;
  }
}

/** Reads the body, counting decoded bytes; checks the first bytes once enough have come. */
async function readBody(response: Response, url: string, kind: "html" | "sniff", limits: InputLimits, abort: () => void): Promise<string> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let checked = false;
  const check = (): void => {
    checked = true;
    const head = Buffer.concat(chunks).subarray(0, SNIFF_BYTES);
    const binary = binaryKind(head);
    if (binary) throw new InputError(`${url} is not an HTML page (it is ${binary})`);
    if (kind === "sniff" && !looksLikeHtml(new TextDecoder().decode(head))) {
      const type = response.headers.get("content-type");
      throw new InputError(`${url} is not an HTML page (${type ? `content-type ${type}` : "no content-type"}, and its first bytes are not HTML)`);
    }
  };
  const reader = response.body?.getReader();
  if (reader) {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > limits.maxBytes) throw new InputError(`${url} is larger than ${formatBytes(limits.maxBytes)} (--max-bytes)`);
        chunks.push(value);
        if (!checked && total >= SNIFF_BYTES) check();
      }
    } catch (error) {
      abort();
      throw error;
    }
  }
  if (!checked) check();
  return new TextDecoder().decode(Buffer.concat(chunks, total));
}

export async function fetchPage(url: string, limits: InputLimits): Promise<FetchedPage> {
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const { response, url: finalUrl } = await follow(url, limits, controller.signal);
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new InputError(`could not fetch ${finalUrl}: HTTP ${response.status}`);
    }
    const type = response.headers.get("content-type") ?? "";
    const kind = CONTENT_TYPES[type.split(";")[0]!.trim().toLowerCase()];
    if (!kind) {
      await response.body?.cancel().catch(() => undefined);
      throw new InputError(`${finalUrl} is not an HTML page (content-type ${type})`);
    }
    return { html: await readBody(response, finalUrl, kind, limits, () => controller.abort()), url: finalUrl };
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (controller.signal.aborted) throw new InputError(`could not fetch ${url}: no complete response within ${limits.timeoutMs / 1000} s (--timeout)`);
    throw new InputError(`could not fetch ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(deadline);
  }
}
