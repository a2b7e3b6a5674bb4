/**
 * The toolbar popup: opens or closes the reader on the target tab, and says plainly when a
 * page is one where browsers do not let extensions run. Quick reading controls and a link
 * to the options page sit below.
 */
import { localizePage } from "../platform/localize-page.js";
import { t } from "../platform/i18n.js";
import { readerStatus, ReaderUnavailableError, toggleReader } from "../messages/reader-tab.js";
import { restrictedKind } from "../platform/restricted-pages.js";
import type { ReaderStatus } from "../messages/messages.js";
import { browser } from "../platform/browser-api.js";
import { pageStorageChanges, syncArea } from "../settings/sync-storage.js";
import { injectBareReader, wantsBareReader } from "./bare-reader.js";
import { initQuickControls } from "./quick-controls.js";
import { targetTab } from "./target-tab.js";
import { wireSaveButton } from "./popup-save.js";

const RESTRICTED_MESSAGES = {
  "browser-page": "restrictedBrowserPage",
  "extension-store": "restrictedStore",
  "pdf-viewer": "restrictedPdf",
} as const;

function show(message: HTMLElement, key: string): void {
  message.textContent = t(key);
  message.hidden = false;
}

function label(button: HTMLButtonElement, status: ReaderStatus): void {
  button.textContent = t(status.open ? "closeReader" : "openReader");
  button.setAttribute("aria-pressed", String(status.open));
}

async function init(): Promise<void> {
  localizePage(document);
  void initQuickControls(document, syncArea(), pageStorageChanges(window));
  document.getElementById("open-options")!.addEventListener("click", (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
    window.close();
  });
  const button = document.getElementById("toggle-reader") as HTMLButtonElement;
  const message = document.getElementById("popup-message") as HTMLElement;
  const tab = await targetTab(location.search);
  if (!tab?.id) return show(message, "noTab");
  // The click that opened the popup grants activeTab, which reveals the URL of any page an
  // extension may run on; a tab whose URL stays hidden is one the browser keeps from us.
  const restricted = tab.url === undefined ? "browser-page" : restrictedKind(tab.url);
  if (restricted) return show(message, RESTRICTED_MESSAGES[restricted]);
  const tabId = tab.id;
  wireSaveButton(document, tabId);
  label(button, await readerStatus(tabId));
  button.disabled = false;
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      // The test build's benchmark floor (bare-reader.ts); the shipped popup has no such branch.
      const status = __QR_TEST_BUILD__ && wantsBareReader(location.search) ? await injectBareReader(tabId) : await toggleReader(tabId);
      label(button, status);
      if (status.hasArticle === false) show(message, "noArticleFound");
      else message.hidden = true;
    } catch (error) {
      show(message, error instanceof ReaderUnavailableError ? "restrictedBrowserPage" : "readerFailed");
    } finally {
      button.disabled = false;
    }
  });
}

void init();
