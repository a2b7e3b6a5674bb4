/**
 * The overlay's tools registry (src/content/overlay/tools/): the toolbar is built from it in
 * its order, a tool id is unique, a tool kept in a lazy bundle starts only on first use, and
 * one whose bundle cannot be loaded says so in the reader instead of failing silently.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it, vi } from "vitest";
import type { Article } from "../../src/core/article.js";

vi.mock("../../src/platform/browser-api.js", async () => (await import("../helpers/english-browser-api.js")).englishBrowserApi());

const { ReaderOverlay } = await import("../../src/content/overlay/overlay.js");
const { registeredTools, registerTool } = await import("../../src/content/overlay/tools/tool.js");
const { queryOverlay } = await import("../../src/content/overlay/test-access.js");

const ARTICLE: Article = {
  title: "Tools",
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: "en",
  dir: null,
  excerpt: null,
  contentHtml: "<p>One paragraph.</p><p>Another one.</p><figure><img src=\"https://example.com/a.png\" alt=\"A\"></figure>",
  textContent: "",
  wordCount: 4,
  readingTimeMinutes: 1,
  url: "https://example.com/",
  removed: [],
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function openWith(loadBundle: ConstructorParameters<typeof ReaderOverlay>[2] extends infer O ? (O extends { loadBundle?: infer L } ? L : never) : never) {
  const doc = new JSDOM("<!doctype html><body><p>page</p></body>", { url: "https://example.com/" }).window.document;
  const overlay = new ReaderOverlay(doc, ARTICLE, { acceptEvent: () => true, loadBundle });
  overlay.open();
  return overlay;
}

describe("the reader's tools registry", () => {
  it("holds every tool once, in toolbar order, and the toolbar shows them in that order", () => {
    expect(registeredTools().map((tool) => tool.id)).toEqual(["typography", "speech", "pick", "print", "help", "lightbox"]);
    const overlay = openWith(vi.fn());
    const controls = Array.from(queryOverlay(overlay, ".qr-tools")!.children).map((control) => control.className.split(" ").find((name) => name.startsWith("qr-") && name !== "qr-button" && name !== "qr-icon-button"));
    expect(controls).toEqual(["qr-toggle-typography", "qr-toggle-speech", "qr-pick", "qr-print", "qr-toggle-help"]);
  });

  it("refuses a second tool with the same id", () => {
    expect(() => registerTool({ id: "pick", order: 99, load: () => ({ activate: () => ({}) }) })).toThrow(/registered twice/);
  });

  it("loads a lazy tool's bundle on its first use only, and once", async () => {
    const loadBundle = vi.fn(async () => ({ tool: { activate: () => ({ use: () => {} }) } }));
    const overlay = openWith(loadBundle as never);
    expect(loadBundle).not.toHaveBeenCalled();
    queryOverlay(overlay, ".qr-pick")!.click();
    await settle();
    queryOverlay(overlay, ".qr-pick")!.click();
    await settle();
    expect(loadBundle.mock.calls).toEqual([["picker"]]);
  });

  it("says in the reader when a tool cannot be loaded", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const overlay = openWith((async () => {
      throw new Error("no grant");
    }) as never);
    queryOverlay(overlay, ".qr-pick")!.click();
    await settle();
    expect(queryOverlay(overlay, ".qr-status")!.textContent).toBe("This tool could not be loaded.");
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
