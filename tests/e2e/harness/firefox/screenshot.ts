/** Screenshots of Firefox tabs (BiDi browsingContext.captureScreenshot) to test-results/. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ARTIFACTS_DIR } from "../artifacts.js";
import type { FirefoxTab } from "./tabs.js";

/** PNG of the tab's viewport to test-results/<name>.png; returns the path. */
export async function saveFirefoxScreenshot(tab: FirefoxTab, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await tab.activate();
  await writeFile(path, await tab.screenshot());
  return path;
}
