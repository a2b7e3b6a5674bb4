/**
 * Library exports and import in real Chromium: a JSON backup imported through the page's
 * file picker fills the library; each export downloads a file whose content is checked;
 * a damaged backup is refused with a message and changes nothing; importing twice adds nothing.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, ROOT, type ExtensionBrowser } from "./harness/index.js";

const AXE_SOURCE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

const PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDwHwAF/gL+Hkd3AAAAAElFTkSuQmCC";

function record(id: string, title: string, url: string, savedAt: string) {
  const text = `${title}. The tide tables were printed in the harbour office every Sunday.`;
  return {
    id,
    savedAt,
    updatedAt: savedAt,
    url,
    canonicalUrl: url,
    tags: ["sea"],
    article: {
      title,
      byline: "Mara Keeper",
      siteName: "Coast News",
      publishedTime: "2026-02-01T08:00:00Z",
      lang: "en",
      dir: "ltr",
      excerpt: "Tide tables.",
      contentHtml: `<p>${text}</p><figure><img src="data:image/png;base64,${PNG_BASE64}" alt="Harbour"></figure><pre><code>high  06:12\nlow   12:40</code></pre>`,
      textContent: text,
      wordCount: 14,
      readingTimeMinutes: 1,
      url,
      removed: [],
    },
  };
}

const BACKUP = JSON.stringify({
  format: "quiet-reader-library",
  version: 1,
  exportedAt: "2026-05-01T00:00:00.000Z",
  articles: [
    record("a-1", "Tide tables return", "https://coast.example/tides", "2026-04-01T10:00:00.000Z"),
    record("a-2", "Harbour lights", "https://coast.example/lights", "2026-04-02T10:00:00.000Z"),
  ],
});

let eb: ExtensionBrowser;
let library: Page;

async function importText(text: string, name = "backup.json"): Promise<string> {
  const before = await library.locator("#status").textContent();
  await library.locator("#import-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await library.waitForFunction((old) => (document.getElementById("status")?.textContent ?? "") !== old, before);
  return (await library.locator("#status").textContent()) ?? "";
}

async function download(trigger: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([library.waitForEvent("download") as Promise<Download>, trigger()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

beforeAll(async () => {
  eb = await launchBrowser();
  library = await eb.newPage(eb.extensionUrl("library/library.html"));
  await library.waitForFunction(() => document.documentElement.dataset.ready === "true");
});

afterAll(async () => {
  await eb?.close();
});

describe("library import and export in Chromium", () => {
  it("refuses a damaged backup with a clear message and leaves the library empty", async () => {
    const status = await importText(BACKUP.slice(0, 200), "truncated.json");
    expect(status).toMatch(/^This file was not imported: the file is not valid JSON \(damaged or truncated\)\. Your library was not changed\.$/);
    expect(await library.locator(".item").count()).toBe(0);
  });

  it("imports a backup once, and a second import adds nothing", async () => {
    expect(await importText(BACKUP)).toBe("Imported: 2 new, 0 updated, 0 unchanged.");
    expect(await library.locator(".item h2").allTextContents()).toEqual(["Harbour lights", "Tide tables return"]);
    expect(await importText(BACKUP, "again.json")).toBe("Imported: 0 new, 0 updated, 2 unchanged.");
    expect(await library.locator(".item").count()).toBe(2);
  });

  it("exports one article as standalone HTML with its image inlined", async () => {
    const item = library.locator(".item", { hasText: "Tide tables return" });
    const file = await download(() => item.locator(".action-html").click());
    expect(file.name).toBe("tide-tables-return.html");
    const html = file.body.toString("utf8");
    expect(html).toContain("<h1>Tide tables return</h1>");
    expect(html).toContain(`src="data:image/png;base64,${PNG_BASE64}"`);
    expect(html).not.toMatch(/<script/i);
  });

  it("exports one article as Markdown with front matter and the code block intact", async () => {
    const item = library.locator(".item", { hasText: "Tide tables return" });
    const file = await download(() => item.locator(".action-markdown").click());
    expect(file.name).toBe("tide-tables-return.md");
    const md = file.body.toString("utf8");
    expect(md).toMatch(/^---\ntitle: "Tide tables return"\nauthor: "Mara Keeper"\nsite: "Coast News"\nurl: "https:\/\/coast\.example\/tides"\npublished: "2026-02-01T08:00:00Z"\nsaved: "2026-04-01T10:00:00.000Z"\n---\n/);
    expect(md).toContain("```\nhigh  06:12\nlow   12:40\n```");
  });

  it("exports the library as a Markdown zip with an images folder, and as a JSON backup", async () => {
    const zip = await download(() => library.locator("#export-zip").click());
    expect(zip.name).toMatch(/^quiet-reader-library-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(zip.body));
    expect(Object.keys(files).sort()).toEqual(["harbour-lights.md", "images/harbour-lights/1.png", "images/tide-tables-return/1.png", "tide-tables-return.md"]);
    expect(Buffer.from(files["images/harbour-lights/1.png"]!).toString("base64")).toBe(PNG_BASE64);
    expect(strFromU8(files["harbour-lights.md"]!)).toContain("![Harbour](images/harbour-lights/1.png)");

    const json = await download(() => library.locator("#export-json").click());
    const backup = JSON.parse(json.body.toString("utf8"));
    expect(backup.format).toBe("quiet-reader-library");
    expect(backup.articles).toEqual(JSON.parse(BACKUP).articles);
  });

  it("searches titles and text", async () => {
    await library.locator("#search").fill("harbour lights");
    await library.waitForFunction(() => document.querySelectorAll(".item").length === 1);
    expect(await library.locator(".item h2").allTextContents()).toEqual(["Harbour lights"]);
    await library.locator("#search").fill("");
    await library.waitForFunction(() => document.querySelectorAll(".item").length === 2);
  });

  it("the library page has no serious or critical axe violations", async () => {
    // Evaluated through the debugger protocol, which extension pages' CSP does not govern.
    await library.evaluate(`${AXE_SOURCE}\n;globalThis.axe = axe; 0`);
    const violations = await library.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } }).axe;
      return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  it("deletes with undo", async () => {
    await library.locator(".item", { hasText: "Harbour lights" }).locator(".action-delete").click();
    await library.waitForFunction(() => document.querySelectorAll(".item").length === 1);
    expect(await library.locator("#status").textContent()).toContain("Deleted “Harbour lights”.");
    await library.locator("#status-action").click();
    await library.waitForFunction(() => document.querySelectorAll(".item").length === 2);
  });
});
