/**
 * Re-reading is private, in real Chromium. A page whose images live on another origin
 * without CORS (so saving cannot keep them: they stay remote) is saved; opening it in the
 * library makes no request to that origin until the user clicks "Load remote images" (a
 * real mouse click in the closed shadow root); with the library setting on, they load at
 * once; a tracking pixel on the page is listed as removed and never requested again; the
 * exported HTML file, opened from disk, requests nothing and links the images instead.
 *
 * "No request" is read from the image server's own log (every route answers no-store, so no
 * cache can serve an image without asking). To know that everything the reader would have
 * requested has arrived, the page then loads a sentinel image from the same server: image
 * requests of one page reach the server in the order they were issued.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPopup, startFixtureServer, triggerAction, type ExtensionBrowser, type FixtureServer } from "./harness/index.js";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+Hkd3AAAAAElFTkSuQmCC", "base64");
const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
const TITLE = "Night ferry keeps its timetable";
const TEXT = [
  "The night ferry between the two islands kept its timetable through the whole winter, the operator said on Monday.",
  "Crews cleared ice from the landing stages before every crossing, and not one sailing was cancelled because of the weather.",
  "Passengers said the late boat was the only way home after the evening markets, and asked for a second sailing on Fridays.",
];

/** Paths on the image server that only the saved article's images point at. */
const IMAGE_PATHS = ["/img/ferry.png", "/img/ferry-2x.png", "/img/quay-wide.png", "/img/quay.png", "/img/pixel/open.gif", "/img/beacon"];

let site: FixtureServer;
let images: FixtureServer;
let eb: ExtensionBrowser;
let library: Page;
let folder: string;

