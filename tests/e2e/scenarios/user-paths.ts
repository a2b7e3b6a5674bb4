/**
 * The user's paths, written once and run in each browser (one scenario, two drivers):
 * chromium-user-paths.e2e.test.ts and firefox-user-paths.e2e.test.ts call
 * userPathScenarios() with their driver. Popup → reader on the seed page and on a strict-CSP
 * copy (whole article, no banners, Esc restores the page), the keyboard command, Save →
 * library → offline read, export of one article, saving a link unopened, an options change
 * reaching an open reader, the overlay on a phone-sized viewport, and no extension errors
 * over the whole run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFixture, normalise } from "../../helpers/fixtures.js";
import type { DriverTab, ReaderDriver } from "../harness/driver.js";
import { inspectWith } from "../harness/driver.js";
import { startFixtureServer, type FixtureServer } from "../harness/fixture-server.js";
import { NoContentScriptError } from "../harness/isolated-world.js";
import { ROOT } from "../harness/launch-browser.js";
import { OVERLAY_HOST_SELECTOR, type PageViewState } from "../harness/reader.js";

const messages = JSON.parse(readFileSync(join(ROOT, "src/_locales/en/messages.json"), "utf8")) as Record<string, { message: string }>;
const ui = (key: string): string => messages[key]!.message;

const seed = loadFixture("seed-christian-post");

/**
 * A French article with one ask that no phrase row and no parts reading takes, only the learned
 * ask reading (tests/unit/ask-words.test.ts checks that with the reading off it stays).
 */
const LEARNED_ASK = "Pour soutenir notre travail, un don de 5 € suffit.";
const ASK_PAGE_PROSE = [
  "Le conseil municipal a adopté mardi soir un plan visant à prolonger le réseau de tramway vers les quartiers nord de la ville, après trois ans de débats.",
  "Selon la mairie, les nouvelles lignes devraient entrer en service au printemps, avec un passage toutes les dix minutes aux heures de pointe.",
  "Les habitants de ces quartiers se plaignent depuis longtemps de l'éloignement des arrêts, qui les oblige souvent à prendre leur voiture.",
  "Le projet coûtera environ quarante millions d'euros sur cinq ans, financés en grande partie par une subvention régionale accordée l'automne dernier.",
];
const ASK_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le tramway prolongé</title></head><body><main><article><h1>Le tramway prolongé vers le nord</h1>${[...ASK_PAGE_PROSE.slice(0, 2), LEARNED_ASK, ...ASK_PAGE_PROSE.slice(2)].map((p) => `<p>${p}</p>`).join("")}</article></main></body></html>`;
const HTML = { "content-type": "text/html; charset=utf-8" };

/** A 2×1 PNG (one red, one blue pixel). */
const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+Hkd3AAAAAElFTkSuQmCC";
const STORY_TITLE = "Lighthouse logs tell of warming seas";
const LINKED_TITLE = "Keepers of the southern light";
const STORY_PARAGRAPHS = [
  "The lighthouse keepers of the northern coast kept a log for two hundred years, recording every storm, every ship and every change in the colour of the sea.",
  "Historians who read the logs this winter found that the keepers noticed the warming of the water long before any instrument was installed on the cliffs.",
  "One entry from a February night describes waves that broke over the lamp room, forty metres above the rocks, and a keeper who kept the light burning until dawn.",
  "The logs are now being transcribed by volunteers, who say the handwriting is the hardest part and the weather reports the most moving.",
];
const STORY_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_TITLE}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${STORY_TITLE}</h1><p class="byline">By Mara Keeper</p>
${STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}
<figure><img src="/story/photo.png" alt="The lighthouse at night" width="400" height="200"><figcaption>The lighthouse at night.</figcaption></figure>
</article></main><footer>© Example Coast News</footer></body></html>`;

function pageViewState(): PageViewState {
  return {
    scrollX: window.scrollX,
    scrollY: window.scrollY,
    htmlStyle: document.documentElement.hasAttribute("style") ? document.documentElement.style.cssText : null,
    bodyStyle: document.body?.hasAttribute("style") ? document.body.style.cssText : null,
  };
}

function popupButton(): { text: string; pressed: string | null; disabled: boolean; message: string | null } {
  const button = document.getElementById("toggle-reader") as HTMLButtonElement;
  const message = document.getElementById("popup-message")!;
  return { text: button.textContent ?? "", pressed: button.getAttribute("aria-pressed"), disabled: button.disabled, message: message.hidden ? null : message.textContent };
}

