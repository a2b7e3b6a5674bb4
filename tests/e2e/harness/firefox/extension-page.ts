/**
 * An extension page to run add-on API calls from (the add-on's manifest.json in a tab: a page
 * on its origin that runs none of its code), and the tabs.Tab id of a BiDi tab, which the
 * popup's ?tabId= and scripting.executeScript want.
 */
import type { FirefoxProcess } from "./launch.js";
import { ADDON_UUID } from "./profile.js";
import { openTab, type FirefoxTab } from "./tabs.js";

export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export function extensionUrl(path: string): string {
  return `${EXTENSION_ORIGIN}/${path.replace(/^\//, "")}`;
}

export class ExtensionPage {
  private tab: Promise<FirefoxTab> | null = null;
  private readonly tabIds = new Map<string, number>();

  constructor(private readonly ff: FirefoxProcess) {}

  private async page(): Promise<FirefoxTab> {
    this.tab ??= openTab(this.ff.bidi, extensionUrl("manifest.json"));
    return this.tab;
  }

  /** Runs `fn(arg)` in the extension page, where the add-on's `browser.*` API is available. */
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.page()).evaluate(fn, arg);
  }

  /** Evaluates the expression `source` (source text) in the extension page. */
  async evaluateSource<R>(source: string): Promise<R> {
    return (await this.page()).evaluateSource(source);
  }

  /** The tabs.Tab id of `tab`: brings it to the front and asks which tab is active. */
  async tabIdOf(tab: FirefoxTab): Promise<number> {
    const known = this.tabIds.get(tab.context);
    if (known !== undefined) return known;
    await this.page();
    await tab.activate();
    const ids = await this.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).browser;
      return (await api.tabs.query({ active: true, currentWindow: true })).map((t) => t.id);
    });
    const [id] = ids;
    if (ids.length !== 1 || typeof id !== "number") throw new Error(`Expected one active tab, got ${JSON.stringify(ids)}`);
    this.tabIds.set(tab.context, id);
    return id;
  }
}
