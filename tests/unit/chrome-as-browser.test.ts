/**
 * The content script's slim WebExtension layer (src/platform/chrome-as-browser.ts): on Chrome
 * it must answer and send messages exactly as webextension-polyfill does on the other side of
 * the port (popup, background), and on Firefox it must hand back the native `browser`.
 */
import { describe, expect, it, vi } from "vitest";
import { browserFromChrome, contentBrowser, type ChromeLike } from "../../src/platform/chrome-as-browser.js";

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

function fakeChrome(sendMessage: (...args: unknown[]) => Promise<unknown> = async () => undefined) {
  const listeners = new Set<ChromeListener>();
  const chrome = {
    runtime: {
      id: "quiet-reader-id",
      sendMessage: vi.fn(sendMessage),
      onMessage: {
        addListener: (l: ChromeListener) => listeners.add(l),
        removeListener: (l: ChromeListener) => listeners.delete(l),
        hasListener: (l: ChromeListener) => listeners.has(l),
      },
    },
    storage: { sync: { get: vi.fn() } },
    i18n: { getMessage: vi.fn(() => "Hallo") },
  };
  /** Delivers a message as Chrome does: every listener, and the reply passed to sendResponse. */
  const deliver = (message: unknown) =>
    new Promise<{ keptOpen: boolean[]; reply: unknown }>((resolve) => {
      const keptOpen: boolean[] = [];
      let answered = false;
      for (const listener of listeners) {
        keptOpen.push(listener(message, { id: "quiet-reader-id" }, (reply) => {
          answered = true;
          resolve({ keptOpen, reply });
        }));
      }
      if (!answered && !keptOpen.some(Boolean)) resolve({ keptOpen, reply: undefined });
    });
  return { chrome: chrome as unknown as ChromeLike & typeof chrome, listeners, deliver };
}

describe("the content script's browser API on Chrome", () => {
  it("answers a message with the value its listener's promise resolves to", async () => {
    const { chrome, deliver } = fakeChrome();
    browserFromChrome(chrome).runtime.onMessage.addListener(async (message: unknown) => ({ echoed: message }));
    const { keptOpen, reply } = await deliver({ type: "ping" });
    expect(keptOpen).toEqual([true]);
    expect(reply).toEqual({ echoed: { type: "ping" } });
  });

  it("answers a rejected listener with the polyfill's rejection mark, so the sender's promise rejects", async () => {
    const { chrome, deliver } = fakeChrome();
    browserFromChrome(chrome).runtime.onMessage.addListener(async () => {
      throw new Error("no article on this page");
    });
    const { reply } = await deliver({ type: "toggle" });
    expect(reply).toEqual({ __mozWebExtensionPolyfillReject__: true, message: "no article on this page" });
  });

  it("leaves the port to other listeners when its listener does not answer", async () => {
    const { chrome, deliver } = fakeChrome();
    browserFromChrome(chrome).runtime.onMessage.addListener(() => undefined);
    const { keptOpen } = await deliver({ type: "not-ours" });
    expect(keptOpen).toEqual([false]);
  });

  it("removes a listener it added", () => {
    const { chrome, listeners } = fakeChrome();
    const api = browserFromChrome(chrome);
    const listener = async () => "x";
    api.runtime.onMessage.addListener(listener);
    expect(api.runtime.onMessage.hasListener(listener)).toBe(true);
    api.runtime.onMessage.removeListener(listener);
    expect(api.runtime.onMessage.hasListener(listener)).toBe(false);
    expect(listeners.size).toBe(0);
  });

  it("rejects a send whose reply carries the polyfill's rejection mark", async () => {
    const { chrome } = fakeChrome(async () => ({ __mozWebExtensionPolyfillReject__: true, message: "quota exceeded" }));
    await expect(browserFromChrome(chrome).runtime.sendMessage({ type: "save" })).rejects.toThrow("quota exceeded");
  });

  it("resolves a send nobody answered with undefined, as the polyfill does", async () => {
    const { chrome } = fakeChrome(async () => {
      throw new Error("The message port closed before a response was received.");
    });
    await expect(browserFromChrome(chrome).runtime.sendMessage({ type: "save" })).resolves.toBeUndefined();
  });

  it("passes other send errors on", async () => {
    const { chrome } = fakeChrome(async () => {
      throw new Error("Could not establish connection. Receiving end does not exist.");
    });
    await expect(browserFromChrome(chrome).runtime.sendMessage({ type: "save" })).rejects.toThrow("Receiving end does not exist");
  });

  it("resolves a send with its reply, and exposes the extension id, storage and strings", async () => {
    const { chrome } = fakeChrome(async () => ({ saved: true }));
    const api = browserFromChrome(chrome);
    await expect(api.runtime.sendMessage({ type: "save" })).resolves.toEqual({ saved: true });
    expect(chrome.runtime.sendMessage).toHaveBeenCalledWith({ type: "save" });
    expect(api.runtime.id).toBe("quiet-reader-id");
    expect(api.storage).toBe(chrome.storage);
    expect(api.i18n.getMessage("hello")).toBe("Hallo");
  });
});

describe("choosing the API", () => {
  it("uses Firefox's native browser object as it is", () => {
    const native = { runtime: { id: "firefox-id" } };
    expect(contentBrowser({ browser: native, chrome: fakeChrome().chrome })).toBe(native);
  });

  it("adapts chrome when `browser` is a page element clobbering the name, not the API", () => {
    const { chrome } = fakeChrome();
    // <form name="browser"><input name="runtime" id="x"></form>: browser.runtime.id is "x".
    const element = Object.assign(Object.create({ tagName: "FORM" }) as object, { runtime: { id: "x" } });
    expect(contentBrowser({ browser: element, chrome }).runtime.id).toBe("quiet-reader-id");
  });

  it("refuses to run outside an extension", () => {
    expect(() => contentBrowser({})).toThrow(/content script/);
  });
});
