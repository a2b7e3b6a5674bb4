/**
 * Installs the built add-on as a temporary add-on (what about:debugging's "Load Temporary
 * Add-on" does) through WebDriver BiDi webExtension.install, and waits until its event page
 * runs. Its internal UUID is pinned by the profile (profile.ts), so its pages live at
 * moz-extension://ADDON_UUID/.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ROOT } from "../launch-browser.js";
import { runInChrome } from "./chrome-context.js";
import type { FirefoxProcess } from "./launch.js";
import { ADDON_ID } from "./profile.js";

/** The unpacked Firefox build under test: $QR_DIST/firefox (default dist-test/firefox: the test build, `node build.mjs --test`). */
export function firefoxExtensionDir(): string {
  return resolve(ROOT, process.env.QR_DIST ?? "dist-test", "firefox");
}

export async function installAddon(ff: FirefoxProcess, dir = firefoxExtensionDir()): Promise<void> {
  if (!existsSync(join(dir, "manifest.json"))) {
    throw new Error(`No extension build at ${dir}: run \`npm run build:test\` (or set QR_DIST to a test build's folder).`);
  }
  const { extension } = await ff.bidi.send<{ extension: string }>("webExtension.install", { extensionData: { type: "path", path: dir } });
  if (extension !== ADDON_ID) throw new Error(`Installed ${extension}, expected ${ADDON_ID}`);
  // The event page has started when its background context exists.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const running = await runInChrome<boolean>(
      ff.marionette,
      `const policy = WebExtensionPolicy.getByID(args[0]);
       const ext = policy?.extension;
       return !!ext && ext.backgroundState === "running";`,
      [ADDON_ID],
    );
    if (running) return;
    await sleep(50);
  }
  const state = await runInChrome<string>(ff.marionette, `return String(WebExtensionPolicy.getByID(args[0])?.extension?.backgroundState);`, [ADDON_ID]);
  throw new Error(`The add-on's event page did not start within 30 s (backgroundState: ${state})`);
}
