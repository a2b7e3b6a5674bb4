/**
 * One scenario, two drivers: the user paths both browsers must pass (tests/e2e/scenarios/)
 * are written once against this interface, which the Chromium harness (chromium-driver.ts,
 * playwright-core over CDP) and the Firefox harness (firefox/driver.ts, Marionette + WebDriver
 * BiDi) implement. Functions passed to evaluate* are sent as source text: no closures or
 * imports; arguments and results travel as JSON.
 */
import type { ReaderInspection } from "./reader.js";

export type BrowserName = "chromium" | "firefox";

/** The manifest's keyboard commands. */
export type CommandName = "toggle-reader" | "save-article";

/** A tab: a web page, or one of the extension's pages (popup, library, options). */
export interface DriverTab {
  /** Runs `fn(arg)` in the page's own world (on extension pages: with the extension API). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Polls `fn(arg)` in the page until it returns a truthy value. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A): Promise<void>;
  /** A real mouse click on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** A real key press in the page (the tab is brought to the front first). */
  press(key: "Escape"): Promise<void>;
  /** Screenshot of the viewport to test-results/<browser>-<name>.png; returns the path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface ReaderDriver {
  readonly browser: BrowserName;
  /** The extension page at `path` (chrome-extension://<id>/… or moz-extension://<uuid>/…). */
  extensionUrl(path: string): string;
  /** A new foreground tab at `url` (load event awaited). Default viewport 1280×800. */
  openTab(url: string, options?: { viewport?: { width: number; height: number } }): Promise<DriverTab>;
  /** A user's click on the toolbar button while `tab` is in front: grants activeTab, opens the popup panel. */
  clickToolbarButton(tab: DriverTab): Promise<void>;
  /** popup/popup.html?tabId=<tab's id> in a tab of its own, once it has initialised. */
  openPopup(tab: DriverTab): Promise<DriverTab>;
  /** Whether this driver can press the manifest's keyboard shortcuts as a user does. */
  readonly canPressShortcuts: boolean;
  /** Presses the command's shortcut (manifest suggested_key) on the browser window, with `tab` in front. */
  pressShortcut(tab: DriverTab, command: CommandName): Promise<void>;
  /** Runs `fn(arg)` in the content script's world; throws NoContentScriptError when nothing was injected. */
  evaluateInContentScript<R, A = undefined>(tab: DriverTab, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs `fn(arg)` in an extension page; the API is `globalThis.browser ?? globalThis.chrome` (see extensionApi). */
  evaluateInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Clicks `selector` in `tab` and returns the file the browser downloaded. */
  download(tab: DriverTab, selector: string): Promise<{ name: string; body: Buffer }>;
  /** Errors the extension reported (service worker / event page, pages, content script) so far. */
  extensionErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** What the overlay shows (the content script's inspect()), read through a driver. */
export async function inspectWith(driver: ReaderDriver, tab: DriverTab): Promise<ReaderInspection> {
  return driver.evaluateInContentScript(tab, () => {
    const api = Object.hasOwn(globalThis, "__quietReader") ? (globalThis as { __quietReader?: { inspect(): unknown } }).__quietReader : undefined;
    if (!api) throw new Error("globalThis.__quietReader is missing in the content script's world");
    return api.inspect() as ReaderInspection;
  });
}

/**
 * The popup has initialised when its button is enabled, or when it shows a message instead
 * (restricted page, tab gone). Runs in the popup page.
 */
export function popupReady(): boolean {
  const button = document.getElementById("toggle-reader") as HTMLButtonElement | null;
  const message = document.getElementById("popup-message");
  return !!button && !!message && (!button.disabled || !message.hidden);
}
