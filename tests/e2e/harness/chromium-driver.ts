/**
 * The Chromium driver of the shared scenarios (driver.ts): the existing playwright-core
 * harness (launch-browser.ts, trigger-action.ts, popup.ts, isolated-world.ts) behind the
 * ReaderDriver interface.
 */
import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { saveScreenshot } from "./artifacts.js";
import type { DriverTab, ReaderDriver } from "./driver.js";
import { popupReady } from "./driver.js";
import { collectExtensionErrors, extensionsPageReport } from "./extensions-page.js";
import { evaluateInContentScript } from "./isolated-world.js";
import { launchBrowser, type ExtensionBrowser, type LaunchOptions } from "./launch-browser.js";
import { POPUP_PATH } from "./popup.js";
import { chromeTabId, triggerAction } from "./trigger-action.js";

class ChromiumDriverTab implements DriverTab {
  constructor(readonly page: Page) {}
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  }
  async waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A): Promise<void> {
    await this.page.waitForFunction(fn as (arg: unknown) => unknown, arg as unknown);
  }
  async click(selector: string): Promise<void> {
    await this.page.bringToFront();
    await this.page.locator(selector).first().click();
  }
  async press(key: "Escape"): Promise<void> {
    await this.page.bringToFront();
    await this.page.keyboard.press(key);
  }
  screenshot(name: string): Promise<string> {
    return saveScreenshot(this.page, `chromium-${name}`);
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

function pageOf(tab: DriverTab): Page {
  if (!(tab instanceof ChromiumDriverTab)) throw new Error("Not a tab of the Chromium driver");
  return tab.page;
}

export interface ChromiumDriver extends ReaderDriver {
  readonly eb: ExtensionBrowser;
}

/** Chromium with the extension and chrome://extensions error collection on (launchBrowser options apply). */
export async function launchChromiumDriver(options: LaunchOptions = {}): Promise<ChromiumDriver> {
  const eb = await launchBrowser(options);
  try {
    await collectExtensionErrors(eb);
  } catch (error) {
    await eb.close();
    throw error;
  }
  return {
    browser: "chromium",
    eb,
    extensionUrl: (path) => eb.extensionUrl(path),
    async openTab(url, opts) {
      const page = await eb.newPage();
      if (opts?.viewport) await page.setViewportSize(opts.viewport);
      await page.goto(url);
      return new ChromiumDriverTab(page);
    },
    clickToolbarButton: (tab) => triggerAction(eb, pageOf(tab)),
    async openPopup(tab) {
      const tabId = await chromeTabId(eb, pageOf(tab));
      const popup = await eb.newPage(eb.extensionUrl(`${POPUP_PATH}?tabId=${tabId}`));
      await popup.waitForFunction(popupReady);
      return new ChromiumDriverTab(popup);
    },
    // Chromium handles extension shortcuts in the browser UI, which CDP input events do not reach.
    canPressShortcuts: false,
    pressShortcut: () => Promise.reject(new Error("Chromium's harness cannot press browser-level shortcuts")),
    evaluateInContentScript: (tab, fn, arg) => evaluateInContentScript(pageOf(tab), eb.extensionId, fn, arg),
    evaluateInExtension: (fn, arg) => eb.evaluateInExtension(fn, arg),
    async download(tab, selector) {
      const page = pageOf(tab);
      const [file] = await Promise.all([page.waitForEvent("download") as Promise<Download>, tab.click(selector)]);
      return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
    },
    async extensionErrors() {
      const report = await extensionsPageReport(eb);
      return [...eb.serviceWorkerErrors, ...report.runtimeErrors, ...report.manifestErrors];
    },
    close: () => eb.close(),
  };
}
