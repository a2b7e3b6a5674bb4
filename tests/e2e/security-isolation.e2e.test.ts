/**
 * Isolation of the overlay in real Chromium: a page with a strict CSP (default-src 'none') still
 * gets a fully styled reader (constructed stylesheets are not subject to style-src), and a page
 * whose own CSS aims at the overlay's host, at every div and at inherited properties cannot
 * restyle it: the reader computes the same styles as on a plain page. Page scripts cannot see
 * into the closed shadow root, and patching attachShadow in the page's world catches nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFixture, normalise } from "../helpers/fixtures.js";
import { evaluateInContentScript, FIXTURES_ROOT, launchBrowser, openReaderViaPopup, startFixtureServer, type ExtensionBrowser, type FixtureServer } from "./harness/index.js";

let eb: ExtensionBrowser;
let server: FixtureServer;
const fixture = loadFixture("hostile-pages");
const html = readFileSync(join(FIXTURES_ROOT, "hostile-pages", "source.html"), "utf8");
const plainHtml = html.replace(/<style>[\s\S]*?<\/style>/, "");

beforeAll(async () => {
  server = await startFixtureServer();
  eb = await launchBrowser();
  const headers = { "content-type": "text/html; charset=utf-8" };
  server.route("/isolation/plain.html", { headers, body: plainHtml });
  server.route("/isolation/hostile-css.html", { headers, body: html });
  server.route("/isolation/strict-csp.html", { headers: { ...headers, "content-security-policy": "default-src 'none'" }, body: plainHtml });
  server.route("/isolation/spy.html", {
    headers,
    body: plainHtml.replace("<head>", `<head><script>window.__roots = [];const original = Element.prototype.attachShadow;Element.prototype.attachShadow = function (init) { const root = original.call(this, init); window.__roots.push(root); return root; };</script>`),
  });
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

/** Opens the reader on `path` and returns what it computes, plus the host's own computed style. */
async function readerStyles(path: string) {
  const page = await eb.newPage(server.url(path));
  const { popup, reader } = await openReaderViaPopup(eb, page);
  const host = await evaluateInContentScript(page, eb.extensionId, () => {
    const el = document.querySelector("[data-quiet-reader]");
    if (!el) return null;
    const s = getComputedStyle(el);
    return { display: s.display, position: s.position, opacity: s.opacity, visibility: s.visibility, zIndex: s.zIndex, transform: s.transform, filter: s.filter, clipPath: s.clipPath, pointerEvents: s.pointerEvents };
  });
  await popup.close();
  await page.close();
  return { reader, host };
}

describe("the overlay's styles", () => {
  it("are applied in full on a page whose CSP is default-src 'none'", async () => {
    const plain = await readerStyles("/isolation/plain.html");
    const strict = await readerStyles("/isolation/strict-csp.html");
    expect(strict.reader.open).toBe(true);
    expect(normalise(strict.reader.text)).toContain(normalise(fixture.expected.mustKeep[0]!));
    expect(strict.reader.style).not.toBeNull();
    expect(strict.reader.style).toEqual(plain.reader.style);
    // Styled, not browser defaults: a set background and the reader's type size.
    expect(strict.reader.style!.background).not.toBe("rgba(0, 0, 0, 0)");
    expect(strict.reader.style!.fontSize).not.toBe("16px");
    expect(strict.host).toEqual(plain.host);
  });

  it("cannot be changed by the page's own CSS", async () => {
    const plain = await readerStyles("/isolation/plain.html");
    const hostile = await readerStyles("/isolation/hostile-css.html");
    expect(hostile.reader.open).toBe(true);
    expect(hostile.reader.style).toEqual(plain.reader.style);
    expect(hostile.host).toEqual(plain.host);
    expect(hostile.host).toMatchObject({ display: "block", position: "fixed", opacity: "1", visibility: "visible", transform: "none", filter: "none" });
  });
});

describe("page scripts", () => {
  it("cannot reach the closed shadow root, not even by patching attachShadow first", async () => {
    const page = await eb.newPage(server.url("/isolation/spy.html"));
    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(reader.open).toBe(true);
    const seen = await page.evaluate(() => ({
      captured: (window as unknown as { __roots: unknown[] }).__roots.length,
      shadowRoot: document.querySelector("[data-quiet-reader]")?.shadowRoot ?? null,
      text: document.querySelector("[data-quiet-reader]")?.textContent ?? "",
    }));
    expect(seen).toEqual({ captured: 0, shadowRoot: null, text: "" });
    await popup.close();
    await page.close();
  });
});
