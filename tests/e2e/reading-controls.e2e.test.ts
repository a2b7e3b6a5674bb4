/**
 * The reading view's controls in a real Chromium: popup quick controls reach every open
 * overlay live, keyboard shortcuts, the removed-blocks audit panel, the table of contents,
 * the focus trap, right-to-left articles, and the element picker's per-site rule (kept
 * across a reload, listed and deletable in the options page).
 */
import { JSDOM } from "jsdom";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withoutStyles } from "../../src/cli/extract-from-html.js";
import { extractArticle } from "../../src/core/extract-article.js";
import { PALETTES } from "../../src/settings/themes.js";
import { loadFixture } from "../helpers/fixtures.js";
import {
  evaluateInContentScript,
  inspectReader,
  launchBrowser,
  openReaderViaPopup,
  startFixtureServer,
  type ExtensionBrowser,
  type ExtensionGlobal,
  type FixtureServer,
} from "./harness/index.js";

let eb: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  eb = await launchBrowser();
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

beforeEach(async () => {
  await eb.evaluateInExtension(() => (globalThis as ExtensionGlobal).chrome.storage.sync.clear());
});

/** "#rrggbb" → the "rgb(r, g, b)" that getComputedStyle reports. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

type Handle = { click(selector: string, index?: number): boolean; pick(selector: string, index?: number): boolean; headingOffset(index: number): number | null };

/** Runs one of the content script's test hooks (the overlay's shadow root is closed). */
function hook<R>(page: Page, fn: (qr: Handle) => R): Promise<R> {
  return evaluateInContentScript(page, eb.extensionId, (source: string) => {
    const qr = (globalThis as unknown as { __quietReader: Handle }).__quietReader;
    return (0, eval)(`(${source})`)(qr) as R;
  }, fn.toString());
}

async function clickInReader(page: Page, selector: string, index = 0): Promise<void> {
  const clicked = await evaluateInContentScript(page, eb.extensionId, ([s, i]: [string, number]) => (globalThis as unknown as { __quietReader: Handle }).__quietReader.click(s, i), [selector, index] as [string, number]);
  expect(clicked, `nothing matches ${selector} [${index}] in the reader`).toBe(true);
}

describe("quick controls in the popup", () => {
  it("change font size, width and theme of every open overlay live", async () => {
    const first = await eb.newPage(server.fixtureUrl("seed-christian-post"));
    const second = await eb.newPage(server.fixtureUrl("reading-long-article"));
    const { popup } = await openReaderViaPopup(eb, first);
    const other = await openReaderViaPopup(eb, second);
    const before = await inspectReader(eb, first);
    expect(before.style).toMatchObject({ fontSize: "20px", background: rgb(PALETTES.light.bg) });

    await popup.page.click("#font-larger");
    await popup.page.click("#font-larger");
    await popup.page.click("#width-wider");
    await popup.page.selectOption("#quick-theme", "dark");

    for (const page of [first, second]) {
      await expect.poll(async () => (await inspectReader(eb, page)).style).toMatchObject({
        fontSize: "24px",
        background: rgb(PALETTES.dark.bg),
        color: rgb(PALETTES.dark.fg),
      });
    }
    const after = await inspectReader(eb, first);
    expect(Number.parseFloat(after.style!.maxWidth)).toBeGreaterThan(Number.parseFloat(before.style!.maxWidth));
    expect(await popup.page.locator("#font-size-value").textContent()).toBe("24px");
    await Promise.all([popup.close(), other.popup.close(), first.close(), second.close()]);
  });
});

describe("the system theme", () => {
  it("follows the operating system's light or dark preference while open", async () => {
    await eb.evaluateInExtension(() => (globalThis as ExtensionGlobal).chrome.storage.sync.set({ settings: { theme: "system" } }));
    const page = await eb.newPage(server.fixtureUrl("reading-long-article"));
    await page.emulateMedia({ colorScheme: "light" });
    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(reader.style?.background).toBe(rgb(PALETTES.light.bg));
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(async () => (await inspectReader(eb, page)).style?.background).toBe(rgb(PALETTES.dark.bg));
    await Promise.all([popup.close(), page.close()]);
  });
});

