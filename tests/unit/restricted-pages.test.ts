import { describe, expect, it } from "vitest";
import { restrictedKind } from "../../src/platform/restricted-pages.js";

describe("restrictedKind tells where browsers forbid extensions", () => {
  it.each([
    ["chrome://extensions/", "browser-page"],
    ["about:preferences", "browser-page"],
    ["edge://settings", "browser-page"],
    ["view-source:https://example.com/", "browser-page"],
    ["https://chromewebstore.google.com/detail/abc", "extension-store"],
    ["https://chrome.google.com/webstore/detail/abc", "extension-store"],
    ["https://addons.mozilla.org/en-US/firefox/addon/x/", "extension-store"],
    ["chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html?src=x.pdf", "pdf-viewer"],
    ["https://example.com/report.pdf", "pdf-viewer"],
  ])("%s is %s", (url, kind) => {
    expect(restrictedKind(url)).toBe(kind);
  });

  it.each(["https://www.nytimes.com/2024/01/01/world/story.html", "http://127.0.0.1:8080/page.html", "https://chrome.google.com/intl/en/chrome/"])(
    "%s is readable",
    (url) => {
      expect(restrictedKind(url)).toBeNull();
    },
  );

  it("does not guess when the URL is unknown (no tabs permission)", () => {
    expect(restrictedKind(undefined)).toBeNull();
  });
});
