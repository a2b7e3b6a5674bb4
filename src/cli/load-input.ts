/** Reads the CLI's input (a file, stdin as "-", or an http(s) URL) as HTML text, with clear errors. */
import { readFile } from "node:fs/promises";

export class InputError extends Error {}

const MAX_BYTES = 50 * 1024 * 1024;

export interface LoadedInput {
  html: string;
  /** The URL the page came from: the fetched URL, or a file: URL for files. */
  url: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function fetchPage(url: string): Promise<LoadedInput> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(30_000), headers: { "user-agent": "Mozilla/5.0 (compatible; QuietReader CLI)", accept: "text/html,application/xhtml+xml" } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new InputError(`could not fetch ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
  if (!response.ok) throw new InputError(`could not fetch ${url}: HTTP ${response.status}`);
  const type = response.headers.get("content-type") ?? "";
  if (type && !/html|xml/i.test(type)) throw new InputError(`${url} is not an HTML page (content-type ${type})`);
  return { html: await response.text(), url: response.url || url };
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "").trimStart();
  return /^<(?:!doctype html|html|head|body|!--|meta|title|div|p|article|section|main|h[1-6])[\s>]/i.test(head) || /<(?:html|body|p|div|article)[\s>]/i.test(text.slice(0, 65536));
}

export async function loadInput(input: string): Promise<LoadedInput> {
  if (/^https?:\/\//i.test(input)) return fetchPage(input);
  let html: string;
  if (input === "-") {
    html = await readStdin();
  } else {
    let bytes: Buffer;
    try {
      bytes = await readFile(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new InputError(`no such file: ${input}`);
      if (code === "EISDIR") throw new InputError(`${input} is a directory, not an HTML file`);
      throw new InputError(`cannot read ${input}: ${code ?? (error as Error).message}`);
    }
    if (bytes.length > MAX_BYTES) throw new InputError(`${input} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    if (bytes.includes(0)) throw new InputError(`${input} is not HTML (binary data)`);
    html = bytes.toString("utf8");
  }
  if (!looksLikeHtml(html)) throw new InputError(`${input === "-" ? "stdin" : input} does not look like HTML`);
  const url = input === "-" ? "about:blank" : new URL(`file://${process.cwd()}/`).href;
  return { html, url: input === "-" ? url : new URL(input, url).href };
}
