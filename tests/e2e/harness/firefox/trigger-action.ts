/**
 * A real click on the add-on's toolbar button: the browser action's own triggerAction (what
 * the button's click handler calls) from the chrome context. It grants activeTab for the
 * selected tab and opens the action popup in its panel. The previous panel is closed first
 * (a second trigger while it is open would close it instead of opening).
 */
import { runInChrome } from "./chrome-context.js";
import type { FirefoxProcess } from "./launch.js";
import { ADDON_ID } from "./profile.js";

export async function triggerAction(ff: FirefoxProcess): Promise<void> {
  await runInChrome(
    ff.marionette,
    `const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
     const { ViewPopup } = ChromeUtils.importESModule("resource:///modules/ExtensionPopups.sys.mjs");
     const extension = WebExtensionPolicy.getByID(args[0]).extension;
     const window = Services.wm.getMostRecentWindow("navigator:browser");
     ViewPopup.for(extension, window)?.closePopup();
     await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
     return true;`,
    [ADDON_ID],
  );
}

/** Closes the action popup's panel if one is open. */
export async function closeActionPopup(ff: FirefoxProcess): Promise<void> {
  await runInChrome(
    ff.marionette,
    `const { ViewPopup } = ChromeUtils.importESModule("resource:///modules/ExtensionPopups.sys.mjs");
     const extension = WebExtensionPolicy.getByID(args[0]).extension;
     ViewPopup.for(extension, Services.wm.getMostRecentWindow("navigator:browser"))?.closePopup();
     return true;`,
    [ADDON_ID],
  );
}
