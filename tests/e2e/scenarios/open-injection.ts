/**
 * Opening the reader injects the extract bundle with content.js, in the same
 * `scripting.executeScript` call (src/messages/reader-tab.ts), so the open sends no
 * `content/load-bundle` round trip for it (docs/performance.md: that trip was 165–200 ms of a
 * ~280 ms fixed cost). Seen from the test build's marks (src/content/perf-marks.ts): the bundle
 * was evaluated before the open message reached the controller, which is the only code that
 * asks for it; an on-demand load marks it after. Popup and keyboard shortcut, each browser.
 * Run by reading-open-injection.e2e.test.ts (Chromium) and firefox-open-injection.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriverTab, ReaderDriver } from "../harness/driver.js";
import { inspectWith } from "../harness/driver.js";
import { startFixtureServer, type FixtureServer } from "../harness/fixture-server.js";

/** The registry's key (src/content/lazy/registry.ts); read from outside, no hook in the extension. */
function registeredBundles(): string[] | null {
  const registry = (globalThis as Record<symbol, object | undefined>)[Symbol.for("quiet-reader/lazy-modules")];
  return registry ? Object.keys(registry).sort() : null;
}

/** The first open's marks, in the order they were set (names without the "quiet-reader:" prefix). */
function openMarksInOrder(): string[] {
  return performance
    .getEntriesByType("mark")
    .filter((mark) => mark.name.startsWith("quiet-reader:"))
    .sort((a, b) => a.startTime - b.startTime)
    .map((mark) => mark.name.slice("quiet-reader:".length));
}

export function openInjectionScenarios(launch: () => Promise<ReaderDriver>): void {
  let driver: ReaderDriver;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launch();
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  async function expectExtractCameWithContentScript(tab: DriverTab): Promise<void> {
    await expect.poll(async () => (await inspectWith(driver, tab)).open, { timeout: 20_000 }).toBe(true);
    expect((await inspectWith(driver, tab)).text.length).toBeGreaterThan(1000);
    expect(await driver.evaluateInContentScript(tab, registeredBundles)).toEqual(["extract"]);
    const marks = await driver.evaluateInContentScript(tab, openMarksInOrder);
    expect(marks).toContain("extract-evaluated");
    expect(marks).toContain("open-start");
    // Evaluated right after content.js, before the open began: nothing was asked of the background.
    expect(marks.slice(0, 3)).toEqual(["content-evaluated", "extract-evaluated", "open-start"]);
  }

  describe("opening the reader injects extraction with content.js", () => {
    it("from the popup: the extract bundle is in before the open starts", async () => {
      const tab = await driver.openTab(server.fixtureUrl("seed-christian-post"));
      await driver.clickToolbarButton(tab);
      const popup = await driver.openPopup(tab);
      await popup.click("#toggle-reader");
      await popup.waitFor(() => !(document.getElementById("toggle-reader") as HTMLButtonElement).disabled);
      await popup.close();
      await expectExtractCameWithContentScript(tab);
      expect(await driver.extensionErrors()).toEqual([]);
      await tab.close();
    });

    it("from the keyboard shortcut: the same", async (context) => {
      if (!driver.canPressShortcuts) return context.skip();
      const tab = await driver.openTab(server.fixtureUrl("seed-christian-post"));
      await driver.pressShortcut(tab, "toggle-reader");
      await expectExtractCameWithContentScript(tab);
      expect(await driver.extensionErrors()).toEqual([]);
      await tab.close();
    });
  });
}
