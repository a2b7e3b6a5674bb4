/**
 * Firefox for Android has no `commands` and no `contextMenus`. The background must still start
 * there with every other feature (the popup's save and the link saving answer messages,
 * auto-open watches tabs), and must use both APIs where they exist. Each case starts one
 * browser's entry (src/background/platform/<browser>/background.ts): both wire every feature.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

const listeners = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn(() => false) });

function fakeBrowser(withDesktopApis: boolean) {
  return {
    runtime: { onMessage: listeners(), onInstalled: listeners(), getURL: (path: string) => `ext://id/${path}`, id: "id" },
    tabs: { onUpdated: listeners(), query: vi.fn(async () => []) },
    i18n: { getMessage: (key: string) => key },
    ...(withDesktopApis ? { commands: { onCommand: listeners() }, contextMenus: { onClicked: listeners(), create: vi.fn() } } : {}),
  };
}

let browser = fakeBrowser(false);
vi.mock("../../src/platform/browser-api.js", () => ({
  get browser() {
    return browser;
  },
}));

beforeEach(() => {
  vi.resetModules();
});

describe("the background", () => {
  it("starts without commands and context menus (Firefox for Android): messages and tab events are still handled", async () => {
    browser = fakeBrowser(false);
    await expect(import("../../src/background/platform/firefox/background.js")).resolves.toBeDefined();
    // save-tab, save-link and lazy-bundles routers listen for messages; auto-open watches tab loads.
    expect(browser.runtime.onMessage.addListener).toHaveBeenCalledTimes(3);
    expect(browser.tabs.onUpdated.addListener).toHaveBeenCalledTimes(1);
    // No menus to create at install.
    expect(browser.runtime.onInstalled.addListener).not.toHaveBeenCalled();
  });

  it("registers both shortcuts and the menus where the browser has them (desktop)", async () => {
    const desktop = fakeBrowser(true);
    browser = desktop;
    await import("../../src/background/platform/chromium/background.js");
    const full = desktop as ReturnType<typeof fakeBrowser> & { commands: { onCommand: ReturnType<typeof listeners> }; contextMenus: { onClicked: ReturnType<typeof listeners>; create: ReturnType<typeof vi.fn> } };
    expect(full.commands.onCommand.addListener).toHaveBeenCalledTimes(2);
    expect(full.contextMenus.onClicked.addListener).toHaveBeenCalledTimes(2);
    expect(desktop.runtime.onMessage.addListener).toHaveBeenCalledTimes(3);
    // The menu items are created on install: three of them.
    for (const [listener] of desktop.runtime.onInstalled.addListener.mock.calls) (listener as () => void)();
    expect(full.contextMenus.create.mock.calls.map(([item]) => (item as { id: string }).id).sort()).toEqual(["open-in-reader", "save-link", "save-page"]);
  });
});
