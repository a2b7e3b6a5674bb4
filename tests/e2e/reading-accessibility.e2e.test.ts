/**
 * Accessibility of the reading view, checked by axe-core inside the real overlay (injected
 * into the content script's isolated world, where the test hook lets axe walk the closed
 * shadow root), in the light, sepia and dark themes; plus a screenshot of each theme as a
 * test artifact (QR_UPDATE_SCREENSHOTS=1 also refreshes docs/screenshots/ for the README).
 *
 * axe's color-contrast rule cannot place the overlay's text on its background: axe builds its
 * layout grid by walking document.body, and the overlay's host sits beside <body> (so that
 * the page can be made inert), so those nodes come back "incomplete", never as passes or
 * violations. The contrast of every rendered text element is therefore measured here from
 * the browser's computed colours, with a check that the measurement can fail.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  evaluateInContentScript,
  inspectReader,
  launchBrowser,
  openReaderViaPopup,
  ROOT,
  saveScreenshot,
  startFixtureServer,
  type ExtensionBrowser,
  type ExtensionGlobal,
  type FixtureServer,
} from "./harness/index.js";

const AXE_SOURCE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const THEMES = ["light", "sepia", "dark"] as const;

let eb: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  eb = await launchBrowser({ viewport: { width: 1000, height: 720 } });
});

// Each test starts from default settings (some set a deliberately low-contrast custom theme).
beforeEach(async () => {
  await eb.evaluateInExtension(() => (globalThis as ExtensionGlobal).chrome.storage.sync.clear());
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
});

/**
 * A function whose source is `body`: evaluateInContentScript sends a function's source
 * text, and axe's ~500 KB source has to travel as code (an isolated world may not eval).
 */
