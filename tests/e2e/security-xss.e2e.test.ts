/**
 * The XSS corpus (tests/fixtures/xss-*) in real Chromium with the extension open on each page.
 * The pages are hostile and run their own payloads while they load; that is the page's own
 * business. What the reader adds must run nothing: after the page has settled, opening the
 * reader must cause no request to a marker URL on the test server, no dialog and no console
 * marker, and the article it shows must keep every sanitizer invariant. The main world must
 * have no way to reach the extension's APIs or drive the reader.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFixture, normalise } from "../helpers/fixtures.js";
import { sanitizerViolations } from "../helpers/sanitizer-invariants.js";
import {
  evaluateInContentScript,
  FIXTURES_ROOT,
  inspectReader,
  launchBrowser,
  openPopup,
  openReaderViaPopup,
  startFixtureServer,
  triggerAction,
  type ExtensionBrowser,
  type FixtureServer,
} from "./harness/index.js";

const PAGES = ["xss-scripts", "xss-urls", "xss-namespaces", "xss-clobbering"] as const;
/** Long enough for image errors, animations, toggles and refreshes the overlay could trigger. */
const SETTLE_MS = 1_500;
/** Attributes the overlay adds to the sanitized article it renders (enlargeable images). */
const OVERLAY_DECORATIONS = ["class", "tabindex", "role", "aria-label"];

let served = 0;
let eb: ExtensionBrowser;
let server: FixtureServer;

/** Runs in the page before its own markup: records custom-element upgrades and message attempts. */
const PAGE_SPY = `<script>
  window.__spy = { upgrades: 0, messages: 0 };
  try {
    customElements.define("x-spy", class extends HTMLParagraphElement { constructor() { super(); window.__spy.upgrades++; } }, { extends: "p" });
  } catch (e) {}
</script>`;

function servePage(name: string, edit: (html: string) => string = (html) => html): string {
  const path = `/security/${name}-${served++}.html`;
  const html = edit(readFileSync(join(FIXTURES_ROOT, name, "source.html"), "utf8"))
    .replaceAll("MARKER_ORIGIN", server.origin)
    .replace("<head>", `<head>${PAGE_SPY}`)
    .replace("</article>", '<p is="x-spy">A paragraph that names a page-defined customized element.</p></article>');
  server.route(path, { headers: { "content-type": "text/html; charset=utf-8" }, body: html });
  return server.url(path);
}

interface Watch {
  dialogs: string[];
  markers: string[];
}

/** Dialogs and console markers from now on (dialogs are dismissed so the page never blocks). */
function watch(page: Page): Watch {
  const seen: Watch = { dialogs: [], markers: [] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => {});
  });
  page.on("console", (message) => {
    if (message.text().includes("XSS-MARKER")) seen.markers.push(message.text());
  });
  return seen;
}

const markerRequests = (): string[] => server.requests.filter((r) => r.path.startsWith("/marker/")).map((r) => r.path);

