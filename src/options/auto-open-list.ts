/**
 * "Always open in reader view on this site": adding a site asks for the host permission for
 * that one origin (at the click, as browsers require), and only then stores it. Removing a
 * site gives the permission back.
 */
import { browser } from "../platform/browser-api.js";
import { t } from "../platform/i18n.js";
import { loadAutoOpenOrigins, saveAutoOpenOrigins, type StorageAreaLike } from "../settings/settings-store.js";
import { originOf, originPattern } from "../settings/site-rules.js";

/** Accepts "example.com" as well as a full URL. */
export function originFromInput(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return originOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
}

export function initAutoOpen(doc: Document, area: StorageAreaLike, say: (message: string) => void): () => Promise<void> {
  const form = doc.getElementById("auto-open-form") as HTMLFormElement;
  const input = doc.getElementById("auto-open-site") as HTMLInputElement;
  const list = doc.getElementById("auto-open-list") as HTMLUListElement;

  const render = async (): Promise<void> => {
    const origins = await loadAutoOpenOrigins(area);
    list.replaceChildren();
    for (const origin of origins) {
      const item = doc.createElement("li");
      const name = doc.createElement("span");
      name.textContent = origin;
      const granted = await browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
      if (!granted) name.textContent += ` (${t("autoOpenNoPermission")})`;
      const remove = doc.createElement("button");
      remove.type = "button";
      remove.textContent = t("deleteRule");
      remove.setAttribute("aria-label", t("autoOpenRemove", [origin]));
      remove.addEventListener("click", async () => {
        await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
        await saveAutoOpenOrigins(area, (await loadAutoOpenOrigins(area)).filter((o) => o !== origin));
        say(t("autoOpenRemoved", [origin]));
        await render();
      });
      item.append(name, remove);
      list.append(item);
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const origin = originFromInput(input.value);
    if (!origin) return say(t("autoOpenInvalid"));
    // The request must happen in the click's task, before any await.
    const request = browser.permissions.request({ origins: [originPattern(origin)] });
    void request.then(async (granted) => {
      if (!granted) return say(t("autoOpenDenied", [origin]));
      const origins = await loadAutoOpenOrigins(area);
      if (!origins.includes(origin)) await saveAutoOpenOrigins(area, [...origins, origin]);
      input.value = "";
      say(t("autoOpenAdded", [origin]));
      await render();
    }, () => say(t("autoOpenDenied", [origin])));
  });
  return render;
}
