import { describe, expect, it } from "vitest";
import { canonicalUrl, hostOf } from "../../src/storage/canonical-url.js";

describe("canonical URL for de-duplication", () => {
  it("drops the fragment, tracking parameters and a trailing slash, and sorts the rest", () => {
    expect(canonicalUrl("https://News.Example:443/a/b/?utm_source=x&b=2&fbclid=y&a=1#comments")).toBe("https://news.example/a/b?a=1&b=2");
  });

  it("keeps parameters that select the content", () => {
    expect(canonicalUrl("https://news.example/article?id=42")).not.toBe(canonicalUrl("https://news.example/article?id=43"));
  });

  it("leaves the root path and non-web URLs alone", () => {
    expect(canonicalUrl("https://news.example/")).toBe("https://news.example/");
    expect(canonicalUrl("file:///tmp/a.html#x")).toBe("file:///tmp/a.html#x");
    expect(canonicalUrl("not a url")).toBe("not a url");
  });

  it("hosts drop www. for the site filter", () => {
    expect(hostOf("https://www.example.org/x")).toBe("example.org");
    expect(hostOf("nonsense")).toBe("");
  });
});
