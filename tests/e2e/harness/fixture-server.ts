/**
 * A local HTTP server on 127.0.0.1 (random port) that serves tests/fixtures/ to the test
 * browser, so pages load over real http:// like a news site would. It records every request,
 * so a test can assert that something was NOT fetched (e.g. a marker URL in an XSS fixture),
 * and lets a test add its own routes (custom headers such as a strict CSP, redirects, 404s).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { ROOT } from "./launch-browser.js";

export const FIXTURES_ROOT = join(ROOT, "tests", "fixtures");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
};

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent (e.g. "/seed-christian-post/source.html?x=1"). */
  url: string;
  /** Only the path, decoded. */
  path: string;
  headers: IncomingMessage["headers"];
  /** The status the server answered with (0 until the answer is sent). */
  status: number;
}

/** A canned answer for a route. `body` may be a string or bytes. */
export interface CannedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export type RouteHandler = CannedResponse | ((req: IncomingMessage, res: ServerResponse) => void | Promise<void>);

export interface FixtureServer {
  /** e.g. "http://127.0.0.1:41234" */
  readonly origin: string;
  /** Every request so far, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Absolute URL for a path on this server ("/a/b.html" or "a/b.html"). */
  url(path: string): string;
  /** URL of a fixture page: /<name>/source.html */
  fixtureUrl(name: string): string;
  /** Serve `handler` at exactly `path` (path only, no query), in front of the fixture files. */
  route(path: string, handler: RouteHandler): void;
  /** Whether any request so far had this path (or matched the predicate). */
  wasRequested(match: string | ((request: RecordedRequest) => boolean)): boolean;
  clearRequests(): void;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Folder to serve. Default tests/fixtures. */
  root?: string;
}

function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/** The file a request path maps to, or null when it would leave the root. */
function resolveInRoot(root: string, path: string): string | null {
  const target = resolve(root, "." + normalize(path));
  return target === root || target.startsWith(root + sep) ? target : null;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = resolve(options.root ?? FIXTURES_ROOT);
  const requests: RecordedRequest[] = [];
  const routes = new Map<string, RouteHandler>();

  async function serveFile(path: string, res: ServerResponse): Promise<void> {
    let file = resolveInRoot(root, path);
    if (file && (await stat(file).then((s) => s.isDirectory(), () => false))) file = join(file, "index.html");
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": contentType(file), "cache-control": "no-store" });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const parsed = new URL(req.url ?? "/", "http://127.0.0.1");
    let path: string;
    try {
      path = decodeURIComponent(parsed.pathname);
    } catch {
      path = parsed.pathname;
    }
    // Recorded on arrival (a request counts even if the browser gives up on it).
    const record: RecordedRequest = { method: req.method ?? "GET", url: req.url ?? "/", path, headers: req.headers, status: 0 };
    requests.push(record);
    res.on("finish", () => void (record.status = res.statusCode));
    const route = routes.get(path);
    if (typeof route === "function") return route(req, res);
    if (route) {
      res.writeHead(route.status ?? 200, { "cache-control": "no-store", ...(route.headers ?? {}) });
      res.end(route.body ?? "");
      return;
    }
    return serveFile(path, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(String(error));
    });
  });
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ready());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    requests,
    url: (path) => new URL(path.startsWith("/") ? path : `/${path}`, origin).href,
    fixtureUrl: (name) => `${origin}/${encodeURIComponent(name)}/source.html`,
    route: (path, handler) => void routes.set(path, handler),
    wasRequested: (match) => requests.some(typeof match === "string" ? (r) => r.path === match : match),
    clearRequests: () => void requests.splice(0, requests.length),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
