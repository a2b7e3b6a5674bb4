/**
 * Reader settings live in storage.sync: a choice made in the options page must still be
 * there after the browser is closed and started again on the same profile, and the first
 * reader opened after the restart must use it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PALETTES } from "../../src/settings/themes.js";
import {
  createProfileDir,
  inspectReader,
  launchBrowser,
  openReaderViaPopup,
  removeProfileDir,
  startFixtureServer,
  type ExtensionGlobal,
  type FixtureServer,
} from "./harness/index.js";

let server: FixtureServer;
let profileDir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  profileDir = await createProfileDir();
});

afterAll(async () => {
  await server?.close();
  if (profileDir) await removeProfileDir(profileDir);
});

describe("settings across a browser restart", () => {
  it("keep the theme, font and size chosen in the options page", async () => {
    const first = await launchBrowser({ profileDir });
    const options = await first.newPage(first.extensionUrl("options/options.html"));
    await options.locator("#opt-theme option").first().waitFor({ state: "attached" });
    await options.selectOption("#opt-theme", "sepia");
    await options.selectOption("#opt-fontFamily", "sans");
    await options.locator("#opt-fontSize").fill("26");
    await expect
      .poll(async () => (await first.evaluateInExtension(() => (globalThis as ExtensionGlobal).chrome.storage.sync.get("settings"))).settings)
      .toMatchObject({ theme: "sepia", fontFamily: "sans", fontSize: 26 });
    // The live preview follows the form.
    expect(await options.locator("#preview").evaluate((node) => getComputedStyle(node).backgroundColor)).toBe("rgb(244, 236, 216)");
    await first.close();

    const second = await launchBrowser({ profileDir });
    try {
      const page = await second.newPage(server.fixtureUrl("seed-christian-post"));
      const { popup } = await openReaderViaPopup(second, page);
      const reader = await inspectReader(second, page);
      expect(reader.settings).toMatchObject({ theme: "sepia", fontFamily: "sans", fontSize: 26 });
      expect(reader.style).toMatchObject({ fontSize: "26px", background: "rgb(244, 236, 216)" });
      expect(reader.style!.fontFamily).toContain("sans-serif");
      expect(PALETTES.sepia.bg).toBe("#f4ecd8");
      await popup.close();
    } finally {
      await second.close();
    }
  });
});
