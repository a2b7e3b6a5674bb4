/**
 * `chrome` shaped as webextension-polyfill's `browser`, for the calls a content script makes,
 * and the choice between it and Firefox's native `browser` (see content-browser-api.ts for why
 * the content script does without the polyfill). Pure: the scope is passed in, so it is tested
 * against a fake `chrome`.
 */
import type { Browser, Runtime } from "webextension-polyfill";

/** How the polyfill carries a rejected reply across a Chrome message port. */
const REJECT_MARK = "__mozWebExtensionPolyfillReject__";
/** Chrome's error when the receiver answered nothing; the polyfill resolves with undefined. */
const NO_RESPONSE = "The message port closed before a response was received.";

type ChromeListener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void) => boolean;
type PromiseListener = (message: unknown, sender: Runtime.MessageSender) => unknown;

interface ChromeRuntime {
  readonly id: string;
  sendMessage(...args: unknown[]): Promise<unknown>;
  onMessage: {
    addListener(listener: ChromeListener): void;
    removeListener(listener: ChromeListener): void;
    hasListener(listener: ChromeListener): boolean;
  };
}

export interface ChromeLike {
  runtime: ChromeRuntime;
  storage: unknown;
  i18n: unknown;
  tabs?: unknown;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

/** A promise listener as Chrome wants it: answer through sendResponse, and keep the port open. */
function toChromeListener(listener: PromiseListener): ChromeListener {
  return (message, sender, sendResponse) => {
    const reply = listener(message, sender);
    if (!isThenable(reply)) return false;
    reply.then(sendResponse, (error: unknown) =>
      sendResponse({ [REJECT_MARK]: true, message: error instanceof Error ? error.message : "An unexpected error occurred" }),
    );
    return true;
  };
}

/** `chrome` shaped as the polyfill's `browser`, for the calls a content script makes. */
export function browserFromChrome(chrome: ChromeLike): Browser {
  const wrapped = new Map<PromiseListener, ChromeListener>();
  const onMessage = {
    addListener(listener: PromiseListener) {
      const chromeListener = wrapped.get(listener) ?? toChromeListener(listener);
      wrapped.set(listener, chromeListener);
      chrome.runtime.onMessage.addListener(chromeListener);
    },
    removeListener(listener: PromiseListener) {
      const chromeListener = wrapped.get(listener);
      if (chromeListener) chrome.runtime.onMessage.removeListener(chromeListener);
      wrapped.delete(listener);
    },
    hasListener(listener: PromiseListener) {
      const chromeListener = wrapped.get(listener);
      return !!chromeListener && chrome.runtime.onMessage.hasListener(chromeListener);
    },
  };
  const runtime = {
    get id() {
      return chrome.runtime.id;
    },
    onMessage,
    async sendMessage(...args: unknown[]) {
      let reply: unknown;
      try {
        reply = await chrome.runtime.sendMessage(...args);
      } catch (error) {
        if (error instanceof Error && error.message === NO_RESPONSE) return undefined;
        throw error;
      }
      const rejected = reply as { [REJECT_MARK]?: boolean; message?: string } | null;
      if (rejected?.[REJECT_MARK]) throw new Error(rejected.message);
      return reply;
    },
  };
  return { runtime, storage: chrome.storage, i18n: chrome.i18n, tabs: chrome.tabs } as unknown as Browser;
}

/**
 * Firefox's own `browser` when there is one, else `chrome` adapted (Firefox's `chrome` works
 * adapted too). As the polyfill, it wants `browser.runtime.id`; unlike it, also a plain object,
 * so page elements named "browser" and "runtime" (DOM clobbering) cannot pose as the API.
 */
export function contentBrowser(scope: { browser?: unknown; chrome?: ChromeLike }): Browser {
  const native = scope.browser as { runtime?: { id?: unknown } } | undefined;
  if (native && typeof native === "object" && Object.getPrototypeOf(native) === Object.prototype && native.runtime?.id) return native as Browser;
  if (!scope.chrome?.runtime?.id) throw new Error("Quiet Reader's content script must run as an extension content script");
  return browserFromChrome(scope.chrome);
}
