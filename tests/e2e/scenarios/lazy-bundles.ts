/**
 * The content script's lazy bundles (src/content/lazy/), in each browser: content.js arrives
 * alone, extraction is injected with the first open, and a tool's bundle (read aloud, the
 * typography panel, keyboard help, the element picker, the lightbox) only when the user first uses it, and the tool works; even after the page changed its URL in place (an SPA's
 * pushState): the background's injection still holds under the grant of the first click.
 * Bundles register into the isolated world's registry, which the page's own world never sees.
 * Run by reading-lazy-bundles.e2e.test.ts (Chromium) and firefox-lazy-bundles.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DriverTab, ReaderDriver } from "../harness/driver.js";
import { inspectWith } from "../harness/driver.js";
import { startFixtureServer, type FixtureServer } from "../harness/fixture-server.js";
import { NoContentScriptError } from "../harness/isolated-world.js";

/** The registry's key (src/content/lazy/registry.ts); read from outside, no hook in the extension. */
function registeredBundles(): string[] | null {
  const registry = (globalThis as Record<symbol, object | undefined>)[Symbol.for("quiet-reader/lazy-modules")];
  return registry ? Object.keys(registry).sort() : null;
}

/** Clicks in the overlay through the content script's existing test handle. */
function clickInOverlay(selector: string): boolean {
  return (globalThis as unknown as { __quietReader: { click(selector: string): boolean } }).__quietReader.click(selector);
}

/** What the overlay's shadow tree shows for `selector` (the test handle lets this world see it): text and visibility. */
function shownInOverlay(selector: string): { text: string; hidden: boolean } | null {
  (globalThis as unknown as { __quietReader: { exposeForAudit(): boolean } }).__quietReader.exposeForAudit();
  const found = document.querySelector("[data-quiet-reader]")?.shadowRoot?.querySelector<HTMLElement>(selector);
  return found ? { text: (found.textContent ?? "").replace(/\s+/g, " ").trim(), hidden: found.hidden || !found.checkVisibility() } : null;
}

/** Runs the picker (through the test handle) on the article's second paragraph. */
function pickSecondParagraph(): Promise<boolean> {
  return (globalThis as unknown as { __quietReader: { pick(selector: string, index: number): Promise<boolean> } }).__quietReader.pick(".qr-article p", 1);
}

