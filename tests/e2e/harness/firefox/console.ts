/**
 * The browser console, as Firefox's Browser Console shows it, filtered to the add-on:
 * script errors and warnings of every process (content processes forward theirs to the
 * parent's console service, where a listener registered from the chrome context records
 * them for the whole run, on the browser window), and console.* calls of content processes, which Firefox prints
 * to stdout (profile.ts turns that on) instead of forwarding.
 */
import { runInChrome } from "./chrome-context.js";
import type { FirefoxProcess } from "./launch.js";
import { ADDON_ID, ADDON_UUID } from "./profile.js";

export interface ConsoleEntry {
  /** "script": an error or warning report (nsIScriptError); "console": a console.* call. */
  kind: "script" | "console";
  level: "error" | "warning" | "info";
  source: string;
  message: string;
}

/** Starts recording the parent's console service for the rest of the run (call once, early). */
export async function recordBrowserConsole(ff: FirefoxProcess): Promise<void> {
  await runInChrome(
    ff.marionette,
    `const holder = Services.wm.getMostRecentWindow("navigator:browser");
     if (holder.__quietReaderConsole) return true;
     const entries = (holder.__quietReaderConsole = []);
     const record = (m) => {
       if (m instanceof Ci.nsIScriptError) {
         entries.push({ kind: "script", level: m.flags & 1 ? "warning" : m.flags & 8 ? "info" : "error", source: m.sourceName || "", message: m.errorMessage });
       } else {
         entries.push({ kind: "script", level: "info", source: "", message: m.message });
       }
     };
     for (const m of Services.console.getMessageArray() ?? []) record(m);
     Services.console.registerListener({ observe: record });
     return true;`,
  );
}

/** console.error/warn lines Firefox printed to stdout for content processes. */
function consoleCalls(stdout: string): ConsoleEntry[] {
  const entries: ConsoleEntry[] = [];
  for (const line of stdout.split("\n")) {
    const match = /^console\.(error|warn|log|info|debug): (.*)$/.exec(line);
    if (!match) continue;
    const level = match[1] === "error" ? "error" : match[1] === "warn" ? "warning" : "info";
    entries.push({ kind: "console", level, source: "", message: match[2]! });
  }
  return entries;
}

/** Everything recorded so far (all sources). */
export async function browserConsole(ff: FirefoxProcess): Promise<ConsoleEntry[]> {
  const script = await runInChrome<ConsoleEntry[]>(ff.marionette, `return Services.wm.getMostRecentWindow("navigator:browser").__quietReaderConsole ?? [];`);
  return [...script, ...consoleCalls(ff.stdout())];
}

/** Whether an entry comes from the add-on: its files, its origin, its id or its name. */
export function isFromAddon(entry: ConsoleEntry): boolean {
  const text = `${entry.source} ${entry.message}`;
  return text.includes(ADDON_UUID) || text.includes(ADDON_ID) || /Quiet Reader/.test(text);
}

/**
 * Reports Firefox files under the add-on's name that are not the add-on failing, each with
 * the reason. Everything else at level "error" from the add-on counts.
 */
export const NOT_ADDON_ERRORS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  {
    // Only images: a blocked style (the overlay's <style> fallback) or script still counts.
    pattern: /^Content-Security-Policy: The page’s settings blocked the loading of a resource \(img-src\)/,
    reason:
      "the page's own CSP refusing the article's images where the overlay shows them (attributed to content.js, which inserted them); the page blocks the same images for itself",
  },
  {
    pattern: /^sendRemoveListener on closed conduit quiet-reader@/,
    reason:
      "Firefox's own teardown of a closed tab's content-script listeners (ConduitsChild.sys.mjs), logged at random when the tab closes, whatever the add-on does; the popup and options pages, where it was certain, remove their listeners on pagehide (tested on its own)",
  },
];

/** The add-on's errors so far (script errors and console.error calls), less NOT_ADDON_ERRORS. */
export async function addonErrors(ff: FirefoxProcess): Promise<ConsoleEntry[]> {
  return (await browserConsole(ff)).filter(
    (entry) => entry.level === "error" && isFromAddon(entry) && !NOT_ADDON_ERRORS.some(({ pattern }) => pattern.test(entry.message)),
  );
}
