/**
 * The Firefox driver of the shared scenarios (../driver.ts): Debian's firefox-esr, headless,
 * a fresh profile, dist-test/firefox (the test build) installed as a temporary add-on. Composes the one-job modules
 * beside it; see index.ts for the API summary.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CommandName, DriverTab, ReaderDriver } from "../driver.js";
import { popupReady } from "../driver.js";
import { addonErrors, recordBrowserConsole } from "./console.js";
import { awaitDownload } from "./downloads.js";
import { ExtensionPage, extensionUrl } from "./extension-page.js";
import { installAddon, firefoxExtensionDir } from "./install.js";
import { evaluateInContentScript } from "./isolated-world.js";
import { parseShortcut, pressShortcut } from "./keyboard-command.js";
import { startFirefox, type FirefoxProcess } from "./launch.js";
import { saveFirefoxScreenshot } from "./screenshot.js";
import { FirefoxTab, KEYS, openTab, DEFAULT_VIEWPORT } from "./tabs.js";
import { triggerAction } from "./trigger-action.js";

/** A tab of the Firefox driver: a BiDi browsing context with the DriverTab methods. */
class FirefoxDriverTab implements DriverTab {
  constructor(readonly tab: FirefoxTab) {}
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.tab.evaluate(fn, arg);
  }
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A): Promise<void> {
    return this.tab.waitFor(fn, arg);
  }
  async click(selector: string): Promise<void> {
    await this.tab.activate();
    await this.tab.click(selector);
  }
  async press(key: "Escape"): Promise<void> {
    await this.tab.activate();
    await this.tab.press(KEYS[key]);
  }
  screenshot(name: string): Promise<string> {
    return saveFirefoxScreenshot(this.tab, `firefox-${name}`);
  }
  close(): Promise<void> {
    return this.tab.close();
  }
}

function firefoxTab(tab: DriverTab): FirefoxTab {
  if (!(tab instanceof FirefoxDriverTab)) throw new Error("Not a tab of the Firefox driver");
  return tab.tab;
}

export interface FirefoxDriver extends ReaderDriver {
  readonly process: FirefoxProcess;
  readonly extensionPage: ExtensionPage;
  /** The tabs.Tab id of a tab. */
  tabId(tab: DriverTab): Promise<number>;
  /** The browser console so far, every source (for the Xray check). */
  consoleEntries(): Promise<import("./console.js").ConsoleEntry[]>;
}

const MANIFEST = (dir: string) => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { commands?: Record<string, { suggested_key?: { default?: string } }> };

export async function launchFirefoxDriver(options: { extensionDir?: string } = {}): Promise<FirefoxDriver> {
  const dir = options.extensionDir ?? firefoxExtensionDir();
  const ff = await startFirefox();
  try {
    await recordBrowserConsole(ff);
    await installAddon(ff, dir);
  } catch (error) {
    await ff.close();
    throw error;
  }
  const page = new ExtensionPage(ff);
  const commands = MANIFEST(dir).commands ?? {};
  const tabId = (tab: DriverTab) => page.tabIdOf(firefoxTab(tab));
  const driver: FirefoxDriver = {
    browser: "firefox",
    process: ff,
    extensionPage: page,
    canPressShortcuts: true,
    extensionUrl,
    tabId,
    async openTab(url, opts) {
      return new FirefoxDriverTab(await openTab(ff.bidi, url, opts?.viewport ?? DEFAULT_VIEWPORT));
    },
    async clickToolbarButton(tab) {
      await tabId(tab);
      await firefoxTab(tab).activate();
      await triggerAction(ff);
    },
    async openPopup(tab) {
      const popup = await openTab(ff.bidi, extensionUrl(`popup/popup.html?tabId=${await tabId(tab)}`));
      await popup.waitFor(popupReady);
      return new FirefoxDriverTab(popup);
    },
    async pressShortcut(tab, command: CommandName) {
      const key = commands[command]?.suggested_key?.default;
      if (!key) throw new Error(`The manifest has no shortcut for ${command}`);
      await tabId(tab);
      await firefoxTab(tab).activate();
      await pressShortcut(ff, parseShortcut(key));
    },
    async evaluateInContentScript(tab, fn, arg) {
      return evaluateInContentScript(page, await tabId(tab), fn, arg);
    },
    evaluateInExtension: (fn, arg) => page.evaluate(fn, arg),
    download: (tab, selector) => awaitDownload(ff.profileDir, () => tab.click(selector)),
    async extensionErrors() {
      return (await addonErrors(ff)).map((entry) => `${entry.source} ${entry.message}`.trim());
    },
    async consoleEntries() {
      return (await import("./console.js")).browserConsole(ff);
    },
    close: () => ff.close(),
  };
  return driver;
}
