/**
 * The message router is the one door into every extension context: it must hand a handler
 * only well-formed messages from this extension, and ignore (and log) everything else.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../src/platform/browser-api.js", () => ({
  browser: { runtime: { id: "quiet-reader-test-id", onMessage: { addListener: vi.fn() } } },
}));

const { MessageRouter } = await import("../../src/messages/message-router.js");
const { CONTENT_SCRIPT_SCHEMAS } = await import("../../src/messages/schemas/content-script.js");

const OWN = { id: "quiet-reader-test-id" } as const;
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});

function router() {
  const handler = vi.fn(() => ({ open: true, hasArticle: true }));
  return { handler, router: new MessageRouter(CONTENT_SCRIPT_SCHEMAS).on("reader/toggle", handler) };
}

describe("MessageRouter", () => {
  it("hands a well-formed message from this extension to its handler", async () => {
    const { handler, router: r } = router();
    await expect(r.dispatch({ type: "reader/toggle" }, OWN)).resolves.toEqual({ open: true, hasArticle: true });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["another extension", { id: "some-other-extension" }],
    ["a web page (no sender id)", { url: "https://evil.example/" }],
  ])("ignores and logs a message from %s", (_what, sender) => {
    const { handler, router: r } = router();
    expect(r.dispatch({ type: "reader/toggle" }, sender as never)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });

  it.each([
    ["null", null],
    ["a bare string", "reader/toggle"],
    ["an unknown type", { type: "reader/explode" }],
    ["an inherited key as type", { type: "toString" }],
    ["__proto__ as type", JSON.parse('{"type":"__proto__"}')],
    ["a type that is not a string", { type: ["reader/toggle"] }],
  ])("ignores and logs %s", (_what, raw) => {
    const { handler, router: r } = router();
    expect(r.dispatch(raw, OWN)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
  });

  it("does not answer a valid message it has no handler for (another context's message)", () => {
    const { handler, router: r } = router();
    expect(r.dispatch({ type: "reader/status" }, OWN)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });
});
