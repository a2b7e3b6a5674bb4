/**
 * The shipped build (dist/chrome, `npm run build`), not the test build the rest of the suite
 * loads: without the test hooks (no `__quietReader` handle, no exception to the trusted-input
 * gate; tests/unit/shipped-bundles.test.ts greps for them) the reader still opens from the
 * popup, closes with Esc (trusted input), and a second injection of content.js starts no
 * second reader (the single-instance mark is a symbol now, not the handle: without it this
 * test saw two overlays), and chrome://extensions lists no error. Seen from outside only: the overlay's host in the page's DOM.
 */
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateInContentScript, extensionsPageReport, launchBrowser, openPopup, overlayHostCount, pressEscape, ROOT, startFixtureServer, triggerAction, type ExtensionBrowser, type ExtensionGlobal, type FixtureServer } from "./harness/index.js";

/** $QR_SHIPPED_DIST/chrome, default dist/chrome. */
const SHIPPED = join(process.env.QR_SHIPPED_DIST ? resolve(process.env.QR_SHIPPED_DIST) : join(ROOT, "dist"), "chrome");

let eb: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  eb = await launchBrowser({ extensionDir: SHIPPED });
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

describe("the shipped build in Chromium", () => {
  it("opens the reader from the popup, closes it with Esc and opens it again, with no test handle in the content script's world", async () => {
    const page = await eb.newPage(server.fixtureUrl("seed-christian-post"));
    let tabId = -1;
    const toggle = async () => {
      await triggerAction(eb, page);
      const popup = await openPopup(eb, page);
      tabId = popup.tabId;
      await popup.clickToggle();
      await popup.close();
    };
    await toggle();
    await page.waitForFunction(() => document.querySelectorAll("[data-quiet-reader]").length === 1);
    expect(await evaluateInContentScript(page, eb.extensionId, () => Object.hasOwn(globalThis, "__quietReader"))).toBe(false);

    await pressEscape(page);
    await page.waitForFunction(() => document.querySelectorAll("[data-quiet-reader]").length === 0);

    // content.js injected a second time (as a racing second click could) must not start a
    // second reader: the first instance stays in charge, so one toggle shows one overlay.
    await eb.evaluateInExtension(async (id: number) => {
      await (globalThis as ExtensionGlobal).chrome.scripting.executeScript({ target: { tabId: id }, files: ["/content.js"] });
    }, tabId);
    await pressEscape(page);
    await toggle();
    await page.waitForFunction(() => document.querySelectorAll("[data-quiet-reader]").length >= 1);
    await page.waitForTimeout(300);
    expect(await overlayHostCount(page)).toBe(1);
    expect(await extensionsPageReport(eb)).toEqual({ state: "ENABLED", manifestErrors: [], installWarnings: [], runtimeErrors: [], runtimeWarnings: [] });
  });
});