describe("keyboard", () => {
  it("+ and - change the font size, t cycles the theme, ? shows the shortcuts, Esc closes", async () => {
    const page = await eb.newPage(server.fixtureUrl("reading-long-article"));
    const { popup } = await openReaderViaPopup(eb, page);
    await page.bringToFront();
    await page.keyboard.press("+");
    await expect.poll(async () => (await inspectReader(eb, page)).style?.fontSize).toBe("22px");
    await page.keyboard.press("-");
    await page.keyboard.press("-");
    await expect.poll(async () => (await inspectReader(eb, page)).style?.fontSize).toBe("18px");
    await page.keyboard.press("t");
    await expect.poll(async () => (await inspectReader(eb, page)).theme).toBe("sepia");
    // The change is stored, for every other overlay and the next visit.
    const stored = await eb.evaluateInExtension(() => (globalThis as ExtensionGlobal).chrome.storage.sync.get("settings"));
    expect(stored.settings).toMatchObject({ fontSize: 18, theme: "sepia" });

    // Scrolling keys work with focus on the dialog itself.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Space");
    await expect.poll(async () => (await inspectReader(eb, page)).scrollTop).toBeGreaterThan(100);

    await page.keyboard.press("?");
    expect((await inspectReader(eb, page)).panels).toEqual(["help"]);
    // Esc closes the innermost thing first: the panel, then the reader.
    await page.keyboard.press("Escape");
    expect((await inspectReader(eb, page)).panels).toEqual([]);
    expect((await inspectReader(eb, page)).open).toBe(true);
    await page.keyboard.press("Escape");
    expect((await inspectReader(eb, page)).open).toBe(false);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe("the removed-blocks panel", () => {
  it("lists exactly the blocks the clutter step removed, with their reasons, and reveals one inline", async () => {
    const fixture = loadFixture("seed-christian-post");
    const dom = new JSDOM(withoutStyles(fixture.html), { url: server.fixtureUrl(fixture.name) });
    const expected = extractArticle(dom.window.document)!.removed;
    expect(expected.length).toBeGreaterThan(0);

    const page = await eb.newPage(server.fixtureUrl(fixture.name));
    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(reader.removed.count).toBe(expected.length);
    expect(reader.removed.items.map(({ reason, text }) => ({ reason, text }))).toEqual(expected);
    expect(reader.removed.items.every((item) => item.label !== item.reason)).toBe(true);
    expect(reader.text).toContain(`${expected.length} blocks hidden`);

    await clickInReader(page, ".qr-removed-toggle");
    expect((await inspectReader(eb, page)).removed.open).toBe(true);
    await clickInReader(page, ".qr-removed-reveal", 0);
    const revealed = await inspectReader(eb, page);
    expect(revealed.removed.revealed).toBe(1);
    expect(revealed.html).toContain("qr-revealed");
    expect(revealed.text.replace(/\s+/g, " ")).toContain(expected[0]!.text.slice(0, 40));
    await Promise.all([popup.close(), page.close()]);
  });
});

describe("table of contents", () => {
  it("lists the headings and jumps to the one clicked, moving focus there", async () => {
    const page = await eb.newPage(server.fixtureUrl("reading-long-article"));
    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(reader.toc).toEqual(["Why the river matters", "The new flood plan", "What residents said", "Next steps"]);
    const offsetBefore = await hook(page, (qr) => qr.headingOffset(3));
    expect(offsetBefore).toBeGreaterThan(800);
    await clickInReader(page, ".qr-toc summary");
    await clickInReader(page, ".qr-toc-entry", 3);
    const offset = await hook(page, (qr) => qr.headingOffset(3));
    // The heading now sits just below the sticky toolbar.
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThan(120);
    const after = await inspectReader(eb, page);
    expect(after.scrollTop).toBeGreaterThan(0);
    expect(after.focused).toContain("Next steps");
    await Promise.all([popup.close(), page.close()]);
  });
});

describe("focus", () => {
  it("stays inside the reader dialog however often Tab or Shift+Tab is pressed", async () => {
    const page = await eb.newPage(server.fixtureUrl("seed-christian-post"));
    const { popup } = await openReaderViaPopup(eb, page);
    await page.bringToFront();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const { focused } = await inspectReader(eb, page);
      expect(focused, `after ${i + 1} Tab presses`).not.toBeNull();
      seen.add(focused!);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-quiet-reader"))).toBe(true);
    }
    // It cycled through the controls (not stuck on one).
    expect(seen.size).toBeGreaterThan(5);
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press("Shift+Tab");
      expect((await inspectReader(eb, page)).focused).not.toBeNull();
    }
    await Promise.all([popup.close(), page.close()]);
  });
});

describe("right-to-left articles", () => {
  it("render right to left", async () => {
    const page = await eb.newPage(server.fixtureUrl("reading-rtl-article"));
    const { popup, reader } = await openReaderViaPopup(eb, page);
    expect(reader.dir).toBe("rtl");
    expect(reader.style?.direction).toBe("rtl");
    await Promise.all([popup.close(), page.close()]);
  });
});

describe("hiding an element", () => {
  it("keeps a picked element hidden on reload of the same site, and the options page lists and deletes the rule", async () => {
    const url = server.fixtureUrl("reading-long-article");
    const page = await eb.newPage(url);
    const first = await openReaderViaPopup(eb, page);
    const target = "Not everyone is convinced.";
    const paragraphs = Array.from(new JSDOM(first.reader.html).window.document.querySelectorAll("p"));
    const index = paragraphs.findIndex((p) => p.textContent!.startsWith(target));
    expect(index).toBeGreaterThan(0);
    expect(await evaluateInContentScript(page, eb.extensionId, (i: number) => (globalThis as unknown as { __quietReader: Handle }).__quietReader.pick(".qr-article p", i), index)).toBe(true);
    expect((await inspectReader(eb, page)).hidden).toEqual([expect.stringContaining(target)]);
    await expect
      .poll(async () => (await eb.evaluateInExtension(() => (globalThis as ExtensionGlobal).chrome.storage.sync.get("siteRules:127.0.0.1")))["siteRules:127.0.0.1"])
      .toEqual([expect.objectContaining({ text: expect.stringContaining(target) })]);
    await first.popup.close();

    await page.reload();
    const again = await openReaderViaPopup(eb, page);
    expect(again.reader.hidden).toEqual([expect.stringContaining(target)]);

    const options = await eb.newPage(eb.extensionUrl("options/options.html"));
    await options.locator(".site-rules li").first().waitFor();
    expect(await options.locator(".site-rules li").count()).toBe(1);
    expect(await options.locator(".site-rules li").first().textContent()).toContain(target);
    await options.locator(".delete-rule").first().click();
    await expect.poll(() => options.locator(".site-rules li").count()).toBe(0);
    // The open overlay follows the deletion live.
    await expect.poll(async () => (await inspectReader(eb, page)).hidden).toEqual([]);
    await Promise.all([again.popup.close(), options.close(), page.close()]);
  });
});

describe("print", () => {
  it("prints the article alone: the page behind and the reader's controls are hidden in print media", async () => {
    const page = await eb.newPage(server.fixtureUrl("reading-long-article"));
    const { popup } = await openReaderViaPopup(eb, page);
    const displays = () =>
      evaluateInContentScript(page, eb.extensionId, () => {
        (globalThis as unknown as { __quietReader: { exposeForAudit(): boolean } }).__quietReader.exposeForAudit();
        const root = (document.querySelector("[data-quiet-reader]") as HTMLElement & { shadowRoot: ShadowRoot }).shadowRoot;
        const display = (node: Element | null) => (node ? getComputedStyle(node).display : "missing");
        return { body: display(document.body), toolbar: display(root.querySelector(".qr-toolbar")), toc: display(root.querySelector(".qr-toc")), article: display(root.querySelector(".qr-article")) };
      });
    expect(await displays()).toEqual({ body: "block", toolbar: "flex", toc: "block", article: "block" });
    await page.emulateMedia({ media: "print" });
    expect(await displays()).toEqual({ body: "none", toolbar: "none", toc: "none", article: "block" });
    await page.emulateMedia({ media: "screen" });
    await popup.page.click("#toggle-reader");
    // Closing the reader takes the print rule away with it.
    await expect.poll(async () => (await inspectReader(eb, page)).open).toBe(false);
    await page.emulateMedia({ media: "print" });
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe("block");
    await Promise.all([popup.close(), page.close()]);
  });
});

describe("options page import and export", () => {
  it("imports a settings file, refuses a file that is not one, and exports what is stored", async () => {
    const options = await eb.newPage(eb.extensionUrl("options/options.html"));
    await options.locator("#opt-theme option").first().waitFor({ state: "attached" });
    const file = {
      format: "quiet-reader-settings",
      version: 1,
      settings: { theme: "dark", fontSize: 28 },
      siteRules: { "news.example": [{ selector: "#qr-promo", text: null, label: "Promo" }] },
    };
    await options.setInputFiles("#import-settings", { name: "settings.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => options.locator("#options-status").textContent()).toBe("Settings imported.");
    const stored = await eb.evaluateInExtension(() => (globalThis as ExtensionGlobal).chrome.storage.sync.get(["settings", "siteRules:news.example"]));
    expect(stored.settings).toMatchObject({ theme: "dark", fontSize: 28 });
    expect(stored["siteRules:news.example"]).toEqual(file.siteRules["news.example"]);
    // The page shows what was imported.
    await expect.poll(() => options.locator("#opt-theme").inputValue()).toBe("dark");
    await expect.poll(() => options.locator(".site-rules li").count()).toBe(1);

    await options.setInputFiles("#import-settings", { name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"theme":"light"}') });
    await expect.poll(() => options.locator("#options-status").textContent()).toBe("That file is not a Quiet Reader settings file.");
    expect((await eb.evaluateInExtension(() => (globalThis as ExtensionGlobal).chrome.storage.sync.get("settings"))).settings).toMatchObject({ theme: "dark" });

    const download = options.waitForEvent("download");
    await options.click("#export-settings");
    const exported = JSON.parse(await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
    expect(exported).toMatchObject({ format: "quiet-reader-settings", settings: { theme: "dark", fontSize: 28 }, siteRules: file.siteRules });
    await options.close();
  });
});
