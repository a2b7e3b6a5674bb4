/**
 * The offline library in real Chromium: save from the popup, restart the browser on the
 * same profile, find the article in the library, stop the site and read it offline with its
 * image; save from the overlay's Save button; save a link without opening it (background
 * fetch + offscreen extraction); undo from the popup.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createProfileDir,
  evaluateInContentScript,
  launchBrowser,
  openPopup,
  openReaderViaPopup,
  removeProfileDir,
  startFixtureServer,
  triggerAction,
  type ExtensionBrowser,
  type ExtensionGlobal,
  type FixtureServer,
} from "./harness/index.js";

/** A 2×1 PNG (one red, one blue pixel), written out here. */
const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+Hkd3AAAAAElFTkSuQmCC";
const PNG = Buffer.from(PNG_BASE64, "base64");

const PARAGRAPHS = [
  "The lighthouse keepers of the northern coast kept a log for two hundred years, recording every storm, every ship and every change in the colour of the sea.",
  "Historians who read the logs this winter found that the keepers noticed the warming of the water long before any instrument was installed on the cliffs.",
  "One entry from a February night describes waves that broke over the lamp room, forty metres above the rocks, and a keeper who kept the light burning until dawn.",
  "The logs are now being transcribed by volunteers, who say the handwriting is the hardest part and the weather reports the most moving.",
];

