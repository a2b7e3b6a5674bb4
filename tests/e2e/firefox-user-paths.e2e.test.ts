/**
 * The user's paths (scenarios/user-paths.ts) in real Firefox: Debian's firefox-esr, headless,
 * a fresh profile, dist-test/firefox (the test build) installed as a temporary add-on, driven by Marionette and
 * WebDriver BiDi (harness/firefox/). Also: the browser console shows no Xray wrapper
 * warnings from the add-on's content script.
 */
import { describe, expect, it } from "vitest";
import { launchFirefoxDriver, type FirefoxDriver } from "./harness/firefox/driver.js";
import { isFromAddon } from "./harness/firefox/console.js";
import { userPathScenarios } from "./scenarios/user-paths.js";

let firefox: FirefoxDriver | undefined;

userPathScenarios(async () => (firefox = await launchFirefoxDriver()));

describe("the browser console in Firefox", () => {
  it("gets no error when the popup or the options page closes (their storage listeners go with the page)", async () => {
    const teardownErrors = async () => (await firefox!.consoleEntries()).filter((entry) => /closed conduit/.test(entry.message)).length;
    for (const path of ["popup/popup.html", "options/options.html"]) {
      const before = await teardownErrors();
      const page = await firefox!.openTab(firefox!.extensionUrl(path));
      await page.waitFor(() => document.readyState === "complete" && document.querySelectorAll("select option").length > 0);
      await page.close();
      // Firefox reports it while tearing the page down, shortly after the close.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await teardownErrors(), path).toBe(before);
    }
  });


  it("has no XrayWrapper warnings from the add-on (the page's adoptedStyleSheets read without iterating its wrapper)", async () => {
    const entries = await firefox!.consoleEntries();
    expect(entries.filter((entry) => /XrayWrapper/.test(entry.message) && isFromAddon(entry))).toEqual([]);
    expect(entries.filter((entry) => /XrayWrapper/.test(entry.message))).toEqual([]);
  });
});
