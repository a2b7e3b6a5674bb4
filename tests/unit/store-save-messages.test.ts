import { describe, expect, it } from "vitest";
import { parseMessage } from "../../src/messages/messages.js";

describe("library messages are checked before any handler sees them", () => {
  it("accepts well-formed saving messages", () => {
    expect(parseMessage({ type: "library/save-tab", tabId: 7 })).toEqual({ type: "library/save-tab", tabId: 7 });
    expect(parseMessage({ type: "library/save-tab" })).toEqual({ type: "library/save-tab" });
    expect(parseMessage({ type: "library/save-url", url: "https://news.example/a" })).toEqual({ type: "library/save-url", url: "https://news.example/a" });
    expect(parseMessage({ type: "reader/get-article", images: { maxImageBytes: 10, maxTotalBytes: 20 } })).not.toBeNull();
    expect(parseMessage({ type: "library/show-failed", error: "quota" })).not.toBeNull();
  });

  it("rejects links and image URLs that are not http(s), and malformed fields", () => {
    expect(parseMessage({ type: "library/save-url", url: "javascript:alert(1)" })).toBeNull();
    expect(parseMessage({ type: "library/save-url", url: "file:///etc/passwd" })).toBeNull();
    expect(parseMessage({ type: "library/fetch-image", url: "chrome://settings", maxBytes: 10 })).toBeNull();
    expect(parseMessage({ type: "library/fetch-image", url: "https://img.example/a.png", maxBytes: -1 })).toBeNull();
    expect(parseMessage({ type: "library/save-tab", tabId: "7" })).toBeNull();
    expect(parseMessage({ type: "library/undo", token: "x".repeat(200) })).toBeNull();
    expect(parseMessage({ type: "library/show-failed", error: "<b>nope</b>" })).toBeNull();
    expect(parseMessage({ type: "reader/get-article" })).toBeNull();
  });
});