export function userPathScenarios(launch: () => Promise<ReaderDriver>): void {
  let driver: ReaderDriver;
  let server: FixtureServer;
  /** Serves the story to save; stopped before it is read offline. */
  let storyServer: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    storyServer = await startFixtureServer();
    server.route("/csp/seed.html", { headers: { ...HTML, "content-security-policy": "default-src 'none'" }, body: seed.html });
    server.route("/asks/tram.html", { headers: HTML, body: ASK_PAGE });
    storyServer.route("/story/story.html", { headers: HTML, body: STORY_HTML });
    storyServer.route("/story/photo.png", { headers: { "content-type": "image/png" }, body: Buffer.from(PNG_BASE64, "base64") as unknown as string });
    // A CORS-open page and image, so the background needs no host permission to fetch them.
    const cors = { "access-control-allow-origin": "*" };
    server.route("/linked/story.html", { headers: { ...HTML, ...cors }, body: STORY_HTML.replaceAll(STORY_TITLE, LINKED_TITLE).replace("/story/photo.png", "/linked/photo.png") });
    server.route("/linked/photo.png", { headers: { "content-type": "image/png", ...cors }, body: Buffer.from(PNG_BASE64, "base64") as unknown as string });
    driver = await launch();
  }, 120_000);

  afterAll(async () => {
    await driver?.close();
    await server?.close();
    await storyServer?.close().catch(() => {});
  });

  /** Toolbar click, then the popup's button, as a user does; resolves when the popup is done. */
  async function toggleViaPopup(tab: DriverTab): Promise<DriverTab> {
    await driver.clickToolbarButton(tab);
    const popup = await driver.openPopup(tab);
    await popup.click("#toggle-reader");
    await popup.waitFor(() => !(document.getElementById("toggle-reader") as HTMLButtonElement).disabled);
    return popup;
  }

  /** Opens the reader on `url` through the popup and checks the whole seed article is shown, no banners; Esc restores. */
  async function readSeedArticle(url: string, screenshot: string): Promise<void> {
    const tab = await driver.openTab(url);
    await tab.evaluate(() => {
      document.documentElement.setAttribute("style", "scroll-padding-top: 12px");
      document.body.style.minHeight = "3000px";
      window.scrollTo(0, 640);
    });
    const before = await tab.evaluate(pageViewState);
    expect(before.scrollY).toBe(640);
    const pageStyles = await tab.evaluate(() => document.querySelectorAll("style").length);

    await driver.clickToolbarButton(tab);
    const popup = await driver.openPopup(tab);
    // A toolbar click and the popup opening are not yet a request to read.
    await expect(inspectWith(driver, tab)).rejects.toBeInstanceOf(NoContentScriptError);
    await popup.click("#toggle-reader");
    await popup.waitFor(() => !(document.getElementById("toggle-reader") as HTMLButtonElement).disabled);
    expect(await popup.evaluate(popupButton)).toEqual({ text: ui("closeReader"), pressed: "true", disabled: false, message: null });

    const reader = await inspectWith(driver, tab);
    expect(reader.open).toBe(true);
    expect(reader.title).toBe(seed.expected.title);
    const text = normalise(reader.text);
    for (const sentence of seed.expected.mustKeep) expect(text).toContain(normalise(sentence));
    for (const banner of seed.expected.mustDrop) {
      expect(text).not.toContain(normalise(banner));
      expect(normalise(reader.html)).not.toContain(normalise(banner));
    }
    // Styled by the constructed stylesheet (a <style> would be blocked by a strict CSP).
    expect(reader.style).not.toBeNull();
    expect(reader.style!.background).not.toBe("rgba(0, 0, 0, 0)");
    expect(reader.style!.fontSize).not.toBe("16px");
    // The page sees one host element and no way into it, and no <style> of ours in its DOM
    // (the print rule is a constructed stylesheet too).
    expect(await tab.evaluate((selector) => ({
      hosts: document.querySelectorAll(selector).length,
      shadowRoot: document.querySelector(selector)?.shadowRoot ?? null,
      styles: document.querySelectorAll("style").length,
    }), OVERLAY_HOST_SELECTOR)).toEqual({ hosts: 1, shadowRoot: null, styles: pageStyles });
    // Inside the closed root: the overlay's constructed stylesheet, not a <style> fallback.
    expect(await driver.evaluateInContentScript(tab, () => {
      const handle = (globalThis as unknown as { __quietReader: { query(selector: string): HTMLElement | null } }).__quietReader;
      const root = handle.query(".qr-page")!.getRootNode() as ShadowRoot;
      return { styleElements: root.querySelectorAll("style").length, adopted: root.adoptedStyleSheets.length, printRule: document.adoptedStyleSheets.length > 0 };
    })).toEqual({ styleElements: 0, adopted: 1, printRule: true });
    await tab.screenshot(screenshot);

    await tab.press("Escape");
    await tab.waitFor((selector) => document.querySelectorAll(selector).length === 0, OVERLAY_HOST_SELECTOR);
    expect((await inspectWith(driver, tab)).open).toBe(false);
    expect(await tab.evaluate(pageViewState)).toEqual(before);
    await popup.close();
    await tab.close();
  }

  describe(`user paths`, () => {
    it("popup → reader on the seed page: the whole article, no banners; Esc puts the page back", async () => {
      await readSeedArticle(server.fixtureUrl(seed.name), "reader-seed");
    });

    it("popup → reader on a copy of the seed page under CSP default-src 'none': the same, and styled", async () => {
      const styleCount = async (url: string) => {
        const tab = await driver.openTab(url);
        const count = await tab.evaluate(() => document.querySelectorAll("style").length);
        await tab.close();
        return count;
      };
      expect(await styleCount(server.url("/csp/seed.html"))).toBe(await styleCount(server.fixtureUrl(seed.name)));
      await readSeedArticle(server.url("/csp/seed.html"), "reader-strict-csp");
    });

    it("an ask only the learned ask reading takes is gone from the reader; the article stays whole", async () => {
      const tab = await driver.openTab(server.url("/asks/tram.html"));
      const popup = await toggleViaPopup(tab);
      const text = normalise((await inspectWith(driver, tab)).text);
      expect(text).not.toContain(normalise(LEARNED_ASK));
      for (const paragraph of ASK_PAGE_PROSE) expect(text).toContain(normalise(paragraph));
      await popup.close();
      await tab.close();
    });

    it("the keyboard command (Alt+Shift+R) opens and closes the reader", async (context) => {
      if (!driver.canPressShortcuts) context.skip(`${driver.browser}'s harness cannot press browser shortcuts`);
      const tab = await driver.openTab(server.fixtureUrl(seed.name));
      await driver.pressShortcut(tab, "toggle-reader");
      await expect.poll(() => inspectWith(driver, tab).then((r) => r.open, () => false), { timeout: 15_000 }).toBe(true);
      expect((await inspectWith(driver, tab)).title).toBe(seed.expected.title);
      await driver.pressShortcut(tab, "toggle-reader");
      await expect.poll(() => inspectWith(driver, tab).then((r) => r.open), { timeout: 15_000 }).toBe(false);
      expect(await tab.evaluate((selector) => document.querySelectorAll(selector).length, OVERLAY_HOST_SELECTOR)).toBe(0);
      await tab.close();
    });

    it("an options change reaches an open reader", async () => {
      const tab = await driver.openTab(server.fixtureUrl(seed.name));
      const popup = await toggleViaPopup(tab);
      const before = await inspectWith(driver, tab);
      expect(before.theme).not.toBe("dark");
      const options = await driver.openTab(driver.extensionUrl("options/options.html"));
      await options.waitFor(() => document.querySelectorAll("#opt-theme option").length > 0);
      await options.evaluate(() => {
        const select = document.getElementById("opt-theme") as HTMLSelectElement;
        select.value = "dark";
        select.dispatchEvent(new Event("input", { bubbles: true }));
        select.dispatchEvent(new Event("change", { bubbles: true }));
      });
      await expect.poll(() => inspectWith(driver, tab).then((r) => r.theme), { timeout: 15_000 }).toBe("dark");
      const after = await inspectWith(driver, tab);
      expect(after.style!.background).not.toBe(before.style!.background);
      await tab.screenshot("reader-dark-from-options");
      // Back to the default for the scenarios after this one.
      await options.evaluate(() => {
        const select = document.getElementById("opt-theme") as HTMLSelectElement;
        select.value = "light";
        select.dispatchEvent(new Event("input", { bubbles: true }));
      });
      await expect.poll(() => inspectWith(driver, tab).then((r) => r.theme), { timeout: 15_000 }).toBe("light");
      await Promise.all([options.close(), popup.close(), tab.close()]);
    });

    it("the overlay fits a phone-sized viewport (390×844): no sideways scrolling, the article column inside the screen", async () => {
      const tab = await driver.openTab(server.fixtureUrl(seed.name), { viewport: { width: 390, height: 844 } });
      const popup = await toggleViaPopup(tab);
      expect((await inspectWith(driver, tab)).open).toBe(true);
      const layout = await driver.evaluateInContentScript(tab, () => {
        const handle = (globalThis as unknown as { __quietReader: { query(selector: string): HTMLElement | null } }).__quietReader;
        const page = handle.query(".qr-page")!;
        const title = handle.query(".qr-title")!;
        const root = page.closest("[data-theme]") as HTMLElement;
        const rect = (el: Element) => { const r = el.getBoundingClientRect(); return { left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width) }; };
        return { viewport: innerWidth, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, page: rect(page), title: rect(title) };
      });
      expect(layout.viewport).toBe(390);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.page.left).toBeGreaterThanOrEqual(0);
      expect(layout.page.right).toBeLessThanOrEqual(390);
      expect(layout.title.width).toBeGreaterThan(200);
      await tab.screenshot("reader-390x844");
      await popup.close();
      await tab.close();
    });

    it("Save in the popup → the library lists it → it reads offline; one article exports as HTML", async () => {
      const tab = await driver.openTab(storyServer.url("/story/story.html"));
      await driver.clickToolbarButton(tab);
      const popup = await driver.openPopup(tab);
      await popup.waitFor(() => !document.getElementById("save-article")!.hidden);
      await popup.click("#save-article");
      await popup.waitFor(() => /Saved/.test(document.getElementById("save-status")?.textContent ?? ""));
      expect(await popup.evaluate(() => document.getElementById("save-status")!.textContent)).toContain(STORY_TITLE);

      const library = await driver.openTab(driver.extensionUrl("library/library.html"));
      await library.waitFor(() => document.documentElement.dataset.ready === "true");
      expect(await library.evaluate(() => Array.from(document.querySelectorAll(".item h2"), (h) => h.textContent))).toEqual([STORY_TITLE]);
      await library.screenshot("library");

      // The site is gone: nothing below can come from the network.
      await storyServer.close();
      await library.click(".item .open");
      await library.waitFor(() => (globalThis as unknown as { __quietLibrary?: { reader(): { open: boolean } | null } }).__quietLibrary?.reader()?.open === true);
      const reader = await library.evaluate(() => (globalThis as unknown as { __quietLibrary: { reader(): { title: string | null; text: string; html: string } } }).__quietLibrary.reader());
      expect(reader.title).toBe(STORY_TITLE);
      for (const paragraph of STORY_PARAGRAPHS) expect(normalise(reader.text)).toContain(paragraph);
      expect(reader.html).not.toContain("/story/photo.png");
      await library.waitFor(() => {
        const images = (globalThis as unknown as { __quietLibrary: { imageStates(): Array<{ loaded: boolean }> } }).__quietLibrary.imageStates();
        return images.length === 1 && images.every((image) => image.loaded);
      });
      await library.screenshot("library-offline-read");

      const list = await driver.openTab(driver.extensionUrl("library/library.html"));
      await list.waitFor(() => document.documentElement.dataset.ready === "true");
      const file = await driver.download(list, ".item .action-html");
      expect(file.name).toBe("lighthouse-logs-tell-of-warming-seas.html");
      const html = file.body.toString("utf8");
      expect(html).toContain(`<h1>${STORY_TITLE}</h1>`);
      for (const paragraph of STORY_PARAGRAPHS) expect(normalise(html)).toContain(paragraph);
      expect(html).toContain(`src="data:image/png;base64,${PNG_BASE64}"`);
      expect(html).not.toMatch(/<script/i);
      await Promise.all([list.close(), library.close(), popup.close(), tab.close()]);
    });

    it("saves a link without opening it: fetched by the background, extracted where a DOM exists (Chrome: offscreen document; Firefox: the event page)", async () => {
      const library = await driver.openTab(driver.extensionUrl("library/library.html"));
      await library.waitFor(() => document.documentElement.dataset.ready === "true");
      const reply = await library.evaluate((link) => {
        const api = (globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } });
        return (api.browser ?? api.chrome).runtime.sendMessage({ type: "library/save-url", url: link });
      }, server.url("/linked/story.html"));
      expect(reply).toMatchObject({ ok: true, created: true, title: LINKED_TITLE, images: { inlined: 1, remote: 0 } });
      expect(server.wasRequested("/linked/story.html")).toBe(true);
      await library.close();
    });

    it("the extension reported no errors during the whole run", async () => {
      expect(await driver.extensionErrors()).toEqual([]);
    });
  });
}
