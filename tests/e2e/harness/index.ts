/**
 * Real-browser test harness: the test build of the extension (dist-test/chrome from
 * `npm run build:test`, with the `__quietReader` handle; or $QR_DIST/chrome) in
 * Debian's headless Chromium, driven by playwright-core, with fixtures served over
 * http://127.0.0.1. Import everything from here: `import { ... } from "./harness/index.js"`.
 *
 * Typical test
 *   const server = await startFixtureServer();            // serves tests/fixtures/
 *   const eb = await launchBrowser();                      // fresh profile, extension loaded
 *   await collectExtensionErrors(eb);                      // optional: chrome://extensions error log
 *   const page = await eb.newPage(server.fixtureUrl("seed-christian-post"));
 *   const { popup, reader } = await openReaderViaPopup(eb, page);   // toolbar click + popup button
 *   expect(reader.open).toBe(true);                        // reader = inspect() of the overlay
 *   await pressEscape(page);
 *   await eb.close(); await server.close();
 *
 * launch-browser.ts
 *   launchBrowser(opts?) → ExtensionBrowser. opts: { profileDir?, extensionDir?, args?, uiLanguage? ("en-US"),
 *     viewport? (1280×800) }. Without profileDir a temp profile is created and removed on close();
 *     with it, the folder is kept, so `createProfileDir()` + launch/close/launch again on the same
 *     dir tests persistence across a browser restart. `removeProfileDir(dir)` cleans up.
 *     Chromium runs headless, hermetic (every host except 127.0.0.1 fails DNS), UI in English.
 *   ExtensionBrowser: context (Playwright BrowserContext), extensionId, extensionDir, profileDir,
 *     extensionUrl(path) → chrome-extension://<id>/<path>, newPage(url?) (waits for load),
 *     browserSession() (CDP on the browser target), serviceWorker() (waits for it),
 *     serviceWorkerErrors (console errors of the service worker, live array),
 *     evaluateInExtension(fn, arg?) → runs fn(arg) in an extension-origin tab with the full
 *       chrome.* API; write `(globalThis as ExtensionGlobal).chrome.storage.local.get(...)`,
 *       fn is serialised (no closures/imports), arg/result must be JSON-serialisable.
 *     close().
 *   extensionDir() → $QR_DIST/chrome (default dist-test/chrome); CHROMIUM_PATH ($QR_CHROMIUM or
 *     /usr/lib/chromium/chromium); ROOT (repo root).
 *
 * fixture-server.ts
 *   startFixtureServer({ root? }) → FixtureServer: origin, url(path), fixtureUrl(name) →
 *     <origin>/<name>/source.html, route(path, {status, headers, body} | (req, res) => void)
 *     (exact path, takes precedence over files; use it for CSP headers, markers, redirects),
 *     requests (every request: method, url, path, headers, status), wasRequested(path | predicate),
 *     clearRequests(), close(). Content types by extension; 404 for missing files.
 *     "No request to a marker URL": point the marker at server.url("/marker/x") and assert
 *     !server.wasRequested("/marker/x") (other hosts never resolve, so use this origin).
 *
 * trigger-action.ts
 *   triggerAction(eb, page): the real toolbar click (CDP Extensions.triggerAction on the page's
 *     tab target), after bringing the tab to the front (Chromium grants activeTab only to the
 *     active tab): grants activeTab for that tab and opens the action popup (not a Playwright page).
 *   chromeTabId(eb, page) → the chrome.tabs id of the page's tab; tabTargetId(eb, page); pageTargetId(page).
 *
 * popup.ts
 *   openPopup(eb, targetPage, { bare? }) → PopupHandle for popup/popup.html?tabId=<target's tab>
 *     (bare: &bare=1, the test build's popup then injects the benchmark's bare reader), after the
 *     popup initialised: { page, tabId, button (#toggle-reader), message (#popup-message),
 *     messageText() (null while hidden), isButtonEnabled(), clickToggle() (click + wait until
 *     the popup finished handling it), close() }.
 *
 * isolated-world.ts (the content script's world; the overlay's shadow root is closed)
 *   evaluateInContentScript(page, extensionId, fn, arg?) → fn(arg) evaluated in the extension's
 *     isolated world of the main frame (promises awaited, value returned by JSON);
 *     throws NoContentScriptError when nothing was injected.
 *   hasContentScript(page, extensionId), contentScriptWorlds(page, extensionId).
 *
 * reader.ts
 *   openReaderViaPopup(eb, page) / toggleReaderViaPopup(eb, page) → { popup, reader }:
 *     triggerAction + openPopup + clickToggle, then inspectReader. Click popup.clickToggle()
 *     again to toggle once more (the activeTab grant lasts until the tab navigates).
 *   inspectReader(eb, page) → ReaderInspection = globalThis.__quietReader.inspect() of the
 *     content script ({ open, title, text, html, extractions, ... as reader-controller.ts returns }).
 *   overlayHostCount(page) (elements [data-quiet-reader] in the page DOM), OVERLAY_HOST_SELECTOR,
 *   pressEscape(page) (brings the tab to the front, presses Esc),
 *   pageViewState(page) → { scrollX, scrollY, htmlStyle, bodyStyle } (style.cssText, or null
 *     without a style attribute): compare before opening and after closing.
 *
 * extensions-page.ts (what chrome://extensions shows)
 *   collectExtensionErrors(eb): Developer mode + error collection on, then reloads the extension
 *     so manifest warnings and runtime errors get recorded (call right after launch; waits for
 *     the new service worker; storage survives; runtime.onInstalled fires again as "update";
 *     extension tabs open at that moment are closed by the reload).
 *   extensionsPageReport(eb) → { state, manifestErrors, installWarnings, runtimeErrors, runtimeWarnings }.
 *
 * artifacts.ts
 *   saveScreenshot(page, name) → test-results/<name>.png (gitignored), ARTIFACTS_DIR.
 *
 * perf-probe.ts (import it directly: it loads esbuild; used by perf-*.e2e.test.ts)
 *   openProbeWorld(page) → a private isolated world: evaluate(fn, arg), install(scriptText);
 *   watchOverlay(world, attribute?) + waitForStamp(world, "openPainted" | "closePainted" | "removed") →
 *     epoch stamps of the overlay host arriving/leaving, the next paint after each, the Esc
 *     keydown, and timer stalls; bundleForPage(entry, globalName) → IIFE text (e.g. Readability);
 *   openMarks(world) → the content script's "quiet-reader:<step>" performance marks (test build);
 *   startProfiler(page) → { stopTo(path) } writes a .cpuprofile; median(values).
 *
 * driver.ts + chromium-driver.ts (one scenario, two drivers)
 *   ReaderDriver: the browser-neutral steps the shared scenarios (tests/e2e/scenarios/) use: openTab(url,
 *     { viewport }), clickToolbarButton(tab), openPopup(tab), pressShortcut(tab, command) (canPressShortcuts:
 *     false in Chromium, whose shortcuts live in browser UI that CDP input does not reach),
 *     evaluateInContentScript, evaluateInExtension, download(tab, selector), extensionErrors(), close();
 *     DriverTab: evaluate, waitFor, click (real pointer input), press("Escape"), screenshot(name) →
 *     test-results/<browser>-<name>.png. inspectWith(driver, tab), popupReady.
 *   launchChromiumDriver(launchOptions?) → ChromiumDriver (this harness; `eb` is the ExtensionBrowser).
 *   The Firefox driver is firefox/driver.ts (launchFirefoxDriver; API summary in firefox/index.ts).
 *
 * Keep tests independent: one launchBrowser per file (beforeAll), a new tab per test.
 * vitest.e2e.config.ts runs files one at a time, 60 s per test.
 */
export * from "./artifacts.js";
export * from "./chromium-driver.js";
export * from "./driver.js";
export * from "./extensions-page.js";
export * from "./fixture-server.js";
export * from "./isolated-world.js";
export * from "./launch-browser.js";
export * from "./popup.js";
export * from "./reader.js";
export * from "./trigger-action.js";