function articlePage(img: (path: string) => string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><main><article>
<h1>${TITLE}</h1>
<p>${TEXT[0]}</p>
<figure><img src="${img("/img/ferry.png")}" srcset="${img("/img/ferry-2x.png")} 2x" alt="The ferry at the quay" width="400" height="200"><figcaption>The ferry at the quay.</figcaption></figure>
<p>${TEXT[1]} <img src="${img("/img/pixel/open.gif")}?reader=42" width="1" height="1" alt=""></p>
<picture><source srcset="${img("/img/quay-wide.png")}" media="(min-width: 1px)"><img src="${img("/img/quay.png")}" alt="The quay at night"></picture>
<p>${TEXT[2]}<img src="${img("/img/beacon")}?article=7" alt=""></p>
</article></main></body></html>`;
}

function imageRequests(): string[] {
  return images.requests.map((request) => request.path).filter((path) => path !== "/sentinel.png");
}

/** Loads a sentinel image from the image server in `page` and waits until the server has it. */
async function settle(page: Page): Promise<void> {
  const path = "/sentinel.png";
  const before = images.requests.filter((request) => request.path === path).length;
  await page.evaluate((url) => {
    new Image().src = url;
  }, images.url(`${path}?${Date.now()}`));
  await expect.poll(() => images.requests.filter((request) => request.path === path).length, { timeout: 10_000 }).toBeGreaterThan(before);
}

async function openLibrary(): Promise<Page> {
  const page = await eb.newPage(eb.extensionUrl("library/library.html"));
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  return page;
}

async function readSaved(page: Page): Promise<void> {
  await page.locator(".item", { hasText: TITLE }).locator(".open").click();
  await page.waitForFunction(() => globalThis.__quietLibrary?.reader()?.open === true);
}

/**
 * A real mouse click on the first element matching `selector` inside the reader's closed
 * shadow root: the DevTools protocol sees closed shadow roots, so the element's box is found
 * there and Playwright's mouse clicks it (a trusted click, as the reader requires).
 */
async function clickInReader(page: Page, selector: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    const host = (await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "[data-quiet-reader]" })).nodeId;
    const { node } = await cdp.send("DOM.describeNode", { nodeId: host, depth: 1, pierce: true });
    const shadowId = node.shadowRoots?.[0]?.backendNodeId;
    if (!shadowId) throw new Error("the reader has no shadow root");
    const [shadowNodeId] = (await cdp.send("DOM.pushNodesByBackendIdsToFrontend", { backendNodeIds: [shadowId] })).nodeIds;
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: shadowNodeId!, selector });
    if (!nodeId) throw new Error(`nothing matches ${selector} in the reader`);
    await cdp.send("DOM.scrollIntoViewIfNeeded", { nodeId });
    const { model } = await cdp.send("DOM.getBoxModel", { nodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  } finally {
    await cdp.detach();
  }
}

beforeAll(async () => {
  site = await startFixtureServer();
  images = await startFixtureServer(); // another port: another origin, and no CORS headers
  for (const path of IMAGE_PATHS) images.route(path, { headers: { "content-type": path.endsWith(".png") ? "image/png" : "image/gif" }, body: (path.endsWith(".png") ? PNG : GIF) as unknown as string });
  images.route("/sentinel.png", { headers: { "content-type": "image/png" }, body: PNG as unknown as string });
  site.route("/ferry.html", { headers: { "content-type": "text/html; charset=utf-8" }, body: articlePage((path) => images.url(path)) });
  folder = await mkdtemp(join(tmpdir(), "quiet-reader-export-"));
  eb = await launchBrowser();

  // Saved from the popup, without any host permission: the images cannot be kept.
  const page = await eb.newPage(site.url("/ferry.html"));
  expect(images.wasRequested("/img/pixel/open.gif")).toBe(true); // the page itself loaded its pixel
  await triggerAction(eb, page);
  const popup = await openPopup(eb, page);
  await popup.page.locator("#save-article").click();
  await popup.page.waitForFunction(() => /Saved/.test(document.getElementById("save-status")?.textContent ?? ""));
  await popup.close();
  await page.close();
  library = await openLibrary();
}, 60_000);

afterAll(async () => {
  await eb?.close();
  await site?.close();
  await images?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("re-reading a saved article is private", () => {
  it("opening it requests nothing from the image site, shows placeholders, and lists the tracking pixels as removed", async () => {
    images.clearRequests();
    await readSaved(library);
    await settle(library);
    expect(imageRequests()).toEqual([]);
    const reader = await library.evaluate(() => globalThis.__quietLibrary!.reader()!);
    for (const sentence of TEXT) expect(reader.text.replace(/\s+/g, " ")).toContain(sentence);
    expect(reader.text).toContain("Image not loaded: The ferry at the quay (400 × 200)");
    expect(reader.text).toContain("Image not loaded: The quay at night");
    expect(reader.text).toContain("2 images of this article are on other sites and are not loaded");
    expect(reader.removed.items.filter((item) => item.reason === "tracking-pixel")).toEqual([
      { reason: "tracking-pixel", label: "Tracking pixel", text: `${new URL(images.origin).host}/img/pixel/open.gif` },
      { reason: "tracking-pixel", label: "Tracking pixel", text: `${new URL(images.origin).host}/img/beacon` },
    ]);
    expect(reader.html).not.toContain("/img/pixel/");
    expect(reader.html).not.toContain("/img/beacon");
  });

  it("one click on 'Load remote images' loads them for this article (and still not the pixels)", async () => {
    images.clearRequests();
    await clickInReader(library, ".qr-remote-load");
    await expect.poll(() => images.wasRequested("/img/ferry.png") && images.wasRequested("/img/quay-wide.png"), { timeout: 10_000 }).toBe(true);
    await library.waitForFunction(() => globalThis.__quietLibrary!.imageStates().length === 2 && globalThis.__quietLibrary!.imageStates().every((image) => image.loaded));
    const reader = await library.evaluate(() => globalThis.__quietLibrary!.reader()!);
    expect(reader.text).not.toContain("Image not loaded");
    await settle(library);
    expect(imageRequests().filter((path) => path.startsWith("/img/pixel") || path.startsWith("/img/beacon"))).toEqual([]);

    // The choice was for that reading: opening the article again holds the images again.
    await library.keyboard.press("Escape");
    await library.waitForFunction(() => !globalThis.__quietLibrary?.reader()?.open);
    images.clearRequests();
    await readSaved(library);
    await settle(library);
    expect(imageRequests()).toEqual([]);
    // (This page could show the loaded images again from memory without asking: the placeholders prove they are held.)
    expect((await library.evaluate(() => globalThis.__quietLibrary!.reader()!)).text).toContain("Image not loaded: The ferry at the quay");
    await library.keyboard.press("Escape");
  });

  it("the exported HTML file, opened from disk, requests nothing and links each image", async () => {
    await library.waitForFunction(() => !globalThis.__quietLibrary?.reader()?.open);
    const [download] = await Promise.all([library.waitForEvent("download") as Promise<Download>, library.locator(".item", { hasText: TITLE }).locator(".action-html").click()]);
    const html = await readFile((await download.path())!, "utf8");
    expect(html).toContain("img-src data:;");
    const file = join(folder, "ferry.html");
    await writeFile(file, html);
    images.clearRequests();
    const opened = await eb.newPage(pathToFileURL(file).href);
    await settle(library);
    expect(imageRequests()).toEqual([]);
    const links = await opened.locator("a.remote-image").evaluateAll((nodes) => nodes.map((a) => [a.textContent, a.getAttribute("href")]));
    expect(links).toEqual([
      ["Image not included: The ferry at the quay, 400 × 200 (open it from its site)", images.url("/img/ferry.png")],
      ["Image not included: The quay at night (open it from its site)", images.url("/img/quay.png")],
    ]);
    await opened.close();
  });

  it("with 'load remote images' switched on in the library's settings, they load when the article opens", async () => {
    await library.locator("details.settings summary").click();
    await library.locator("#load-remote-images").check();
    await library.waitForFunction(() => document.getElementById("status")?.textContent === "Saved.");
    // A new page: this one keeps the images it loaded before (the document's list of available images).
    await library.close();
    library = await openLibrary();
    images.clearRequests();
    await readSaved(library);
    await expect.poll(() => images.wasRequested("/img/ferry.png"), { timeout: 10_000 }).toBe(true);
    const reader = await library.evaluate(() => globalThis.__quietLibrary!.reader()!);
    expect(reader.text).not.toContain("Image not loaded");
    await settle(library);
    expect(imageRequests().filter((path) => path.startsWith("/img/pixel") || path.startsWith("/img/beacon"))).toEqual([]);
    await library.keyboard.press("Escape");
  });

  it("the service worker logged no errors", () => {
    expect(eb.serviceWorkerErrors).toEqual([]);
  });
});
