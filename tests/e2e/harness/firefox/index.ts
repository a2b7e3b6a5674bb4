/**
 * Real-Firefox harness: Debian's firefox-esr (/usr/lib/firefox-esr/firefox-esr, or
 * $QR_FIREFOX), headless, a fresh profile, the test build dist-test/firefox ($QR_DIST/firefox)
 * installed as a temporary add-on. One Marionette session (Firefox accepts one) reaches the
 * browser's chrome context; its WebDriver BiDi connection drives the pages. No browser is
 * downloaded; only `ws` is used as a client.
 *
 * Typical test: the shared scenarios (../driver.ts, ../../scenarios/) through
 *   const firefox = await launchFirefoxDriver();            // ReaderDriver + Firefox extras
 *   const tab = await firefox.openTab(server.fixtureUrl("seed-christian-post"));
 *   await firefox.clickToolbarButton(tab);                    // real toolbar click: activeTab + popup panel
 *   const popup = await firefox.openPopup(tab);               // popup/popup.html?tabId=N in a tab
 *   await popup.click("#toggle-reader");                      // BiDi pointer input
 *   const reader = await inspectWith(firefox, tab);           // the content script's inspect()
 *   await firefox.close();
 *
 * One job per file:
 *   profile.ts          createFirefoxProfile(): user.js (pinned add-on UUID ADDON_UUID, Marionette on a free
 *                       port, hermetic proxy for every host but 127.0.0.1, downloads to <profile>/downloads,
 *                       content console.* to stdout); ADDON_ID, downloadDir(profile).
 *   launch.ts           startFirefox() → FirefoxProcess { marionette, bidi, profileDir, stdout(), stderr(), close() };
 *                       FIREFOX_PATH. The browser is killed if the test process exits first.
 *   marionette.ts       connectMarionette(port): `<len>:<json>` frames, send(command, params).
 *   bidi.ts             connectBidi(url): send(method, params), on(event, listener).
 *   chrome-context.ts   runInChrome(marionette, body, args): privileged script (Services, ChromeUtils).
 *   install.ts          installAddon(ff, dir?): BiDi webExtension.install { type: "path" }, waits for the event page.
 *   tabs.ts             openTab(bidi, url?, viewport?) → FirefoxTab: navigate, activate, setViewport, evaluate(fn, arg)
 *                       (page's own world, JSON), waitFor(fn), click(selector) (pointer actions), press(key), screenshot().
 *   extension-page.ts   ExtensionPage: evaluate(fn, arg) with the add-on's `browser.*` (its manifest.json in a tab),
 *                       tabIdOf(tab) → tabs.Tab id; extensionUrl(path), EXTENSION_ORIGIN.
 *   trigger-action.ts   triggerAction(ff): browserActionFor(extension).triggerAction(window) on the selected tab
 *                       (its panel closed first); closeActionPopup(ff).
 *   keyboard-command.ts pressShortcut(ff, parseShortcut("Alt+Shift+R")): nsITextInputProcessor key events to the
 *                       browser window, which reach the add-on's commands (BiDi key actions do not).
 *   isolated-world.ts   evaluateInContentScript(page, tabId, fn, arg): scripting.executeScript({ func }) runs in the
 *                       content script's sandbox; NoContentScriptError when content.js is not there. hasContentScript().
 *   console.ts          recordBrowserConsole(ff) (at launch), browserConsole(ff), addonErrors(ff) (less the
 *                       NOT_ADDON_ERRORS table, each with its reason), isFromAddon(entry).
 *   downloads.ts        awaitDownload(profileDir, trigger) → { name, body }.
 *   screenshot.ts       saveFirefoxScreenshot(tab, name) → test-results/<name>.png.
 *   driver.ts           launchFirefoxDriver() → FirefoxDriver (the ReaderDriver of ../driver.ts, plus process,
 *                       extensionPage, tabId(tab), consoleEntries()).
 */
export * from "./console.js";
export * from "./driver.js";
export * from "./extension-page.js";
export * from "./install.js";
export * from "./isolated-world.js";
export * from "./launch.js";
export * from "./profile.js";
export * from "./tabs.js";
