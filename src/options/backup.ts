/** Export and import of settings and per-site rules as a JSON file. */
import { t } from "../platform/i18n.js";
import { exportSettings, importSettings, ImportError, type StorageAreaLike } from "../settings/settings-store.js";

export function initBackup(doc: Document, area: StorageAreaLike, say: (message: string) => void): void {
  doc.getElementById("export-settings")!.addEventListener("click", async () => {
    const data = await exportSettings(area);
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: "application/json" }));
    const link = doc.createElement("a");
    link.href = url;
    link.download = "quiet-reader-settings.json";
    doc.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  const input = doc.getElementById("import-settings") as HTMLInputElement;
  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      await importSettings(area, await file.text());
      say(t("importDone"));
    } catch (error) {
      say(error instanceof ImportError ? t("importInvalid") : t("importFailed"));
    } finally {
      input.value = "";
    }
  });
}
