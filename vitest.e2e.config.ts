import { configDefaults, defineConfig } from "vitest/config";

// Real-browser tests, one file at a time: the built extension in Debian's headless Chromium
// (playwright-core) and in Debian's firefox-esr (tests/e2e/firefox-*.e2e.test.ts: Marionette +
// WebDriver BiDi). QR_BROWSER=chromium or QR_BROWSER=firefox runs one browser's files only.
const FIREFOX_FILES = "tests/e2e/firefox-*.e2e.test.ts";
const browser = process.env.QR_BROWSER ?? "";
if (!["", "chromium", "firefox"].includes(browser)) throw new Error(`QR_BROWSER must be chromium or firefox, not ${JSON.stringify(browser)}`);

export default defineConfig({
  test: {
    include: browser === "firefox" ? [FIREFOX_FILES] : ["tests/e2e/**/*.e2e.test.ts"],
    exclude: browser === "chromium" ? [...configDefaults.exclude, FIREFOX_FILES] : configDefaults.exclude,
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
