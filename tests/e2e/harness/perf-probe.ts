/**
 * Measuring tools for the browser benchmark tests (perf-*.e2e.test.ts). They work in a
 * private isolated world of the page, so neither page scripts nor the extension can see or
 * disturb them: a watcher stamps the overlay's host element arriving and leaving, the next
 * paint after each (requestAnimationFrame, then a task: the frame has been drawn by then),
 * the Esc keydown and how long the page's own timers were held up (a page script's view of
 * "the tab froze"); and bundled code (plain Readability, the
 * extension's pipeline) runs there against the page's own DOM. Stamps are epoch milliseconds
 * (performance.timeOrigin + performance.now()), so a stamp taken in the popup's tab and one
 * taken in the page compare. Nothing here asserts a time; the tests record the numbers.
 */
import * as esbuild from "esbuild";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { ROOT } from "./launch-browser.js";

/** A private world in a page's main frame: evaluate code there, install script text. */
export interface ProbeWorld {
  /** Evaluates `fn(arg)` there (promises awaited; the value comes back as JSON). No closures. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs script text there (e.g. a bundle that defines a global). */
  install(source: string): Promise<void>;
  close(): Promise<void>;
}

/** Creates a fresh isolated world named `name` in the page's main frame. */
export async function openProbeWorld(page: Page, name = "quiet-reader-perf"): Promise<ProbeWorld> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const { frameTree } = await session.send("Page.getFrameTree");
  const { executionContextId } = await session.send("Page.createIsolatedWorld", { frameId: frameTree.frame.id, worldName: name });
  const run = async (expression: string): Promise<unknown> => {
    const { result, exceptionDetails } = await session.send("Runtime.evaluate", {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`In the probe world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  };
  return {
    evaluate: async <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      (await run(`(${fn.toString()})(${arg === undefined ? "" : JSON.stringify(arg)})`)) as R,
    install: async (source) => void (await run(`${source};undefined`)),
    close: () => session.detach().catch(() => {}),
  };
}

/** Bundles `entry` (a path from the repository root) as an IIFE that sets `globalThis[globalName]`. */
export async function bundleForPage(entry: string, globalName: string): Promise<string> {
  const { outputFiles } = await esbuild.build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    globalName,
    platform: "browser",
    target: ["chrome120"],
    logLevel: "silent",
    // The overlay's CSS is not part of the pipeline, but keep esbuild from failing on imports of it.
    loader: { ".css": "text" },
  });
  return outputFiles[0]!.text;
}

/** What the overlay watcher has seen, as epoch milliseconds (null: not yet). */
export interface OverlayStamps {
  /** The host element was appended to the page. */
  inserted: number | null;
  /** The next paint after that. */
  openPainted: number | null;
  /** The Esc keydown reached the page. */
  escape: number | null;
  /** The host element was removed. */
  removed: number | null;
  /** The next paint after that. */
  closePainted: number | null;
  /**
   * Gaps of over 50 ms between two ticks of the watcher's 20 ms timer loop: the page's event
   * loop was busy (e.g. extracting) for about that long. start is an epoch ms stamp.
   */
  stalls: { start: number; duration: number }[];
  /** Ticks the timer loop got to run (a sign the tab is not stuck). */
  ticks: number;
}

interface WatcherGlobal {
  __qrPerf?: OverlayStamps;
}

/**
 * Starts watching overlay hosts (elements with `attribute`: the reader's data-quiet-reader, or
 * the bare reader's data-quiet-reader-bare) come and go in the page (call before the toggle).
 */
export async function watchOverlay(world: ProbeWorld, attribute = "data-quiet-reader"): Promise<void> {
  await world.evaluate((attribute: string) => {
    const g = globalThis as WatcherGlobal;
    const stamps: OverlayStamps = { inserted: null, openPainted: null, escape: null, removed: null, closePainted: null, stalls: [], ticks: 0 };
    g.__qrPerf = stamps;
    const now = (): number => performance.timeOrigin + performance.now();
    // The frame that shows a change is drawn right after the rAF callbacks of its update; a
    // task queued from rAF runs after that drawing.
    const afterNextPaint = (key: "openPainted" | "closePainted"): void => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => void (stamps[key] = now());
        channel.port2.postMessage(null);
      });
    };
    const isHost = (node: Node): boolean => node.nodeType === 1 && (node as Element).hasAttribute(attribute);
    new MutationObserver((records) => {
      for (const record of records) {
        if (stamps.inserted === null && [...record.addedNodes].some(isHost)) {
          stamps.inserted = now();
          afterNextPaint("openPainted");
        }
        if (stamps.inserted !== null && stamps.removed === null && [...record.removedNodes].some(isHost)) {
          stamps.removed = now();
          afterNextPaint("closePainted");
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
    addEventListener("keydown", (event) => {
      if (event.key === "Escape" && stamps.escape === null) stamps.escape = now();
    }, true);
    let last = now();
    const tick = (): void => {
      const at = now();
      if (at - last > 50) stamps.stalls.push({ start: last, duration: at - last });
      last = at;
      stamps.ticks++;
      setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
  }, attribute);
}

/**
 * The test build's `performance` marks of the reader's first open ("quiet-reader:<step>",
 * src/content/perf-marks.ts; the bare reader's are "quiet-reader-bare:<step>"), as epoch
 * milliseconds by step. Marks live on the window's one Performance object, so this world sees
 * the content script's.
 */
export async function openMarks(world: ProbeWorld, prefix = "quiet-reader:"): Promise<Record<string, number>> {
  return world.evaluate((prefix: string) => Object.fromEntries(performance.getEntriesByType("mark")
    .filter((mark) => mark.name.startsWith(prefix))
    .map((mark) => [mark.name.slice(prefix.length), performance.timeOrigin + mark.startTime])), prefix);
}

/** The watcher's stamps so far. */
export async function overlayStamps(world: ProbeWorld): Promise<OverlayStamps> {
  return world.evaluate(() => structuredClone((globalThis as WatcherGlobal).__qrPerf!));
}

/**
 * Waits until the watcher has stamped `key` and returns all stamps. Rejects after
 * `timeoutMs` with what it saw, so a hung page fails the test with a reason.
 */
export async function waitForStamp(world: ProbeWorld, key: "openPainted" | "closePainted" | "removed", timeoutMs = 45_000): Promise<OverlayStamps> {
  return world.evaluate(({ key, timeoutMs }) => new Promise<OverlayStamps>((done, fail) => {
    const stamps = (globalThis as WatcherGlobal).__qrPerf!;
    const started = performance.now();
    const check = (): void => {
      if (stamps[key] !== null) return done(structuredClone(stamps));
      if (performance.now() - started > timeoutMs) return fail(new Error(`no ${key} stamp after ${timeoutMs} ms: ${JSON.stringify(stamps)}`));
      setTimeout(check, 10);
    };
    check();
  }), { key, timeoutMs });
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Starts V8's sampling profiler on the page's renderer (content scripts included);
 * stopTo(path) writes a .cpuprofile that Chromium's DevTools (Performance panel) opens.
 */
export async function startProfiler(page: Page): Promise<{ stopTo(path: string): Promise<void> }> {
  const session = await page.context().newCDPSession(page);
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 200 });
  await session.send("Profiler.start");
  return {
    async stopTo(path) {
      const { profile } = await session.send("Profiler.stop");
      await session.detach().catch(() => {});
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify(profile));
    },
  };
}