export function lazyBundleScenarios(launch: () => Promise<ReaderDriver>): void {
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

  /** Toolbar click and popup, then (nothing injected yet: Firefox's driver needs the grant to look) the popup's button. */
  async function openReader(tab: DriverTab): Promise<void> {
    await driver.clickToolbarButton(tab);
    const popup = await driver.openPopup(tab);
    await expect(driver.evaluateInContentScript(tab, registeredBundles)).rejects.toBeInstanceOf(NoContentScriptError);
    await popup.click("#toggle-reader");
    await popup.waitFor(() => !(document.getElementById("toggle-reader") as HTMLButtonElement).disabled);
    await popup.close();
  }

  describe("the content script's lazy bundles", () => {
    it("injects extraction with the first open and read aloud only on its first use, into the isolated world only", async () => {
      const tab = await driver.openTab(server.fixtureUrl("seed-christian-post"));

      await openReader(tab);
      const reader = await inspectWith(driver, tab);
      expect(reader.open).toBe(true);
      expect(reader.text.length).toBeGreaterThan(1000);
      // Extraction came with the open; the read-aloud tool has not been asked for.
      expect(await driver.evaluateInContentScript(tab, registeredBundles)).toEqual(["extract"]);

      // Much later for the page: it changed its URL in place, as an SPA does while one reads.
      await tab.evaluate(() => history.pushState({}, "", "#later"));
      expect(await driver.evaluateInContentScript(tab, clickInOverlay, ".qr-toggle-speech")).toBe(true);
      expect(await driver.evaluateInContentScript(tab, registeredBundles)).toEqual(["extract"]);
      expect(await driver.evaluateInContentScript(tab, clickInOverlay, ".qr-speech-play")).toBe(true);
      await expect.poll(() => driver.evaluateInContentScript(tab, registeredBundles), { timeout: 20_000 }).toEqual(["extract", "read-aloud"]);
      // The tool runs: the player left "idle" (or speech ended at once where the browser has no voice).
      await expect.poll(async () => (await inspectWith(driver, tab)).readAloud !== "idle" || (await driver.evaluateInContentScript(tab, () => !speechSynthesis.getVoices().length)), { timeout: 20_000 }).toBe(true);

      // The page's own world sees neither the registry nor the bundles.
      expect(await tab.evaluate(registeredBundles)).toBeNull();
      expect(await driver.extensionErrors()).toEqual([]);
      await tab.close();
    });

    it("injects the typography panel, keyboard help, the element picker and the lightbox each on its first use, and each works", async () => {
      const tab = await driver.openTab(server.fixtureUrl("seed-christian-post"));
      await openReader(tab);
      const bundles = () => driver.evaluateInContentScript(tab, registeredBundles);
      expect(await bundles()).toEqual(["extract"]);
      // First paint marked the images as buttons without the lightbox's code.
      expect(await driver.evaluateInContentScript(tab, shownInOverlay, ".qr-article img.qr-enlargeable")).not.toBeNull();
      expect(await driver.evaluateInContentScript(tab, shownInOverlay, ".qr-lightbox")).toBeNull();

      // The typography panel: its controls arrive with the first open, and "+" makes the text larger.
      const fontSize = (await inspectWith(driver, tab)).settings!.fontSize;
      expect(await driver.evaluateInContentScript(tab, clickInOverlay, ".qr-toggle-typography")).toBe(true);
      await expect.poll(bundles, { timeout: 20_000 }).toEqual(["extract", "typography"]);
      await expect.poll(() => driver.evaluateInContentScript(tab, clickInOverlay, ".qr-fontSize-up"), { timeout: 20_000 }).toBe(true);
      await expect.poll(async () => (await inspectWith(driver, tab)).settings!.fontSize, { timeout: 20_000 }).toBeGreaterThan(fontSize);
      expect(await driver.evaluateInContentScript(tab, clickInOverlay, ".qr-toggle-typography")).toBe(true);

      // Keyboard help: the "?" panel lists the shortcuts.
      expect(await driver.evaluateInContentScript(tab, clickInOverlay, ".qr-toggle-help")).toBe(true);
      await expect.poll(bundles, { timeout: 20_000 }).toEqual(["extract", "keyboard-help", "typography"]);
      await expect.poll(async () => (await driver.evaluateInContentScript(tab, shownInOverlay, ".qr-panel-help"))?.text ?? "", { timeout: 20_000 }).toContain("Esc");
      expect((await inspectWith(driver, tab)).panels).toEqual(["help"]);
      expect(await driver.evaluateInContentScript(tab, clickInOverlay, ".qr-toggle-help")).toBe(true);

      // The element picker: its button starts picking; a pick hides the block.
      expect(((await bundles()) ?? []).includes("picker")).toBe(false);
      expect(await driver.evaluateInContentScript(tab, clickInOverlay, ".qr-pick")).toBe(true);
      await expect.poll(bundles, { timeout: 20_000 }).toEqual(["extract", "keyboard-help", "picker", "typography"]);
      await expect.poll(async () => (await inspectWith(driver, tab)).picking, { timeout: 20_000 }).toBe(true);
      expect(await driver.evaluateInContentScript(tab, pickSecondParagraph)).toBe(true);
      const reader = await inspectWith(driver, tab);
      expect(reader.picking).toBe(false);
      expect(reader.hidden).toHaveLength(1);

      // The lightbox: a click on an image shows it enlarged.
      expect(((await bundles()) ?? []).includes("lightbox")).toBe(false);
      expect(await driver.evaluateInContentScript(tab, clickInOverlay, ".qr-article img.qr-enlargeable")).toBe(true);
      await expect.poll(bundles, { timeout: 20_000 }).toEqual(["extract", "keyboard-help", "lightbox", "picker", "typography"]);
      await expect.poll(() => driver.evaluateInContentScript(tab, shownInOverlay, ".qr-lightbox"), { timeout: 20_000 }).toMatchObject({ hidden: false });

      expect(await tab.evaluate(registeredBundles)).toBeNull();
      expect(await driver.extensionErrors()).toEqual([]);
      await tab.close();
    });
  });
}