function sourceFunction(body: string): () => unknown {
  const fn = (): unknown => undefined;
  fn.toString = () => `() => { ${body} }`;
  return fn;
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function injectAxe(page: Page): Promise<void> {
  const loaded = await evaluateInContentScript(page, eb.extensionId, sourceFunction(`${AXE_SOURCE}\n;globalThis.axe = axe; return typeof axe.run;`));
  expect(loaded).toBe("function");
}

async function auditReader(page: Page): Promise<Violation[]> {
  return evaluateInContentScript(page, eb.extensionId, async () => {
    const g = globalThis as unknown as {
      __quietReader: { exposeForAudit(): boolean };
      axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> };
    };
    if (!g.__quietReader.exposeForAudit()) throw new Error("the reader is not open");
    const result = await g.axe.run({ include: [["[data-quiet-reader]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`),
    }));
  });
}

async function setTheme(page: Page, theme: string): Promise<void> {
  await eb.evaluateInExtension((t: string) => (globalThis as ExtensionGlobal).chrome.storage.sync.set({ settings: { theme: t } }), theme);
  await expect.poll(async () => (await inspectReader(eb, page)).theme).toBe(theme);
}

describe("accessibility of the reading view", () => {
  it("axe-core finds no serious or critical violations in the light, sepia and dark themes", async () => {
    const page = await eb.newPage(server.fixtureUrl("seed-christian-post"));
    const { popup } = await openReaderViaPopup(eb, page);
    await injectAxe(page);
    for (const theme of THEMES) {
      await setTheme(page, theme);
      const violations = await auditReader(page);
      const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(severe, `${theme}: ${JSON.stringify(severe, null, 2)}`).toEqual([]);
    }
    await Promise.all([popup.close(), page.close()]);
  });

  it("the audit can fail: axe sees inside the overlay (a nameless button added there is reported)", async () => {
    const page = await eb.newPage(server.fixtureUrl("seed-christian-post"));
    const { popup } = await openReaderViaPopup(eb, page);
    await injectAxe(page);
    await evaluateInContentScript(page, eb.extensionId, () => {
      (globalThis as unknown as { __quietReader: { exposeForAudit(): boolean } }).__quietReader.exposeForAudit();
      const root = (document.querySelector("[data-quiet-reader]") as HTMLElement & { shadowRoot: ShadowRoot }).shadowRoot;
      root.querySelector(".qr-toolbar")!.append(document.createElement("button"));
    });
    const violations = await auditReader(page);
    expect(violations.find((v) => v.id === "button-name")?.impact).toBe("critical");
    await Promise.all([popup.close(), page.close()]);
  });

  it("every text element of the overlay has at least WCAG AA contrast on its rendered background, in each theme", async () => {
    const page = await eb.newPage(server.fixtureUrl("seed-christian-post"));
    const { popup } = await openReaderViaPopup(eb, page);
    const measure = () => evaluateInContentScript(page, eb.extensionId, () => {
        (globalThis as unknown as { __quietReader: { exposeForAudit(): boolean } }).__quietReader.exposeForAudit();
        const root = (document.querySelector("[data-quiet-reader]") as HTMLElement & { shadowRoot: ShadowRoot }).shadowRoot;
        const parse = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]): number => {
          const [R, G, B] = [r!, g!, b!].map((c) => {
            const v = c / 255;
            return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
        };
        const background = (node: Element | null): number[] | null => {
          for (let el = node; el; el = el.parentElement) {
            const rgba = parse(getComputedStyle(el).backgroundColor);
            if (rgba.length === 3 || (rgba.length === 4 && rgba[3] === 1)) return rgba.slice(0, 3);
            if (rgba.length === 4 && rgba[3]! > 0) return null; // translucent: not measured here
          }
          return null;
        };
        const checked: string[] = [];
        const failures: string[] = [];
        for (const el of Array.from(root.querySelectorAll<HTMLElement>("*"))) {
          const ownText = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim());
          if (!ownText || !el.checkVisibility() || el.closest(".qr-lightbox")) continue;
          const style = getComputedStyle(el);
          const bg = background(el);
          if (!bg) continue;
          const fg = parse(style.color).slice(0, 3);
          const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
          const ratio = (hi + 0.05) / (lo + 0.05);
          const size = Number.parseFloat(style.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
          checked.push(el.className || el.localName);
          if (ratio < (large ? 3 : 4.5)) failures.push(`${el.localName}.${el.className} ${ratio.toFixed(2)}:1 (${style.color} on rgb(${bg.join(",")}))`);
        }
        return { checked: checked.length, failures };
      });
    for (const theme of THEMES) {
      await setTheme(page, theme);
      const report = await measure();
      expect(report.checked, theme).toBeGreaterThan(20);
      expect(report.failures, theme).toEqual([]);
    }
    // The measurement can fail: grey on white custom colours are reported.
    await eb.evaluateInExtension(() =>
      (globalThis as ExtensionGlobal).chrome.storage.sync.set({ settings: { theme: "custom", customColors: { text: "#9a9a9a", background: "#ffffff", link: "#a0a0ff" } } }),
    );
    await expect.poll(async () => (await inspectReader(eb, page)).theme).toBe("custom");
    expect((await measure()).failures.length).toBeGreaterThan(10);
    await Promise.all([popup.close(), page.close()]);
  });

  it("the popup and the options page have no serious or critical axe violations", async () => {
    const target = await eb.newPage(server.fixtureUrl("seed-christian-post"));
    const { popup } = await openReaderViaPopup(eb, target);
    const options = await eb.newPage(eb.extensionUrl("options/options.html"));
    await options.locator("#opt-theme option").first().waitFor({ state: "attached" });
    for (const page of [popup.page, options]) {
      // Evaluated through the debugger protocol, which extension pages' CSP does not govern.
      await page.evaluate(`${AXE_SOURCE}\n;globalThis.axe = axe; 0`);
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } }).axe;
        return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(severe, `${page.url()}: ${JSON.stringify(severe)}`).toEqual([]);
    }
    await Promise.all([popup.close(), options.close(), target.close()]);
  });

  it("screenshots of the seed page in light, sepia and dark", async () => {
    const page = await eb.newPage(server.fixtureUrl("seed-christian-post"));
    const { popup } = await openReaderViaPopup(eb, page);
    const docs = join(ROOT, "docs", "screenshots");
    for (const theme of THEMES) {
      await setTheme(page, theme);
      const path = await saveScreenshot(page, `reading-${theme}`);
      if (process.env.QR_UPDATE_SCREENSHOTS === "1") {
        await mkdir(docs, { recursive: true });
        await copyFile(path, join(docs, `reading-${theme}.png`));
      }
    }
    await Promise.all([popup.close(), page.close()]);
  });
});
