/**
 * A stand-in for src/platform/browser-api.ts in unit tests of UI code: only i18n, answering
 * from the English messages.json with `$1`… substitutions, as the browser does. Use it as
 *   vi.mock("../../src/platform/browser-api.js", async () => (await import("../helpers/english-browser-api.js")).englishBrowserApi());
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function englishBrowserApi() {
  const messages = JSON.parse(readFileSync(join(import.meta.dirname, "../../src/_locales/en/messages.json"), "utf8")) as Record<string, { message: string }>;
  return {
    browser: {
      i18n: {
        getMessage: (key: string, subs?: string | string[]) => {
          const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
          return (messages[key]?.message ?? "").replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? "");
        },
      },
    },
  };
}
