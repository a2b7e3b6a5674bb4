/**
 * The background injects a content script's lazy bundle on request ("content/load-bundle").
 * A content script lives in a page the user does not control: the request names a bundle
 * from a closed list (anything else never reaches the handler), and the file goes into the
 * sender's own tab and frame, never another.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

const executeScript = vi.fn(async () => []);
let listener: ((raw: unknown, sender: unknown) => unknown) | undefined;
vi.mock("../../src/platform/browser-api.js", () => ({
  browser: {
    runtime: { id: "qr", onMessage: { addListener: (fn: typeof listener) => (listener = fn) } },
    scripting: { executeScript },
  },
}));

const { registerLazyBundles } = await import("../../src/background/lazy-bundles.js");
const { LAZY_BUNDLES } = await import("../../src/messages/lazy-bundles.js");
registerLazyBundles();

const FROM_TAB = { id: "qr", tab: { id: 7 }, frameId: 3 };

beforeEach(() => {
  executeScript.mockClear();
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

describe("content/load-bundle", () => {
  it.each(LAZY_BUNDLES.map((name) => [name]))("injects lazy/%s.js into the sender's tab and frame, by a root-absolute path", async (name) => {
    await expect(listener!({ type: "content/load-bundle", name }, FROM_TAB)).resolves.toEqual({ loaded: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [`/lazy/${name}.js`] });
  });

  it.each([
    ["a name outside the list", { type: "content/load-bundle", name: "../background" }],
    ["a path", { type: "content/load-bundle", name: "/content.js" }],
    ["no name", { type: "content/load-bundle" }],
  ])("ignores a request with %s", async (_what, raw) => {
    expect(listener!(raw, FROM_TAB)).toBeUndefined();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it("injects into the sender's tab even when the request names another", async () => {
    await listener!({ type: "content/load-bundle", name: "extract", tabId: 1, frameId: 0 }, FROM_TAB);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ["/lazy/extract.js"] });
  });

  it("replies not loaded when the sender is no tab, or the browser refuses (the grant is gone)", async () => {
    await expect(listener!({ type: "content/load-bundle", name: "extract" }, { id: "qr" })).resolves.toEqual({ loaded: false });
    expect(executeScript).not.toHaveBeenCalled();
    executeScript.mockRejectedValueOnce(new Error("Cannot access contents of the page"));
    await expect(listener!({ type: "content/load-bundle", name: "extract" }, FROM_TAB)).resolves.toEqual({ loaded: false });
  });
});
