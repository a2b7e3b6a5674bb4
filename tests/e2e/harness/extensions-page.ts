/**
 * What chrome://extensions says about the extension: its load state, manifest warnings
 * (e.g. "Unrecognized manifest key", listed as manifestErrors), install warnings and the
 * runtime errors (uncaught exceptions, console.error) Chromium collected. Read through chrome.developerPrivate, the private API behind that very page,
 * so "loads without errors or warnings" is checked against what a user would see.
 */
import type { ExtensionBrowser } from "./launch-browser.js";

export interface ExtensionsPageReport {
  /** "ENABLED", "DISABLED", "TERMINATED", "BLOCKLISTED" */
  state: string;
  manifestErrors: string[];
  installWarnings: string[];
  runtimeErrors: string[];
  runtimeWarnings: string[];
}

interface DeveloperPrivate {
  getExtensionsInfo(options: { includeDisabled: boolean; includeTerminated: boolean }, callback: (info: unknown[]) => void): void;
  updateProfileConfiguration(update: { inDeveloperMode: boolean }, callback: () => void): void;
  updateExtensionConfiguration(update: { extensionId: string; errorCollection: boolean }, callback: () => void): void;
  reload(extensionId: string, options: { failQuietly: boolean }, callback: () => void): void;
}

async function onExtensionsPage<R, A>(eb: ExtensionBrowser, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const page = await eb.newPage("chrome://extensions/");
  try {
    return await page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  } finally {
    await page.close();
  }
}

/**
 * Makes chrome://extensions collect everything a developer would see there, then reloads the
 * extension so that its manifest warnings and the new service worker's errors are recorded:
 * Developer mode on, error collection on for the extension, reload (Chromium records nothing
 * for an extension loaded before collection was on). Resolves when the new service worker
 * runs. Call right after launchBrowser(); storage survives the reload, and
 * runtime.onInstalled fires again (reason "update").
 */
export async function collectExtensionErrors(eb: ExtensionBrowser): Promise<void> {
  const origin = eb.extensionUrl("");
  const restarted = eb.context.waitForEvent("serviceworker", { predicate: (w) => w.url().startsWith(origin) });
  const failure = await onExtensionsPage(eb, (extensionId: string) => new Promise<string | null>((done) => {
    const chrome = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate; runtime: { lastError?: { message?: string } } } }).chrome;
    const api = chrome.developerPrivate;
    const fail = (): boolean => {
      if (!chrome.runtime.lastError) return false;
      done(chrome.runtime.lastError.message ?? "unknown error");
      return true;
    };
    api.updateProfileConfiguration({ inDeveloperMode: true }, () => {
      if (fail()) return;
      api.updateExtensionConfiguration({ extensionId, errorCollection: true }, () => {
        if (fail()) return;
        api.reload(extensionId, { failQuietly: false }, () => void (fail() || done(null)));
      });
    });
  }), eb.extensionId);
  if (failure) throw new Error(`chrome://extensions could not turn on error collection: ${failure}`);
  await restarted;
}

/** The extension's entry on chrome://extensions. */
export async function extensionsPageReport(eb: ExtensionBrowser): Promise<ExtensionsPageReport> {
  const info = await onExtensionsPage(eb, (id: string) => new Promise<ExtensionsPageReport | null>((done) => {
    type Item = { id: string; state: string; manifestErrors?: { message: string }[]; installWarnings?: string[]; runtimeErrors?: { message: string; severity?: string }[]; runtimeWarnings?: string[] };
    const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
    api.getExtensionsInfo({ includeDisabled: true, includeTerminated: true }, (all) => {
      const item = (all as Item[]).find((e) => e.id === id);
      done(item ? {
        state: item.state,
        manifestErrors: (item.manifestErrors ?? []).map((e) => e.message),
        installWarnings: item.installWarnings ?? [],
        runtimeErrors: (item.runtimeErrors ?? []).map((e) => `${e.severity ?? "ERROR"}: ${e.message}`),
        runtimeWarnings: item.runtimeWarnings ?? [],
      } : null);
    });
  }), eb.extensionId);
  if (!info) throw new Error(`chrome://extensions does not list ${eb.extensionId}`);
  return info;
}
