/**
 * Evaluates code in the content script's world of a tab. The overlay's shadow root is closed;
 * the content script exposes inspect() in its own sandbox. In Firefox,
 * scripting.executeScript({ func }) from an extension page runs `func` in that same sandbox
 * (it needs the activeTab grant the click, shortcut or menu gave), so this is the way in.
 * The function is compiled by executeScript itself: the add-on's CSP forbids eval there.
 */
import { NoContentScriptError } from "../isolated-world.js";
import type { ExtensionPage } from "./extension-page.js";

type Outcome = { missing: true } | { ok: true; json: string | null } | { ok: false; error: string };

/**
 * Runs `fn(arg)` in the content script's sandbox of the tab's main frame (promises awaited,
 * value returned by JSON). `fn` is sent as source text: no closures or imports. Throws
 * NoContentScriptError when the add-on has not injected content.js there (no `__quietReader`).
 */
export async function evaluateInContentScript<R, A = undefined>(page: ExtensionPage, tabId: number, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  // Runs in the sandbox; `fn` is spliced in as source.
  const func = `async (argJson) => {
    if (!Object.hasOwn(globalThis, "__quietReader")) return { missing: true };
    try {
      const value = await (${fn.toString()})(argJson === null ? undefined : JSON.parse(argJson));
      return { ok: true, json: value === undefined ? null : JSON.stringify(value) };
    } catch (error) {
      return { ok: false, error: String(error && error.stack ? error.message + "\\n" + error.stack : error) };
    }
  }`;
  const outcome = await page.evaluateSource<Outcome>(`browser.scripting
    .executeScript({ target: { tabId: ${tabId} }, args: [${JSON.stringify(arg === undefined ? null : JSON.stringify(arg))}], func: ${func} })
    .then(([frame]) => frame?.result ?? { ok: false, error: "executeScript: " + String(frame?.error) })`);
  if ("missing" in outcome) throw new NoContentScriptError(`The add-on has no content script in tab ${tabId}`);
  if (!outcome.ok) throw new Error(`In the content script's world: ${outcome.error}`);
  return (outcome.json === null ? undefined : JSON.parse(outcome.json)) as R;
}

/** Whether the add-on's content script runs in the tab's main frame. */
export async function hasContentScript(page: ExtensionPage, tabId: number): Promise<boolean> {
  try {
    await evaluateInContentScript(page, tabId, () => true);
    return true;
  } catch (error) {
    if (error instanceof NoContentScriptError) return false;
    throw error;
  }
}
