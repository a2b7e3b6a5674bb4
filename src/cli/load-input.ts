/**
 * Reads the CLI's input (a file, stdin as "-", or an http(s) URL) as HTML text, with clear
 * errors, and never more than the size limit (input-limits.ts): a file is measured before it
 * is read, stdin and URL bodies are counted as they stream (fetch-page.ts for URLs).
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { fetchPage } from "./fetch-page.js";
import { InputError, looksLikeHtml } from "./input-checks.js";
import { DEFAULT_LIMITS, formatBytes, type InputLimits } from "./input-limits.js";

export { InputError, looksLikeHtml } from "./input-checks.js";

export interface LoadedInput {
  html: string;
  /** The URL the page came from: the fetched URL, or a file: URL for files. */
  url: string;
}

/** Reads a stream to its end, refusing it as soon as it passes maxBytes (a FIFO or a device has no size to check first). */
async function readCapped(stream: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw new InputError(`${name} is larger than ${formatBytes(maxBytes)} (--max-bytes)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readInputFile(input: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(input);
    if (info.isDirectory()) throw new InputError(`${input} is a directory, not an HTML file`);
    if (info.size > maxBytes) throw new InputError(`${input} is larger than ${formatBytes(maxBytes)} (--max-bytes)`);
    // Counted as it is read too: it may grow after stat, or be a FIFO or a device.
    return await readCapped(createReadStream(input), input, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`no such file: ${input}`);
    if (code === "EISDIR") throw new InputError(`${input} is a directory, not an HTML file`);
    throw new InputError(`cannot read ${input}: ${code ?? (error as Error).message}`);
  }
}

export async function loadInput(input: string, limits: InputLimits = DEFAULT_LIMITS): Promise<LoadedInput> {
  if (/^https?:\/\//i.test(input)) return fetchPage(input, limits);
  const bytes = input === "-" ? await readCapped(process.stdin, "stdin", limits.maxBytes) : await readInputFile(input, limits.maxBytes);
  const name = input === "-" ? "stdin" : input;
  if (bytes.includes(0)) throw new InputError(`${name} is not HTML (binary data)`);
  const html = bytes.toString("utf8");
  if (!looksLikeHtml(html)) throw new InputError(`${name} does not look like HTML`);
  const url = input === "-" ? "about:blank" : new URL(`file://${process.cwd()}/`).href;
  return { html, url: input === "-" ? url : new URL(input, url).href };
}