beforeAll(async () => {
  server = await startFixtureServer();
  eb = await launchBrowser();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe.each(PAGES)("reader view on the XSS page %s", (name) => {
  it("executes no payload, loads no marker URL and shows a sanitized article", async () => {
    const fixture = loadFixture(name);
    const page = await eb.newPage();
    const seen = watch(page);
    await page.goto(servePage(name), { waitUntil: "load" });
    await page.waitForTimeout(SETTLE_MS);
    // What the page ran on its own while loading is not the reader's doing: start counting now.
    server.clearRequests();
    seen.dialogs.length = 0;
    seen.markers.length = 0;
    const upgradesBefore = await page.evaluate(() => (window as unknown as { __spy: { upgrades: number } }).__spy.upgrades);

    const { popup, reader } = await openReaderViaPopup(eb, page);
    await page.waitForTimeout(SETTLE_MS);

    // The test is not vacuous: the reader really shows this article.
    expect(reader.open).toBe(true);
    const text = normalise(reader.text);
    for (const sentence of fixture.expected.mustKeep) expect(text).toContain(normalise(sentence));

    expect(markerRequests()).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.markers).toEqual([]);
    expect(sanitizerViolations(reader.html, { extraAttributes: OVERLAY_DECORATIONS })).toEqual([]);
    // A page-defined customized built-in never upgrades an element of the article.
    expect(await page.evaluate(() => (window as unknown as { __spy: { upgrades: number } }).__spy.upgrades)).toBe(upgradesBefore);
    const again = await inspectReader(eb, page);
    expect(again.open).toBe(true);
    await popup.close();
    await page.close();
  });
});

/** The clobbering page's article, with nothing but `payload` added at its end. */
function servePayload(payload: string): string {
  return servePage("xss-clobbering", (html) => html.replace(/<!--payload:[\s\S]*?<!--\/payload-->/g, "").replace("</article>", `${payload}</article>`));
}

describe("DOM clobbering", () => {
  it("an element with id=__quietReader does not stop the reader from opening, nor replace its handle", async () => {
    const fixture = loadFixture("xss-clobbering");
    const page = await eb.newPage(servePayload('<div id="__quietReader">id __quietReader</div>'));
    // The clobbering is real: in the page's world the name is the element.
    expect(await page.evaluate(() => String((window as unknown as { __quietReader: unknown }).__quietReader))).toBe("[object HTMLDivElement]");
    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(reader.open).toBe(true);
    expect(normalise(reader.text)).toContain(normalise(fixture.expected.mustKeep[0]!));
    // In the content script's world the name is the script's own handle, not the element.
    expect(await evaluateInContentScript(page, eb.extensionId, () => Object.hasOwn(globalThis, "__quietReader") && typeof globalThis.__quietReader?.inspect === "function")).toBe(true);
    await popup.close();
    await page.close();
  });

  it("form controls named after the form's own DOM properties (parentNode…) do not hang the tab or deny the reader", async () => {
    const fixture = loadFixture("xss-clobbering");
    const page = await eb.newPage(servePayload('<form id="f"><input name="parentNode"><input name="attributes"><img name="nodeName" alt=""></form><input form="f" name="parentElement">'));
    // The clobbering is real: the form's parentNode is its own control.
    expect(await page.evaluate(() => String(document.getElementById("f")!.parentNode))).toBe("[object HTMLInputElement]");
    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(reader.open).toBe(true);
    for (const sentence of fixture.expected.mustKeep) expect(normalise(reader.text)).toContain(normalise(sentence));
    // The page itself is left as it was.
    expect(await page.evaluate(() => document.querySelectorAll('form [name="parentNode"], [name="parentElement"]').length)).toBe(2);
    await popup.close();
    await page.close();
  });

  it("the same form controls do not hang a save from the popup before the reader was ever opened", async () => {
    const fixture = loadFixture("xss-clobbering");
    const page = await eb.newPage(servePayload('<form><input name="parentNode"><input name="childNodes"></form>'));
    await triggerAction(eb, page);
    const popup = await openPopup(eb, page);
    await popup.page.locator("#save-article").click();
    await popup.page.waitForFunction(() => /Saved|Updated/.test(document.getElementById("save-status")?.textContent ?? ""));
    expect(await popup.page.locator("#save-status").textContent()).toContain(fixture.expected.title!);
    await popup.close();
    await page.close();
  });
});

describe("the page's own world", () => {
  it("has no extension API, and cannot message or drive the reader", async () => {
    const page = await eb.newPage(servePage("xss-scripts"));
    const { popup } = await openReaderViaPopup(eb, page);
    const probe = await page.evaluate(async (extensionId) => {
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } }; browser?: unknown };
      let sendThrew = false;
      try {
        // @ts-expect-error: the page has no typed chrome API
        await chrome.runtime.sendMessage(extensionId, { type: "reader/close" });
      } catch {
        sendThrew = true;
      }
      // The messages the extension understands, posted the ways a page can post them.
      window.postMessage({ type: "reader/close" }, "*");
      document.dispatchEvent(new CustomEvent("reader/close", { detail: { type: "reader/close" } }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return {
        runtime: typeof w.chrome?.runtime,
        sendMessage: typeof w.chrome?.runtime?.sendMessage,
        browser: typeof w.browser,
        sendThrew,
        quietReader: "__quietReader" in window,
      };
    }, eb.extensionId);
    expect(probe).toEqual({ runtime: "undefined", sendMessage: "undefined", browser: "undefined", sendThrew: true, quietReader: false });
    expect((await inspectReader(eb, page)).open).toBe(true);
    await popup.close();
    await page.close();
  });
});
