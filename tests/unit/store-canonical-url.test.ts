import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { canonicalUrl, declaredCanonical, hostOf } from "../../src/storage/canonical-url.js";

function docWith(head: string): Document {
  return new JSDOM(`<!doctype html><html><head>${head}</head><body></body></html>`).window.document;
}

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

describe("a page's declared canonical URL", () => {
  it("is used when it is on the page's own host, resolved against the page", () => {
    expect(declaredCanonical(docWith('<link rel="canonical" href="/2026/story">'), "https://www.news.example/amp/2026/story?x=1")).toBe("https://www.news.example/2026/story");
    expect(declaredCanonical(docWith('<link rel="Canonical" href="https://news.example/s">'), "https://www.news.example/amp/s")).toBe("https://news.example/s");
  });

  it("is ignored when it points to another site (a page cannot claim another site's article) or is not http(s)", () => {
    expect(declaredCanonical(docWith('<link rel="canonical" href="https://other.example/their-story">'), "https://evil.example/copy")).toBeNull();
    expect(declaredCanonical(docWith('<link rel="canonical" href="javascript:alert(1)">'), "https://news.example/s")).toBeNull();
    expect(declaredCanonical(docWith(""), "https://news.example/s")).toBeNull();
  });
});
