/**
 * What src/messages/reader-tab.ts injects into a tab. Opening the reader always needs
 * extraction, so the extract bundle goes in the same `executeScript` call as content.js (no
 * `content/load-bundle` round trip); a bare `ensureContentScript` (a save's toast) injects
 * content.js alone; a tab that already has content.js gets nothing.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

const executeScript = vi.fn(async (_: unknown) => {
  injected = true;
  return [];
});
let injected = false;
const sendMessage = vi.fn(async (_tabId: number, message: { type: string }) => {
  if (!injected) throw new Error("Could not establish connection. Receiving end does not exist.");
  return message.type === "reader/status" ? { open: false, hasArticle: null } : { open: true };
});
vi.mock("../../src/platform/browser-api.js", () => ({
  browser: { scripting: { executeScript }, tabs: { sendMessage } },
}));

const { ensureContentScript, openReader, toggleReader } = await import("../../src/messages/reader-tab.js");

beforeEach(() => {
  executeScript.mockClear();
  sendMessage.mockClear();
  injected = false;
});

describe("reader-tab injection", () => {
  it.each([
    ["openReader", openReader],
    ["toggleReader", toggleReader],
  ])("%s injects content.js and the extract bundle in one call, content.js first", async (_name, open) => {
    await open(5);
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ["/content.js", "/lazy/extract.js"] });
  });

  it("ensureContentScript alone injects content.js only", async () => {
    await ensureContentScript(5);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ["/content.js"] });
  });

  it("injects nothing into a tab whose content script answers", async () => {
    injected = true;
    await openReader(5);
    expect(executeScript).not.toHaveBeenCalled();
    expect(sendMessage).toHaveBeenLastCalledWith(5, { type: "reader/open" });
  });
});
