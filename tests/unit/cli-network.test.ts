/**
 * Network input limits (docs/security.md): the built CLI against a server in this test on
 * 127.0.0.1. A gzip bomb and an endless body stop at --max-bytes (50 MB by default, counted
 * after decoding), a slow drip at --timeout, redirects only to http(s) and at most five, and
 * only HTML is read (a PDF, an untyped binary are refused; an untyped HTML page is read).
 * Each refusal is exit 1 with one line on stderr. No test measures time.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/parse-args.js";
import { runCli, runCliAsync, type CliRun } from "../helpers/built-cli.js";
import { loadFixture } from "../helpers/fixtures.js";

const seed = loadFixture("seed-christian-post");
const PAGE_START = "<!doctype html><html><head><title>t</title></head><body><p>";

/** `total` bytes of an HTML page padded with spaces, made as it is read (nothing held in memory). */
function paddedPage(total: number): Readable {
  let sent = 0;
  const block = Buffer.alloc(64 * 1024, 0x20);
  return new Readable({
    read() {
      if (sent === 0) {
        sent += PAGE_START.length;
        this.push(PAGE_START);
        return;
      }
      if (sent >= total) return void this.push(null);
      const size = Math.min(block.length, total - sent);
      sent += size;
      this.push(block.subarray(0, size));
    },
  });
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** Writes until the client goes away, then stops (the test's server never outlives a request). */
function untilClosed(req: IncomingMessage, res: ServerResponse, write: () => boolean, every: number | "drain"): void {
  let stopped = false;
  const stop = (): void => {
    stopped = true;
  };
  req.on("close", stop);
  res.on("close", stop);
  const step = (): void => {
    if (stopped) return;
    if (every === "drain") {
      while (!stopped && write());
      if (!stopped) res.once("drain", step);
    } else {
      write();
      setTimeout(step, every);
    }
  };
  step();
}

const routes: Record<string, Route> = {
  "/article": (_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(seed.html),
  "/untyped-article": (_req, res) => res.writeHead(200).end(seed.html),
  "/bomb": (req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
    const body = paddedPage(200 * 1024 * 1024).pipe(createGzip());
    body.pipe(res);
    req.on("close", () => body.destroy());
    res.on("close", () => body.destroy());
  },
  "/endless": (req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write(PAGE_START);
    const chunk = `${"<p>more words and more words</p>".repeat(512)}\n`;
    untilClosed(req, res, () => res.write(chunk), "drain");
  },
  "/drip": (req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write(PAGE_START);
    untilClosed(req, res, () => res.write("a"), 100);
  },
  "/to-file": (_req, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end(),
  "/to-data": (_req, res) => res.writeHead(301, { location: "data:text/html,<p>hi</p>" }).end(),
  "/loop": (_req, res) => res.writeHead(302, { location: "/loop" }).end(),
  "/hop5": (_req, res) => res.writeHead(302, { location: "/hop4" }).end(),
  "/hop4": (_req, res) => res.writeHead(307, { location: "/hop3" }).end(),
  "/hop3": (_req, res) => res.writeHead(301, { location: "/hop2" }).end(),
  "/hop2": (_req, res) => res.writeHead(308, { location: "/hop1" }).end(),
  "/hop1": (_req, res) => res.writeHead(303, { location: "/article" }).end(),
  "/pdf": (_req, res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"),
  "/pdf-as-html": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("%PDF-1.7\n1 0 obj <<>> endobj\n"),
  "/untyped-binary": (_req, res) => res.writeHead(200).end(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0])),
};

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function expectRefused(run: CliRun, message: RegExp): void {
  expect(run.status).toBe(1);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^quiet-reader: /);
  expect(lines[0]).toMatch(message);
}

// Each test starts the CLI (jsdom and all): room for a loaded machine.
describe("quiet-reader CLI input limits", { timeout: 90_000 }, () => {
  it("reads an HTML page", async () => {
    const run = await runCliAsync([`${origin}/article`, "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe(seed.expected.title);
  });

  it("follows five redirects of every kind and names the final URL", async () => {
    const run = await runCliAsync([`${origin}/hop5`, "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).url).toBe(`${origin}/article`);
  });

  it("stops a gzip bomb at --max-bytes, counted after decoding", async () => {
    expectRefused(await runCliAsync([`${origin}/bomb`, "--max-bytes", "1M"]), /bomb is larger than 1 MB \(--max-bytes\)$/);
  });

  it("stops a gzip bomb at 50 MB by default", async () => {
    expectRefused(await runCliAsync([`${origin}/bomb`]), /bomb is larger than 50 MB \(--max-bytes\)$/);
  });

  it("stops an endless chunked body at --max-bytes", async () => {
    expectRefused(await runCliAsync([`${origin}/endless`, "--max-bytes", "2M"]), /endless is larger than 2 MB/);
  });

  it("gives up on a slow drip at the --timeout deadline", async () => {
    expectRefused(await runCliAsync([`${origin}/drip`, "--timeout", "1"]), /could not fetch .*\/drip: no complete response within 1 s \(--timeout\)$/);
  });

  it("refuses a redirect to file:", async () => {
    expectRefused(await runCliAsync([`${origin}/to-file`]), /refusing to follow a redirect from .*\/to-file to file: \(only http and https\)$/);
  });

  it("refuses a redirect to data:", async () => {
    expectRefused(await runCliAsync([`${origin}/to-data`]), /refusing to follow a redirect .* to data:/);
  });

  it("refuses a redirect loop after five redirects", async () => {
    expectRefused(await runCliAsync([`${origin}/loop`]), /too many redirects \(more than 5\)$/);
  });

  it("refuses a PDF by its content type", async () => {
    expectRefused(await runCliAsync([`${origin}/pdf`]), /pdf is not an HTML page \(content-type application\/pdf\)$/);
  });

  it("refuses a PDF sent as text/html by its first bytes", async () => {
    expectRefused(await runCliAsync([`${origin}/pdf-as-html`]), /pdf-as-html is not an HTML page \(it is a PDF\)$/);
  });

  it("refuses untyped binary data", async () => {
    expectRefused(await runCliAsync([`${origin}/untyped-binary`]), /untyped-binary is not an HTML page \(no content-type, and its first bytes are not HTML\)$/);
  });

  it("reads an untyped response whose first bytes are HTML", async () => {
    const run = await runCliAsync([`${origin}/untyped-article`, "--format", "json"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe(seed.expected.title);
  });

  it("applies --max-bytes to files", async () => {
    expectRefused(await runCliAsync(["tests/fixtures/seed-christian-post/source.html", "--max-bytes", "1K"]), /source\.html is larger than 1 KB \(--max-bytes\)$/);
  });

  it("applies --max-bytes to a device, which has no size to check first", async () => {
    expectRefused(await runCliAsync(["/dev/zero", "--max-bytes", "1M"]), /\/dev\/zero is larger than 1 MB \(--max-bytes\)$/);
  });

  it("applies --max-bytes to stdin", () => {
    expectRefused(runCli(["-", "--max-bytes", "1K"], seed.html), /stdin is larger than 1 KB \(--max-bytes\)$/);
  });

  it("rejects a bad --max-bytes as a usage error (exit 2)", async () => {
    const run = await runCliAsync([`${origin}/article`, "--max-bytes", "lots"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^quiet-reader: --max-bytes must be a positive size/);
  });
});

describe("--max-bytes and --timeout values", () => {
  it("takes sizes in bytes, K, M or G and seconds, with 50 MB and 30 s by default", () => {
    expect(parseArgs(["x.html"])).toMatchObject({ limits: { maxBytes: 50 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5 } });
    expect(parseArgs(["x.html", "--max-bytes", "1048577", "--timeout", "2.5"])).toMatchObject({ limits: { maxBytes: 1048577, timeoutMs: 2500 } });
    expect(parseArgs(["x.html", "--max-bytes=512K"])).toMatchObject({ limits: { maxBytes: 512 * 1024 } });
    expect(parseArgs(["x.html", "--max-bytes", "2g"])).toMatchObject({ limits: { maxBytes: 2 * 1024 ** 3 } });
  });

  it.each([
    ["--max-bytes", "0"],
    ["--max-bytes", "lots"],
    ["--max-bytes", "-1"],
    ["--max-bytes", "1.5M"],
    ["--timeout", "0"],
    ["--timeout", "-3"],
    ["--timeout", "soon"],
    ["--timeout", "1e9"],
  ])("rejects %s %s", (flag, value) => {
    expect(() => parseArgs(["x.html", flag, value])).toThrow(new RegExp(`^${flag} must be`));
  });
});
