/**
 * A fresh Firefox profile for one test browser: a temp folder with a user.js that pins the
 * add-on's internal UUID (so moz-extension://<uuid>/ is known before install), asks Marionette
 * for a free port, keeps the browser quiet and makes it hermetic (every host but 127.0.0.1
 * goes to a closed proxy port and fails at once, like Chromium's --host-resolver-rules).
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The add-on id from manifest.json's browser_specific_settings.gecko.id. */
export const ADDON_ID = "quiet-reader@quiet-reader.dev";
/** The add-on's internal UUID in test profiles: its pages are moz-extension://<this>/... */
export const ADDON_UUID = "5b1e2a9c-7d0f-4c3e-9a61-2f8d4b6c0e17";

/** Preferences written to user.js, as data. */
export function profilePrefs(uiLanguage: string): Record<string, string | number | boolean> {
  return {
    "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    // 0: Marionette picks a free port and writes it to <profile>/MarionetteActivePort.
    "marionette.port": 0,
    "intl.locale.requested": uiLanguage,
    "intl.accept_languages": uiLanguage,
    // Hermetic: a manual proxy on a port nothing listens on, except for 127.0.0.1.
    "network.proxy.type": 1,
    "network.proxy.http": "127.0.0.1",
    "network.proxy.http_port": 9,
    "network.proxy.ssl": "127.0.0.1",
    "network.proxy.ssl_port": 9,
    "network.proxy.socks": "127.0.0.1",
    "network.proxy.socks_port": 9,
    "network.proxy.no_proxies_on": "127.0.0.1",
    "network.proxy.allow_hijacking_localhost": false,
    "network.dns.disablePrefetch": true,
    "network.http.speculative-parallel-limit": 0,
    "browser.shell.checkDefaultBrowser": false,
    "browser.startup.homepage_override.mstone": "ignore",
    "browser.aboutwelcome.enabled": false,
    "browser.tabs.warnOnClose": false,
    "browser.warnOnQuit": false,
    "datareporting.policy.dataSubmissionEnabled": false,
    "toolkit.telemetry.reportingpolicy.firstRun": false,
    "app.update.disabledForTesting": true,
    "extensions.update.enabled": false,
    "extensions.getAddons.cache.enabled": false,
    // console.* calls of content processes (pages, the add-on's own pages and event page) go
    // to stdout too: the parent's console service does not see them (console.ts reads both).
    "devtools.console.stdout.content": true,
    // Downloads (<a download> exports) land in <profile>/downloads without asking.
    "browser.download.folderList": 2,
    "browser.download.useDownloadDir": true,
    "browser.download.always_ask_before_handling_new_types": false,
    "browser.download.start_downloads_in_tmp_dir": false,
    "browser.download.alwaysOpenPanel": false,
    "browser.download.panel.shown": true,
  };
}

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join("\n") + "\n";
}

/** Where downloads of a profile land. */
export function downloadDir(profileDir: string): string {
  return join(profileDir, "downloads");
}

export async function createFirefoxProfile(uiLanguage = "en-US"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "quiet-reader-firefox-"));
  await mkdir(downloadDir(dir));
  await writeFile(join(dir, "user.js"), userJs({ ...profilePrefs(uiLanguage), "browser.download.dir": downloadDir(dir) }));
  return dir;
}

export async function removeFirefoxProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}
