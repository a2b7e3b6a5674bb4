/**
 * Runs privileged script in Firefox's chrome (browser UI) context through Marionette: what
 * a user does with the browser itself (toolbar button, keyboard shortcuts) and what only the
 * browser sees (its console) is reachable only from there.
 */
import type { MarionetteClient } from "./marionette.js";

const inChrome = new WeakSet<MarionetteClient>();

/**
 * Runs `body` (the statements of an async function; `args` is the array passed) in the chrome
 * context and returns its JSON-serialisable value. `body` may use Services, ChromeUtils, Cc, Ci.
 */
export async function runInChrome<R>(marionette: MarionetteClient, body: string, args: unknown[] = []): Promise<R> {
  if (!inChrome.has(marionette)) {
    await marionette.send("Marionette:SetContext", { value: "chrome" });
    inChrome.add(marionette);
  }
  const { value } = await marionette.send<{ value: R }>("WebDriver:ExecuteScript", {
    script: `const args = arguments[0]; return (async () => {\n${body}\n})();`,
    args: [args],
  });
  return value;
}
