/**
 * Isolation of the overlay in real Chromium: a page with a strict CSP (default-src 'none') still
 * gets a fully styled reader (constructed stylesheets are not subject to style-src), and a page
 * whose own CSS aims at the overlay's host, at every div and at inherited properties cannot
 * restyle it: the reader computes the same styles as on a plain page. Page scripts cannot see
 * into the closed shadow root, and patching attachShadow in the page's world catches nothing.
 * Events a page script makes up (isTrusted false) do not drive the reader; the user's own key
 * press does. The saved library lives in the extension's origin: the page's world sees no
 * database of it, cannot fetch the library page and has no extension storage API.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFixture, normalise } from "../helpers/fixtures.js";
import {
  evaluateInContentScript,
  FIXTURES_ROOT,
  inspectReader,
  launchBrowser,
  openPopup,
  openReaderViaPopup,
  pageViewState,
  pressEscape,
  startFixtureServer,
  triggerAction,
  type ExtensionBrowser,
  type FixtureServer,
} from "./harness/index.js";
import { LIBRARY_DB_NAME } from "../../src/storage/library-db.js";

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

describe("events a page script makes up", () => {
  it("do not close the reader or change its settings; the user's own Esc still closes it", async () => {
    const page = await eb.newPage(server.url("/isolation/plain.html"));
    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(reader.open).toBe(true);
    const locked = await pageViewState(page);
    const reached = await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>("[data-quiet-reader]")!;
      // Focus is in the reader, which the page sees as its host.
      const activeIsHost = document.activeElement === host;
      const keys = ["Escape", "+", "-", "t", "?", "r", "End", " "];
      const targets: EventTarget[] = [document, document.documentElement, document.body, host, document.activeElement ?? document];
      let dispatched = 0;
      for (const target of targets) {
        for (const key of keys) {
          target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, composed: true }));
          dispatched++;
        }
      }
      // Clicks on whatever the page can reach: the host, the element at the overlay's close
      // button's corner (retargeted to the host), the body; and the print events.
      const { right, top } = host.getBoundingClientRect();
      for (const target of [host, document.elementFromPoint(right - 20, top + 20), document.body]) {
        (target as HTMLElement | null)?.click();
        target?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, composed: true }));
      }
      window.dispatchEvent(new Event("beforeprint"));
      return { dispatched, activeIsHost };
    });
    expect(reached).toEqual({ dispatched: 40, activeIsHost: true });
    const after = await inspectReader(eb, page);
    expect(after.open).toBe(true);
    expect(after.settings).toEqual(reader.settings);
    expect(after.panels).toEqual([]);
    expect(after.readAloud).toBe("idle");
    expect(after.scrollTop).toBe(reader.scrollTop);
    // A fake beforeprint did not lift the scroll lock.
    expect(await pageViewState(page)).toEqual(locked);

    await pressEscape(page);
    expect((await inspectReader(eb, page)).open).toBe(false);
    await popup.close();
    await page.close();
  });
});

describe("the saved library", () => {
  it("is out of the page's reach: no database of it, no fetch of the library page, no extension storage", async () => {
    const page = await eb.newPage(server.url("/isolation/plain.html"));
    await triggerAction(eb, page);
    const popup = await openPopup(eb, page);
    await popup.page.locator("#save-article").click();
    await popup.page.waitForFunction(() => /Saved|Updated/.test(document.getElementById("save-status")?.textContent ?? ""));
    // The test is not vacuous: the article is in the extension's database.
    const stored = await eb.evaluateInExtension(async (name) => (await indexedDB.databases()).some((db) => db.name === name), LIBRARY_DB_NAME);
    expect(stored).toBe(true);

    const probe = await page.evaluate(
      async ({ extensionId, dbName }) => {
        const databases = (await indexedDB.databases()).map((db) => db.name);
        const fetched: Record<string, string> = {};
        for (const path of ["library/library.html", "library/library.js", "manifest.json", "content.js"]) {
          fetched[path] = await fetch(`chrome-extension://${extensionId}/${path}`).then(
            (response) => `status ${response.status}`,
            () => "refused",
          );
        }
        // Opening the name in the page's origin makes a new, empty database there, not the library.
        const stores = await new Promise<number>((resolve, reject) => {
          const request = indexedDB.open(dbName);
          request.onsuccess = () => {
            const count = request.result.objectStoreNames.length;
            request.result.close();
            indexedDB.deleteDatabase(dbName);
            resolve(count);
          };
          request.onerror = () => reject(request.error);
        });
        const w = window as unknown as { chrome?: { storage?: unknown; runtime?: unknown }; browser?: unknown };
        return {
          databases,
          fetched,
          stores,
          chromeStorage: typeof w.chrome?.storage,
          chromeRuntime: typeof w.chrome?.runtime,
          browser: typeof w.browser,
          localStorage: Object.keys(localStorage),
        };
      },
      { extensionId: eb.extensionId, dbName: LIBRARY_DB_NAME },
    );
    expect(probe).toEqual({
      databases: [],
      fetched: { "library/library.html": "refused", "library/library.js": "refused", "manifest.json": "refused", "content.js": "refused" },
      stores: 0,
      chromeStorage: "undefined",
      chromeRuntime: "undefined",
      browser: "undefined",
      localStorage: [],
    });
    await popup.close();
    await page.close();
  });
});
