/**
 * The options page: typography with a live preview, per-site hidden elements, sites that
 * always open in reader view, and import/export. Every section re-renders from storage on
 * change, so edits made in a reader or the popup show up here at once.
 */
import { localizePage } from "../platform/localize-page.js";
import { t } from "../platform/i18n.js";
import { loadSettings, loadSiteRules, resetSettings, watchReaderData } from "../settings/settings-store.js";
import { pageStorageChanges, syncArea } from "../settings/sync-storage.js";
import { initAutoOpen } from "./auto-open-list.js";
import { initBackup } from "./backup.js";
import { renderSiteRules } from "./site-rules-list.js";
import { initTypographyForm } from "./typography-form.js";

async function init(): Promise<void> {
  localizePage(document);
  const area = syncArea();
  const status = document.getElementById("options-status")!;
  const say = (message: string): void => {
    status.textContent = message;
  };
  const rulesBox = document.getElementById("site-rules")!;
  const renderRules = (rules: Awaited<ReturnType<typeof loadSiteRules>>): void => renderSiteRules(document, rulesBox, rules, area, say);
  const renderTypography = initTypographyForm(document, area, () => {});
  const renderAutoOpen = initAutoOpen(document, area, say);
  initBackup(document, area, say);
  document.getElementById("reset-settings")!.addEventListener("click", async () => {
    renderTypography(await resetSettings(area));
    say(t("settingsReset"));
  });
  watchReaderData(pageStorageChanges(window), { settings: renderTypography, siteRules: () => void loadSiteRules(area).then(renderRules) });
  renderTypography(await loadSettings(area));
  renderRules(await loadSiteRules(area));
  await renderAutoOpen();
}

void init();
