/**
 * Test code's way into a reader overlay (closed shadow root): the element matching a selector,
 * where a heading sits, the element picker run on an article block, the shadow tree made
 * visible to an audit tool. The overlay class has no test methods: these read its private
 * fields through TypeScript's bracket escape hatch (still type-checked, so a rename breaks the
 * build, not the tests). Only test code imports this module: the test build's handle
 * (test-handle.ts, behind `__QR_TEST_BUILD__`), the library's test hook and the unit tests,
 * so the shipped bundles carry none of it (tests/unit/shipped-bundles.test.ts).
 */
import type { HideRule } from "../../settings/site-rules.js";
import type { ReaderOverlay } from "./overlay.js";
import { registeredTools } from "./tools/tool.js";

/** The `index`-th element in the overlay's shadow tree matching `selector`, or null. */
export function queryOverlay(overlay: ReaderOverlay, selector: string, index = 0): HTMLElement | null {
  return Array.from(overlay["shadow"]?.querySelectorAll<HTMLElement>(selector) ?? [])[index] ?? null;
}

/** Where a heading (by TOC index) sits relative to the top of the reader's viewport, in px. */
export function headingOffset(overlay: ReaderOverlay, index: number): number | null {
  const article = overlay["articleEl"];
  const root = overlay["root"];
  const entry = article ? Array.from(article.querySelectorAll("h2, h3, h4")).filter((h) => (h.textContent ?? "").trim())[index] : undefined;
  if (!entry || !root) return null;
  return entry.getBoundingClientRect().top - root.getBoundingClientRect().top;
}

/**
 * Runs the element picker on the `index`-th article element matching `selector`, starting the
 * picker tool first (loading its bundle) as its toolbar button does; null when there is none.
 */
export async function pickElement(overlay: ReaderOverlay, selector: string, index = 0): Promise<HideRule | null> {
  const target = overlay["articleEl"]?.querySelectorAll(selector)[index];
  const tool = registeredTools().find((candidate) => candidate.id === "pick");
  if (!target || !tool) return null;
  const session = await overlay["withTool"](tool);
  return session?.pick?.(target) ?? null;
}

/** Lets an audit tool (axe) in this world walk the closed shadow tree; false when not built yet. */
export function exposeForAudit(overlay: ReaderOverlay): boolean {
  const host = overlay["host"];
  const shadow = overlay["shadow"];
  if (!host || !shadow) return false;
  Object.defineProperty(host, "shadowRoot", { configurable: true, get: () => shadow });
  return true;
}
