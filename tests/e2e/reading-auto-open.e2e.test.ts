/**
 * "Always open in reader view on this site": the background opens the reader by itself on
 * pages of an origin that is both listed (options page) and granted as a host permission, and
 * nowhere else. A permission prompt cannot be answered in headless Chromium, so this build
 * copy has the fixture server's origin granted at install instead of through the prompt.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  extensionDir,
  hasContentScript,
  inspectReader,
  launchBrowser,
  startFixtureServer,
  type ExtensionBrowser,
  type ExtensionGlobal,
  type FixtureServer,
} from "./harness/index.js";

let build: string;
let eb: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  build = await mkdtemp(join(tmpdir(), "quiet-reader-auto-open-"));
  await cp(extensionDir(), build, { recursive: true });
  const manifest = JSON.parse(await readFile(join(build, "manifest.json"), "utf8")) as Record<string, unknown>;
  manifest.host_permissions = ["http://127.0.0.1/*"];
  await writeFile(join(build, "manifest.json"), JSON.stringify(manifest));
  eb = await launchBrowser({ extensionDir: build });
});

afterAll(async () => {
  await eb?.close();
  await server?.close();
  if (build) await rm(build, { recursive: true, force: true });
});

function setOrigins(origins: string[]): Promise<void> {
  return eb.evaluateInExtension((list: string[]) => (globalThis as ExtensionGlobal).chrome.storage.sync.set({ autoOpenOrigins: list }), origins);
}

describe("always open in reader view", () => {
  it("opens the reader by itself on a listed, granted origin", async () => {
    await setOrigins([server.origin]);
    const page = await eb.newPage(server.fixtureUrl("reading-long-article"));
    await expect.poll(async () => (await hasContentScript(page, eb.extensionId)) && (await inspectReader(eb, page)).open, { timeout: 15_000 }).toBe(true);
    expect((await inspectReader(eb, page)).title).toBe("The town makes room for its river");
    await page.close();
  });

  it("does nothing on an origin that is not listed, even with the permission", async () => {
    // Another port is another origin, covered by the same host permission.
    const other = await startFixtureServer();
    try {
      await setOrigins([server.origin]);
      const page = await eb.newPage(other.fixtureUrl("reading-long-article"));
      // A listed page loaded after this one is opened; by then this one would have been too.
      const witness = await eb.newPage(server.fixtureUrl("seed-christian-post"));
      await expect.poll(async () => (await hasContentScript(witness, eb.extensionId)) && (await inspectReader(eb, witness)).open, { timeout: 15_000 }).toBe(true);
      expect(await hasContentScript(page, eb.extensionId)).toBe(false);
      await Promise.all([page.close(), witness.close()]);
    } finally {
      await other.close();
    }
  });
});
