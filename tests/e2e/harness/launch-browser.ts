/**
 * Starts Debian's Chromium with the built extension loaded, through Playwright's persistent
 * context (the only way Chromium loads an unpacked extension). Each launch gets a fresh
 * profile unless a profile folder is given, so a test can close the browser and start it
 * again on the same profile (storage, library) to check that data survives a restart.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "webextension-polyfill";
import { chromium, type BrowserContext, type CDPSession, type ConsoleMessage, type Page, type Worker } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "..", "..", "..");

/** The Chromium binary: Debian's, unless QR_CHROMIUM names another. */
export const CHROMIUM_PATH = process.env.QR_CHROMIUM ?? "/usr/lib/chromium/chromium";

/** The unpacked Chrome build under test: $QR_DIST/chrome (default dist-test/chrome: the test build, `node build.mjs --test`). */
export function extensionDir(): string {
  return resolve(ROOT, process.env.QR_DIST ?? "dist-test", "chrome");
}

/**
 * The global object of an extension page, for functions passed to evaluateInExtension():
 * `(globalThis as ExtensionGlobal).chrome.storage.local.get(...)` (Chromium's `chrome.*`
 * returns promises in MV3, which is the shape webextension-polyfill's types describe).
 */
export type ExtensionGlobal = typeof globalThis & { chrome: Browser };

export interface LaunchOptions {
  /** Profile (user-data-dir) to use; kept on close. Default: a fresh temp folder, removed on close. */
  profileDir?: string;
  /** Unpacked extension to load. Default: extensionDir(). */
  extensionDir?: string;
  /** Extra Chromium switches. */
  args?: string[];
  /** Chromium's UI language, which chrome.i18n (and so the extension's UI) follows. Default "en-US". */
  uiLanguage?: string;
  /** Viewport of new pages. Default 1280×800. */
  viewport?: { width: number; height: number };
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly extensionDir: string;
  readonly profileDir: string;
  /** Console messages of level "error" from the extension's service worker, as they arrive. */
  readonly serviceWorkerErrors: string[];
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** A CDP session on the browser target (Extensions.*, Target.*, Browser.*), created once. */
  browserSession(): Promise<CDPSession>;
  /** The running service worker of the extension (waits for it if it is starting). */
  serviceWorker(): Promise<Worker>;
  /**
   * Runs `fn(arg)` in an extension page (a background tab on the extension's origin, opened
   * once), where the full `chrome.*` API of the extension is available, and returns its value.
   */
  evaluateInExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A new tab, optionally navigated to `url` (waits for the load event). */
  newPage(url?: string): Promise<Page>;
  /** Closes the browser; removes the profile only if this launch created it. */
  close(): Promise<void>;
}

function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, "manifest.json"))) {
    throw new Error(`No extension build at ${dir}: run \`npm run build:test\` (or set QR_DIST to a test build's folder).`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set QR_CHROMIUM.`);
  }
}

/** Chromium switches for a quiet, hermetic test browser. */
function chromiumArgs(dir: string, extra: string[]): string[] {
  return [
    // Playwright passes --disable-extensions; we drop it and allow exactly our extension.
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    // Lets the CDP client use the Extensions domain (Extensions.triggerAction = a toolbar click).
    "--enable-unsafe-extension-debugging",
    "--disable-gpu",
    "--disable-quic",
    "--disable-sync",
    // Hermetic: every host name except 127.0.0.1 fails to resolve, so fixtures cannot reach
    // the network (their third-party URLs fail fast instead of timing out).
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ...extra,
  ];
}

export async function createProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "quiet-reader-profile-"));
}

export async function removeProfileDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = resolve(options.extensionDir ?? extensionDir());
  assertBuilt(dir);
  const ownsProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? (await createProfileDir());
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const uiLanguage = options.uiLanguage ?? "en-US";
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport,
      ignoreDefaultArgs: ["--disable-extensions"],
      args: chromiumArgs(dir, [`--lang=${uiLanguage}`, ...(options.args ?? [])]),
      // On Linux, Chromium takes its UI language from the environment.
      env: { ...process.env, LANGUAGE: uiLanguage.replace("-", "_") },
    });
  } catch (error) {
    if (ownsProfile) await removeProfileDir(profileDir);
    throw error;
  }

  let session: Promise<CDPSession> | null = null;
  const browserSession = (): Promise<CDPSession> => {
    const browser = context.browser();
    if (!browser) throw new Error("The persistent context has no Browser object; cannot open a browser CDP session.");
    return (session ??= browser.newBrowserCDPSession());
  };

  // The extension id, from Chromium itself (Extensions.getExtensions), matched by folder.
  const { extensions } = await (await browserSession()).send("Extensions.getExtensions");
  const loaded = extensions.find((e) => resolve(e.path) === dir);
  if (!loaded) {
    await context.close();
    if (ownsProfile) await removeProfileDir(profileDir);
    throw new Error(`Chromium did not load the extension from ${dir} (loaded: ${JSON.stringify(extensions)})`);
  }
  const extensionId = loaded.id;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const serviceWorkerErrors: string[] = [];
  const watchWorker = (worker: Worker): void => {
    if (!worker.url().startsWith(extensionOrigin)) return;
    worker.on("console", (message: ConsoleMessage) => {
      if (message.type() === "error") serviceWorkerErrors.push(message.text());
    });
  };
  context.serviceWorkers().forEach(watchWorker);
  context.on("serviceworker", watchWorker);

  const newPage = async (url?: string): Promise<Page> => {
    const page = await context.newPage();
    if (url) await page.goto(url);
    return page;
  };

  // The extension-origin tab for evaluateInExtension(); reopened if something closed it
  // (reloading the extension closes its pages).
  let helperPage: Promise<Page> | null = null;
  const extensionHelperPage = async (): Promise<Page> => {
    const current = helperPage ? await helperPage.catch(() => null) : null;
    if (current && !current.isClosed()) return current;
    helperPage = newPage(`${extensionOrigin}/manifest.json`);
    return helperPage;
  };

  return {
    context,
    extensionId,
    extensionDir: dir,
    profileDir,
    serviceWorkerErrors,
    extensionUrl: (path) => `${extensionOrigin}/${path.replace(/^\//, "")}`,
    browserSession,
    async serviceWorker() {
      // The newest one: after a reload the old worker may still be listed for a moment.
      const running = context.serviceWorkers().filter((w) => w.url().startsWith(extensionOrigin)).at(-1);
      if (running) return running;
      return context.waitForEvent("serviceworker", { predicate: (w) => w.url().startsWith(extensionOrigin) });
    },
    async evaluateInExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
      // manifest.json is a page on the extension's origin that runs none of our code.
      const page = await extensionHelperPage();
      return page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
    },
    newPage,
    async close() {
      await context.close();
      if (ownsProfile) await removeProfileDir(profileDir);
    },
  };
}
