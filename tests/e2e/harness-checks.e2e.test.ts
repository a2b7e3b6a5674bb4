/**
 * The harness's own checks can fail: a copy of the build with an unknown manifest key and a
 * service worker that logs an error and throws must show up in what chrome://extensions
 * reports and in the service worker's console. Without this, "no errors or warnings" in
 * reader-view.e2e.test.ts could pass because the checks see nothing at all. Also: the
 * harness keeps working across the extension reload that collectExtensionErrors() does.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectExtensionErrors, extensionDir, extensionsPageReport, launchBrowser, type ExtensionBrowser } from "./harness/index.js";

let broken: string;
let eb: ExtensionBrowser;

beforeAll(async () => {
  broken = await mkdtemp(join(tmpdir(), "quiet-reader-broken-"));
  await cp(extensionDir(), broken, { recursive: true });
  const manifest = JSON.parse(await readFile(join(broken, "manifest.json"), "utf8")) as Record<string, unknown>;
  manifest["not_a_manifest_key"] = true;
  await writeFile(join(broken, "manifest.json"), JSON.stringify(manifest));
  const background = await readFile(join(broken, "background.js"), "utf8");
  await writeFile(
    join(broken, "background.js"),
    `${background}\nconsole.error("harness-check: logged error");\nsetTimeout(() => { throw new Error("harness-check: uncaught error"); }, 0);\n`,
  );
  eb = await launchBrowser({ extensionDir: broken });
  await eb.evaluateInExtension(() => true); // opens the helper tab, which the reload below closes
  await collectExtensionErrors(eb);
});

afterAll(async () => {
  await eb?.close();
  if (broken) await rm(broken, { recursive: true, force: true });
});

describe("the harness's error checks", () => {
  it("see the manifest warning for an unknown manifest key", async () => {
    const report = await extensionsPageReport(eb);
    expect([...report.manifestErrors, ...report.installWarnings].join("\n")).toContain("Unrecognized manifest key 'not_a_manifest_key'");
  });

  it("see the service worker's uncaught error on chrome://extensions and its console error", async () => {
    await expect.poll(async () => (await extensionsPageReport(eb)).runtimeErrors.join("\n"), { timeout: 15_000 }).toContain("harness-check: uncaught error");
    const report = await extensionsPageReport(eb);
    expect(report.runtimeErrors.join("\n")).toContain("harness-check: logged error");
    expect(eb.serviceWorkerErrors.join("\n")).toContain("harness-check: logged error");
  });

  it("evaluateInExtension reopens its extension tab after a reload closed it", async () => {
    expect(eb.context.pages().map((p) => p.url()).filter((url) => url.startsWith("chrome-extension:"))).toEqual([]);
    expect(await eb.evaluateInExtension(() => location.origin)).toBe(`chrome-extension://${eb.extensionId}`);
  });
});