function articleHtml(title: string, imagePath: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Mara Keeper</p>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}
<figure><img src="${imagePath}" alt="The lighthouse at night" width="400" height="200"><figcaption>The lighthouse at night.</figcaption></figure>
<p>${PARAGRAPHS[0]!.replace("northern", "southern")}</p>
</article></main><footer>© Example Coast News</footer></body></html>`;
}

let server: FixtureServer;
/** Serves the article saved before the restart; stopped before reading it offline. */
let storyServer: FixtureServer;
let profileDir: string;
let eb: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  storyServer = await startFixtureServer();
  profileDir = await createProfileDir();
  storyServer.route("/lib/story.html", { headers: { "content-type": "text/html; charset=utf-8" }, body: articleHtml("Lighthouse logs tell of warming seas", "/lib/photo.png") });
  storyServer.route("/lib/photo.png", { headers: { "content-type": "image/png" }, body: PNG as unknown as string });
  server.route("/lib/story.html", { headers: { "content-type": "text/html; charset=utf-8" }, body: articleHtml("Lighthouse logs tell of warming seas", "/lib/photo.png") });
  server.route("/lib/photo.png", { headers: { "content-type": "image/png" }, body: PNG as unknown as string });
  // A second article, fetched by the background (CORS-enabled, so no host permission is needed).
  const cors = { "access-control-allow-origin": "*" };
  server.route("/lib/linked.html", { headers: { "content-type": "text/html; charset=utf-8", ...cors }, body: articleHtml("Keepers of the southern light", "/lib/linked.png") });
  server.route("/lib/linked.png", { headers: { "content-type": "image/png", ...cors }, body: PNG as unknown as string });
  server.route("/lib/overlay.html", { headers: { "content-type": "text/html; charset=utf-8" }, body: articleHtml("Saved from the reader", "/lib/photo.png") });
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
  await storyServer?.close().catch(() => {});
  if (profileDir) await removeProfileDir(profileDir);
});

async function openLibrary(eb: ExtensionBrowser, query = ""): Promise<Page> {
  const page = await eb.newPage(eb.extensionUrl(`library/library.html${query}`));
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  return page;
}

function titles(library: Page): Promise<string[]> {
  return library.locator(".item h2").allTextContents();
}

describe("library in Chromium", () => {
  it("saves from the popup, keeps the article across a restart, and reads it offline with its image", async () => {
    const first = await launchBrowser({ profileDir });
    try {
      const page = await first.newPage(storyServer.url("/lib/story.html"));
      await triggerAction(first, page);
      const popup = await openPopup(first, page);
      const save = popup.page.locator("#save-article");
      expect(await save.isVisible()).toBe(true);
      await save.click();
      await popup.page.waitForFunction(() => /Saved/.test(document.getElementById("save-status")?.textContent ?? ""));
      expect(await popup.page.locator("#save-status").textContent()).toContain("Lighthouse logs tell of warming seas");
      expect(await popup.page.locator("#undo-save").isVisible()).toBe(true);
      // Saving the same page again updates the one record.
      await save.click();
      await popup.page.waitForFunction(() => /Updated/.test(document.getElementById("save-status")?.textContent ?? ""));
      const library = await openLibrary(first);
      expect(await titles(library)).toEqual(["Lighthouse logs tell of warming seas"]);
    } finally {
      await first.close();
    }

    const second = await launchBrowser({ profileDir });
    try {
      const library = await openLibrary(second);
      expect(await titles(library)).toEqual(["Lighthouse logs tell of warming seas"]);
      expect(await library.locator(".item .meta").first().textContent()).toMatch(/127\.0\.0\.1 · .+ · 1 min read/);
      expect(await library.locator("#usage").textContent()).toMatch(/^Saved articles: 1 · [\d.]+ KB used$/);

      // The site is gone: nothing below can come from the network.
      await storyServer.close();
      await library.locator(".item .open").first().click();
      await library.waitForFunction(() => globalThis.__quietLibrary?.reader()?.open === true);
      const reader = await library.evaluate(() => globalThis.__quietLibrary!.reader()!);
      expect(reader.title).toBe("Lighthouse logs tell of warming seas");
      for (const paragraph of PARAGRAPHS) expect(reader.text.replace(/\s+/g, " ")).toContain(paragraph);
      expect(reader.html).not.toContain("/lib/photo.png");
      await library.waitForFunction(() => {
        const images = globalThis.__quietLibrary!.imageStates();
        return images.length === 1 && images.every((image) => image.loaded);
      });
      const images = await library.evaluate(() => globalThis.__quietLibrary!.imageStates());
      expect(images).toEqual([{ src: `data:image/png;base64,${PNG_BASE64}`.slice(0, 40), loaded: true }]);
      expect(new URL(library.url()).searchParams.get("id")).toBeTruthy();
    } finally {
      await second.close();
    }
  }, 120_000);
});

describe("more ways to save", () => {
  beforeAll(async () => {
    eb = await launchBrowser();
  });

  it("saves a link without opening it: fetched by the background, extracted offscreen, image inlined", async () => {
    const library = await openLibrary(eb);
    const url = server.url("/lib/linked.html");
    const reply = await library.evaluate((link) => (globalThis as ExtensionGlobal).chrome.runtime.sendMessage({ type: "library/save-url", url: link }), url);
    expect(reply).toMatchObject({ ok: true, created: true, title: "Keepers of the southern light", images: { inlined: 1, remote: 0 } });
    expect(eb.context.pages().map((p) => p.url())).not.toContain(url);
    await library.reload();
    await library.waitForFunction(() => document.documentElement.dataset.ready === "true");
    expect(await titles(library)).toContain("Keepers of the southern light");
    await library.locator(".item", { hasText: "Keepers of the southern light" }).locator(".open").click();
    await library.waitForFunction(() => globalThis.__quietLibrary?.reader()?.open === true);
    expect((await library.evaluate(() => globalThis.__quietLibrary!.imageStates()))[0]?.src).toBe(`data:image/png;base64,${PNG_BASE64}`.slice(0, 40));
    await library.close();
  });

  it("saves from the reader overlay's Save button and says so in the page", async () => {
    const page = await eb.newPage(server.url("/lib/overlay.html"));
    const { popup } = await openReaderViaPopup(eb, page);
    await popup.close();
    expect(await evaluateInContentScript(page, eb.extensionId, () => globalThis.__quietReader!.click(".qr-save"))).toBe(true);
    await page.locator("[data-quiet-reader-toast]").waitFor({ state: "attached" });
    const library = await openLibrary(eb);
    expect(await titles(library)).toContain("Saved from the reader");
    await library.close();
    await page.close();
  });

  it("undo in the popup removes the article it just saved", async () => {
    const page = await eb.newPage(server.url("/lib/story.html"));
    await triggerAction(eb, page);
    const popup = await openPopup(eb, page);
    await popup.page.locator("#save-article").click();
    await popup.page.locator("#undo-save").click();
    await popup.page.waitForFunction(() => /Undone/.test(document.getElementById("save-status")?.textContent ?? ""));
    const library = await openLibrary(eb);
    expect(await titles(library)).not.toContain("Lighthouse logs tell of warming seas");
    await library.close();
    await popup.close();
    await page.close();
  });

  it("with image keeping switched off in the library's settings, a save leaves images remote", async () => {
    const library = await openLibrary(eb);
    await library.locator("details.settings summary").click();
    await library.locator("#inline-images").uncheck();
    await library.waitForFunction(() => document.getElementById("status")?.textContent === "Saved.");
    const page = await eb.newPage(server.url("/lib/linked.html"));
    await triggerAction(eb, page);
    const popup = await openPopup(eb, page);
    await popup.page.locator("#save-article").click();
    await popup.page.waitForFunction(() => /Saved|Updated/.test(document.getElementById("save-status")?.textContent ?? ""));
    await library.reload();
    await library.waitForFunction(() => document.documentElement.dataset.ready === "true");
    await library.locator(".item", { hasText: "Keepers of the southern light" }).locator(".open").click();
    await library.waitForFunction(() => globalThis.__quietLibrary?.reader()?.open === true);
    const html = await library.evaluate(() => globalThis.__quietLibrary!.reader()!.html);
    expect(html).toContain(`src="${server.url("/lib/linked.png")}"`);
    expect(html).not.toContain("data:image");
    await Promise.all([library.close(), popup.close(), page.close()]);
  });

  it("the service worker logged no errors while saving", () => {
    expect(eb.serviceWorkerErrors).toEqual([]);
  });
});
