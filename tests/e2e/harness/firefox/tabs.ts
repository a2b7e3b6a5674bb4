/**
 * Tabs through WebDriver BiDi: open, navigate, evaluate in the page's own world, click an
 * element with real pointer input, press keys, size the viewport. A tab is a top-level
 * browsing context; `evaluate` sends the function as source text (no closures or imports).
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { BidiClient } from "./bidi.js";

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/** WebDriver key values for the keys tests press. */
export const KEYS = { Escape: "\uE00C", Enter: "\uE007", Tab: "\uE004", Shift: "\uE008" } as const;

interface EvaluateResult {
  type: "success" | "exception";
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}

export class FirefoxTab {
  constructor(
    readonly bidi: BidiClient,
    /** The BiDi browsing context id. */
    readonly context: string,
  ) {}

  async navigate(url: string): Promise<void> {
    await this.bidi.send("browsingContext.navigate", { context: this.context, url, wait: "complete" });
  }

  async url(): Promise<string> {
    return this.evaluate(() => location.href);
  }

  async activate(): Promise<void> {
    await this.bidi.send("browsingContext.activate", { context: this.context });
  }

  async setViewport(viewport: { width: number; height: number }): Promise<void> {
    await this.bidi.send("browsingContext.setViewport", { context: this.context, viewport });
  }

  /** Evaluates `fn(arg)` in the page's own world; promises are awaited; the value travels as JSON. */
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.evaluateSource(`(${fn.toString()})(${arg === undefined ? "" : JSON.stringify(arg)})`);
  }

  /** Evaluates the expression `source` (source text) in the page's own world; as evaluate(). */
  async evaluateSource<R>(source: string): Promise<R> {
    const expression = `(async () => { const value = await (${source}); return value === undefined ? undefined : JSON.stringify(value); })()`;
    const reply = await this.bidi.send<EvaluateResult>("script.evaluate", { target: { context: this.context }, expression, awaitPromise: true, userActivation: false });
    if (reply.type === "exception") throw new Error(`In ${this.context}: ${reply.exceptionDetails?.text}`);
    const value = reply.result?.value;
    return (typeof value === "string" ? JSON.parse(value) : undefined) as R;
  }

  /** Polls `fn(arg)` in the page until it returns a truthy value (or fails after `timeoutMs`). */
  async waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await this.evaluate(fn, arg).catch(() => false)) return;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${fn.toString()} in ${await this.url().catch(() => this.context)}`);
      await sleep(50);
    }
  }

  /** A user's click on the first element matching `selector` (scrolled into view first). */
  async click(selector: string): Promise<void> {
    const reply = await this.bidi.send<EvaluateResult>("script.evaluate", {
      target: { context: this.context },
      expression: `(() => { const el = document.querySelector(${JSON.stringify(selector)}); el?.scrollIntoView({ block: "center" }); return el; })()`,
      awaitPromise: false,
      resultOwnership: "root",
    });
    const sharedId = reply.result?.sharedId;
    if (!sharedId) throw new Error(`Nothing matches ${selector} in ${await this.url()}`);
    await this.bidi.send("input.performActions", {
      context: this.context,
      actions: [
        {
          type: "pointer",
          id: "mouse",
          parameters: { pointerType: "mouse" },
          actions: [
            { type: "pointerMove", x: 0, y: 0, origin: { type: "element", element: { sharedId } } },
            { type: "pointerDown", button: 0 },
            { type: "pointerUp", button: 0 },
          ],
        },
      ],
    });
  }

  /** Presses and releases one key (a character, or a value of KEYS) in the page. */
  async press(key: string): Promise<void> {
    await this.bidi.send("input.performActions", {
      context: this.context,
      actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
    });
  }

  /** PNG of the viewport. */
  async screenshot(): Promise<Buffer> {
    const { data } = await this.bidi.send<{ data: string }>("browsingContext.captureScreenshot", { context: this.context });
    return Buffer.from(data, "base64");
  }

  async close(): Promise<void> {
    await this.bidi.send("browsingContext.close", { context: this.context }).catch(() => {});
  }
}

/** A new foreground tab at `url` (waits for its load event), with the default viewport. */
export async function openTab(bidi: BidiClient, url?: string, viewport = DEFAULT_VIEWPORT): Promise<FirefoxTab> {
  const { context } = await bidi.send<{ context: string }>("browsingContext.create", { type: "tab" });
  const tab = new FirefoxTab(bidi, context);
  await tab.setViewport(viewport);
  if (url) await tab.navigate(url);
  return tab;
}
