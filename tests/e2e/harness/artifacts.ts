/** Files tests leave behind for people to look at (screenshots), under test-results/. */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./launch-browser.js";

export const ARTIFACTS_DIR = join(ROOT, "test-results");

/** Screenshot of the page's viewport to test-results/<name>.png; returns the path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.bringToFront();
  await page.screenshot({ path });
  return path;
}
