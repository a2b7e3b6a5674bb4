/**
 * Evaluates code in the content script's isolated world of a page. The overlay lives in a
 * closed shadow root, which page scripts and Playwright locators cannot see; the content
 * script exposes a read-only inspect() in its own world, and this is how a test reaches it,
 * without opening the root. It also answers "has the extension injected anything here?".
 */
import type { CDPSession, Page } from "playwright-core";

/** The fields of CDP's Runtime.ExecutionContextDescription that matter here. */
interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

export interface IsolatedWorld {
  contextId: number;
  /** Chromium names a content script's world after the extension ("Quiet Reader"). */
  name: string;
  /** chrome-extension://<id> */
  origin: string;
}

/**
 * Runs `use` with a fresh CDP session on the page and the extension's isolated worlds in
 * its main frame (Runtime.enable reports every live context to a new session at once).
 */
async function withExtensionWorlds<T>(page: Page, extensionId: string, use: (session: CDPSession, worlds: IsolatedWorld[]) => Promise<T>): Promise<T> {
  const session = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  session.on("Runtime.executionContextCreated", (event) => contexts.push(event.context));
  try {
    const { frameTree } = await session.send("Page.getFrameTree");
    await session.send("Runtime.enable");
    const origin = `chrome-extension://${extensionId}`;
    const worlds = contexts
      .filter((c) => c.auxData?.type === "isolated" && c.auxData?.frameId === frameTree.frame.id && c.origin === origin)
      .map((c) => ({ contextId: c.id, name: c.name, origin: c.origin }));
    return await use(session, worlds);
  } finally {
    await session.detach().catch(() => {});
  }
}

/** The extension's isolated worlds in the page's main frame (empty until it injects). */
export async function contentScriptWorlds(page: Page, extensionId: string): Promise<IsolatedWorld[]> {
  return withExtensionWorlds(page, extensionId, async (_session, worlds) => worlds);
}

/** Whether the extension has injected any script into the page's main frame. */
export async function hasContentScript(page: Page, extensionId: string): Promise<boolean> {
  return (await contentScriptWorlds(page, extensionId)).length > 0;
}

export class NoContentScriptError extends Error {}

/**
 * Evaluates `fn(arg)` in the content script's world (awaiting a returned promise) and returns
 * its JSON-serialisable value. `fn` is sent as source text: it cannot use imports or closures.
 * Throws NoContentScriptError when the extension has not injected into the page.
 */
export async function evaluateInContentScript<R, A = undefined>(page: Page, extensionId: string, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return withExtensionWorlds(page, extensionId, async (session, worlds) => {
    const world = worlds[0];
    if (!world) throw new NoContentScriptError(`The extension has no content script in ${page.url()}`);
    const expression = `(${fn.toString()})(${arg === undefined ? "" : JSON.stringify(arg)})`;
    const { result, exceptionDetails } = await session.send("Runtime.evaluate", {
      expression,
      contextId: world.contextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) {
      throw new Error(`In the content script's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value as R;
  });
}
