/** The options page's list of per-site hidden elements, each deletable. */
import { t } from "../platform/i18n.js";
import { loadSiteRules, saveRulesForSite, type StorageAreaLike } from "../settings/settings-store.js";
import { removeRule, type SiteRules } from "../settings/site-rules.js";

export function renderSiteRules(doc: Document, container: HTMLElement, rules: SiteRules, area: StorageAreaLike, onChanged: (message: string) => void): void {
  container.replaceChildren();
  const sites = Object.keys(rules).sort();
  if (!sites.length) {
    const empty = doc.createElement("p");
    empty.className = "hint";
    empty.textContent = t("siteRulesEmpty");
    container.append(empty);
    return;
  }
  for (const site of sites) {
    const heading = doc.createElement("h3");
    heading.textContent = site;
    const list = doc.createElement("ul");
    list.className = "plain-list site-rules";
    list.dataset.site = site;
    rules[site]!.forEach((rule, index) => {
      const item = doc.createElement("li");
      const text = doc.createElement("span");
      text.className = "rule-label";
      text.textContent = rule.label;
      const selector = doc.createElement("code");
      selector.className = "rule-selector";
      selector.textContent = rule.selector;
      text.append(selector);
      const remove = doc.createElement("button");
      remove.type = "button";
      remove.className = "delete-rule";
      remove.textContent = t("deleteRule");
      remove.setAttribute("aria-label", t("deleteRuleFor", [rule.label, site]));
      remove.addEventListener("click", async () => {
        await saveRulesForSite(area, site, removeRule(await loadSiteRules(area), site, index)[site] ?? []);
        onChanged(t("ruleDeleted"));
      });
      item.append(text, remove);
      list.append(item);
    });
    container.append(heading, list);
  }
}
