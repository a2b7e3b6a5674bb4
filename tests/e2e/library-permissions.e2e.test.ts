/**
 * The library and host permissions in real Chromium. Without a permission, an image on
 * another origin that does not allow CORS stays remote and the popup offers to allow it;
 * with the permission (granted at install in a build copy: a prompt cannot be answered in
 * headless Chromium), the background fetches it and the saved copy holds it, and the library
 * page's "Save link" (the fallback for the link menu) saves a page without opening it.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extensionDir, launchBrowser, openPopup, startFixtureServer, triggerAction, type ExtensionBrowser, type FixtureServer } from "./harness/index.js";

const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+Hkd3AAAAAElFTkSuQmCC";
const TEXT = [
  "The river ferry made its last crossing on Friday after ninety years of service between the two market towns.",
  "Passengers filled the deck for the final trip, and the captain sounded the horn at every landing along the way.",
  "A new bridge upstream now carries the traffic, but many riders said the crossing was the best part of their day.",
];

function page(title: string, image: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article><h1>${title}</h1>
${TEXT.map((p) => `<p>${p}</p>`).join("\n")}<figure><img src="${image}" alt="The ferry"><figcaption>The ferry.</figcaption></figure><p>${TEXT[1]}</p></article></main></body></html>`;
}

let site: FixtureServer;
let images: FixtureServer;
let build: string;

beforeAll(async () => {
  site = await startFixtureServer();
  images = await startFixtureServer(); // another port: another origin, no CORS headers
  images.route("/ferry.png", { headers: { "content-type": "image/png" }, body: Buffer.from(PNG_BASE64, "base64") as unknown as string });
  site.route("/ferry.html", { headers: { "content-type": "text/html; charset=utf-8" }, body: page("Last ferry crosses the river", images.url("/ferry.png")) });
  site.route("/bridge.html", { headers: { "content-type": "text/html; charset=utf-8" }, body: page("The new bridge opens", images.url("/ferry.png")) });
  // Form controls named after the form's own DOM properties: form.parentNode is the input,
  // which sent Readability's ancestor walk round for ever (src/core/form-clobbering.ts).
  site.route("/forms.html", {
    headers: { "content-type": "text/html; charset=utf-8" },
    body: page("Ferry timetable kept", images.url("/ferry.png")).replace("</article>", '<form id="f"><input name="parentNode"><input name="attributes"><img name="nodeName" alt=""></form><input form="f" name="parentElement"></article>'),
  });
  build = await mkdtemp(join(tmpdir(), "quiet-reader-library-granted-"));
  await cp(extensionDir(), build, { recursive: true });
  const manifest = JSON.parse(await readFile(join(build, "manifest.json"), "utf8")) as Record<string, unknown>;
  manifest.host_permissions = ["http://127.0.0.1/*"];
  await writeFile(join(build, "manifest.json"), JSON.stringify(manifest));
});

afterAll(async () => {
  await site?.close();
  await images?.close();
  if (build) await rm(build, { recursive: true, force: true });
});

async function saveFromPopup(eb: ExtensionBrowser, url: string): Promise<Page> {
  const target = await eb.newPage(url);
  await triggerAction(eb, target);
  const popup = await openPopup(eb, target);
  await popup.page.locator("#save-article").click();
  await popup.page.waitForFunction(() => /Saved|Updated/.test(document.getElementById("save-status")?.textContent ?? ""));
  return popup.page;
}

async function savedHtml(eb: ExtensionBrowser, title: string): Promise<string> {
  const library = await eb.newPage(eb.extensionUrl("library/library.html"));
  await library.waitForFunction(() => document.documentElement.dataset.ready === "true");
  await library.locator(".item", { hasText: title }).locator(".open").click();
  await library.waitForFunction(() => globalThis.__quietLibrary?.reader()?.open === true);
  const html = await library.evaluate(() => globalThis.__quietLibrary!.reader()!.html);
  await library.close();
  return html;
}

describe("library images and links across origins", () => {
  it("without permission, a cross-origin image stays remote and the popup offers to allow it", async () => {
    const eb = await launchBrowser();
    try {
      const popup = await saveFromPopup(eb, site.url("/ferry.html"));
      expect(await popup.locator("#save-status").textContent()).toContain("1 images could not be saved for offline reading.");
      expect(await popup.locator("#allow-images").isVisible()).toBe(true);
      const html = await savedHtml(eb, "Last ferry crosses the river");
      expect(html).toContain(`src="${images.url("/ferry.png")}"`);
      expect(html).not.toContain("data:image");
    } finally {
      await eb.close();
    }
  });

  it("with the permission, the background fetches the image and the library page saves a link", async () => {
    const eb = await launchBrowser({ extensionDir: build });
    try {
      const popup = await saveFromPopup(eb, site.url("/ferry.html"));
      expect(await popup.locator("#save-status").textContent()).not.toContain("could not be saved");
      expect(await savedHtml(eb, "Last ferry crosses the river")).toContain(`src="data:image/png;base64,${PNG_BASE64}"`);

      const link = site.url("/bridge.html");
      const library = await eb.newPage(eb.extensionUrl(`library/library.html?save=${encodeURIComponent(link)}`));
      await library.waitForFunction(() => document.documentElement.dataset.ready === "true");
      expect(await library.locator("#save-link-url").textContent()).toBe(link);
      await library.locator("#save-link-button").click();
      await library.waitForFunction(() => /Saved/.test(document.getElementById("status")?.textContent ?? ""));
      expect(await library.locator("#save-link").isHidden()).toBe(true);
      expect(await library.locator(".item h2").allTextContents()).toContain("The new bridge opens");
      expect(eb.context.pages().map((p) => p.url())).not.toContain(link);
      expect(await savedHtml(eb, "The new bridge opens")).toContain(`src="data:image/png;base64,${PNG_BASE64}"`);
    } finally {
      await eb.close();
    }
  });

  it("Save link reads a page whose form controls shadow the form's DOM properties (no hang in the offscreen document)", async () => {
    const eb = await launchBrowser({ extensionDir: build });
    try {
      const link = site.url("/forms.html");
      const library = await eb.newPage(eb.extensionUrl(`library/library.html?save=${encodeURIComponent(link)}`));
      await library.waitForFunction(() => document.documentElement.dataset.ready === "true");
      await library.locator("#save-link-button").click();
      await library.waitForFunction(() => /Saved/.test(document.getElementById("status")?.textContent ?? ""));
      expect(await library.locator(".item h2").allTextContents()).toContain("Ferry timetable kept");
      const html = await savedHtml(eb, "Ferry timetable kept");
      for (const sentence of TEXT) expect(html).toContain(sentence);
    } finally {
      await eb.close();
    }
  });
});
