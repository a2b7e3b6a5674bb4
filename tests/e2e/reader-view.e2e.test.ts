/**
 * The reader view in a real Chromium, opened the way a user opens it: a click on the toolbar
 * button (which grants activeTab), then the popup's button. Checks what the overlay shows on
 * the seed news page, that Esc puts the page back exactly, that nothing is injected before
 * the user asks, and the popup's messages for pages without an article or where extensions
 * cannot run. Also: chrome://extensions shows the build without errors or warnings.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFixture, normalise } from "../helpers/fixtures.js";
import {
  collectExtensionErrors,
  extensionsPageReport,
  hasContentScript,
  inspectReader,
  launchBrowser,
  openPopup,
  openReaderViaPopup,
  overlayHostCount,
  pageViewState,
  pressEscape,
  ROOT,
  startFixtureServer,
  triggerAction,
  type ExtensionBrowser,
  type FixtureServer,
} from "./harness/index.js";

const messages = JSON.parse(readFileSync(join(ROOT, "src/_locales/en/messages.json"), "utf8")) as Record<string, { message: string }>;
const ui = (key: string): string => messages[key]!.message;

const seed = loadFixture("seed-christian-post");

let eb: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  eb = await launchBrowser();
  await collectExtensionErrors(eb);
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

async function openSeedPage(): Promise<Page> {
  return eb.newPage(server.fixtureUrl(seed.name));
}

describe("the extension in Chromium", () => {
  it("loads with its service worker running and chrome://extensions listing no errors or warnings", async () => {
    const worker = await eb.serviceWorker();
    expect(worker.url()).toBe(eb.extensionUrl("background.js"));
    expect(await extensionsPageReport(eb)).toEqual({ state: "ENABLED", manifestErrors: [], installWarnings: [], runtimeErrors: [], runtimeWarnings: [] });
  });

  it("injects nothing into a page until the user presses the popup's button", async () => {
    const page = await openSeedPage();
    expect(await hasContentScript(page, eb.extensionId)).toBe(false);
    // A toolbar click and the popup opening are not yet a request to read.
    await triggerAction(eb, page);
    const popup = await openPopup(eb, page);
    expect(await popup.isButtonEnabled()).toBe(true);
    expect(await hasContentScript(page, eb.extensionId)).toBe(false);
    expect(await overlayHostCount(page)).toBe(0);
    await popup.clickToggle();
    expect(await hasContentScript(page, eb.extensionId)).toBe(true);
    // The content script's global lives in its isolated world only.
    expect(await page.evaluate(() => "__quietReader" in globalThis)).toBe(false);
    await popup.close();
    await page.close();
  });
});

describe("reader view on the seed news page", () => {
  // The title, every sentence, no banners, one closed host and the popup's "Close reader view":
  // the shared scenario in scenarios/user-paths.ts (run here by chromium-user-paths.e2e.test.ts
  // and in Firefox by firefox-user-paths.e2e.test.ts).

  it("closes on Esc and puts the page back: no host element, same scroll position, same <html> and <body> style", async () => {
    const page = await openSeedPage();
    await page.evaluate(() => {
      document.documentElement.setAttribute("style", "scroll-padding-top: 12px; --site-accent: #c00");
      document.body.style.minHeight = "3000px"; // long enough to scroll on any viewport
      window.scrollTo(0, 640);
    });
    const before = await pageViewState(page);
    expect(before.scrollY).toBe(640);

    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(reader.open).toBe(true);
    expect((await pageViewState(page)).htmlStyle).toContain("overflow: hidden");

    await pressEscape(page);
    expect(await overlayHostCount(page)).toBe(0);
    expect((await inspectReader(eb, page)).open).toBe(false);
    expect(await pageViewState(page)).toEqual(before);
    await popup.close();
    await page.close();
  });

  it("leaves a page without inline style without a style attribute after closing", async () => {
    const page = await openSeedPage();
    const before = await pageViewState(page);
    expect(before.htmlStyle).toBeNull();
    const { popup } = await openReaderViaPopup(eb, page);
    await pressEscape(page);
    expect(await pageViewState(page)).toEqual(before);
    await popup.close();
    await page.close();
  });

  it("re-opens on a second toggle without extracting the page again", async () => {
    const page = await openSeedPage();
    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(reader).toMatchObject({ open: true, extractions: 1 });
    await popup.clickToggle(); // close
    expect(await inspectReader(eb, page)).toMatchObject({ open: false, extractions: 1 });
    expect(await popup.button.textContent()).toBe(ui("openReader"));
    await popup.clickToggle(); // open again
    const again = await inspectReader(eb, page);
    expect(again).toMatchObject({ open: true, extractions: 1, title: seed.expected.title });
    expect(again.text).toBe(reader.text);
    expect(await overlayHostCount(page)).toBe(1);
    await popup.close();
    await page.close();
  });
});

describe("the popup's messages", () => {
  it("says there is no article on a page without one, in the popup and in the overlay", async () => {
    const page = await eb.newPage(server.fixtureUrl("no-article"));
    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(await popup.messageText()).toBe(ui("noArticleFound"));
    expect(reader.open).toBe(true);
    expect(reader.title).toBeNull();
    expect(normalise(reader.text)).toContain(ui("noArticleFound"));
    await popup.close();
    await page.close();
  });

  it("on a browser page (chrome://version) says that extensions cannot run there, and opens nothing", async () => {
    const page = await eb.newPage("chrome://version/");
    await triggerAction(eb, page);
    const popup = await openPopup(eb, page);
    // activeTab is never granted on chrome:// pages, so the URL stays hidden: the popup says so
    // on opening and offers no button to press.
    expect(await popup.messageText()).toBe(ui("restrictedBrowserPage"));
    expect(await popup.isButtonEnabled()).toBe(false);
    expect(await popup.button.getAttribute("aria-pressed")).not.toBe("true");
    expect(await popup.button.textContent()).toBe(ui("openReader"));
    await popup.close();
    await page.close();
  });
});

describe("after the whole session", () => {
  it("chrome://extensions still lists no errors, and the service worker logged none", async () => {
    expect(await extensionsPageReport(eb)).toMatchObject({ state: "ENABLED", manifestErrors: [], installWarnings: [], runtimeErrors: [] });
    expect(eb.serviceWorkerErrors).toEqual([]);
  });
});
