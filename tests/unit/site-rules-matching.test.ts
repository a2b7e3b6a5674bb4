import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import {
  addRule,
  matchRules,
  originOf,
  originPattern,
  parseAutoOpenOrigins,
  parseSiteRules,
  removeRule,
  ruleForElement,
  rulesForUrl,
  siteKey,
  type HideRule,
} from "../../src/settings/site-rules.js";

function article(html: string): Element {
  const dom = new JSDOM(`<article>${html}</article>`);
  return dom.window.document.querySelector("article")!;
}

describe("siteKey", () => {
  it("groups a site's pages by host, ignoring www. and case", () => {
    expect(siteKey("https://www.Example.com/news/1")).toBe("example.com");
    expect(siteKey("http://example.com/other?x=1")).toBe("example.com");
  });

  it("keeps subdomains apart and rejects non-web URLs", () => {
    expect(siteKey("https://blog.example.com/")).toBe("blog.example.com");
    expect(siteKey("file:///tmp/page.html")).toBeNull();
    expect(siteKey("chrome://settings")).toBeNull();
    expect(siteKey("not a url")).toBeNull();
  });
});

describe("rules per site", () => {
  const rule: HideRule = { selector: "#qr-bio", text: null, label: "About the author" };

  it("returns the rules of the page's site only", () => {
    const rules = addRule({}, "example.com", rule);
    expect(rulesForUrl(rules, "https://www.example.com/a")).toEqual([rule]);
    expect(rulesForUrl(rules, "https://example.org/a")).toEqual([]);
    expect(rulesForUrl(rules, "https://sub.example.com/a")).toEqual([]);
  });

  it("does not store the same rule twice, and deleting the last rule removes the site", () => {
    let rules = addRule({}, "example.com", rule);
    rules = addRule(rules, "example.com", { ...rule });
    expect(rules["example.com"]).toHaveLength(1);
    rules = removeRule(rules, "example.com", 0);
    expect(rules).toEqual({});
  });

  it("drops malformed stored rules without losing the valid ones", () => {
    const parsed = parseSiteRules({
      "example.com": [rule, { selector: "" }, { selector: "p", text: 3, label: "x" }, "junk"],
      "bad host/": [rule],
      "other.example": "nope",
    });
    expect(parsed).toEqual({ "example.com": [rule] });
    expect(parseSiteRules([rule])).toEqual({});
  });
});

describe("picking an element makes a rule that finds it again", () => {
  it("uses the element's id when it has one", () => {
    const root = article(`<p>One</p><div id="qr-bio">About the author, who writes.</div>`);
    const target = root.querySelector("#qr-bio")!;
    const rule = ruleForElement(target, root);
    expect(rule).toMatchObject({ selector: "#qr-bio", text: null });
    expect(matchRules(root, [rule])).toEqual([target]);
  });

  it("pins a positional rule to the element's text, so it never hides a different block", () => {
    const root = article(`<p>First paragraph.</p><p>Promo: get the app now</p><p>Third paragraph.</p>`);
    const target = root.querySelectorAll("p")[1]!;
    const rule = ruleForElement(target, root);
    expect(rule.text).toBe("Promo: get the app now");
    expect(matchRules(root, [rule])).toEqual([target]);

    // Another article on the same site: same position, different text → nothing hidden.
    const other = article(`<p>Intro.</p><p>A real paragraph of the story.</p><p>End.</p>`);
    expect(matchRules(other, [rule])).toEqual([]);
    // The same promo at another position is not matched either (position and text both count).
    const moved = article(`<p>Promo: get the app now</p><p>Story.</p>`);
    expect(matchRules(moved, [rule])).toEqual([]);
  });

  it("reaches nested elements", () => {
    const root = article(`<div><p>a</p><figure><img src="x.png"><figcaption>Caption text</figcaption></figure></div>`);
    const target = root.querySelector("figure")!;
    const rule = ruleForElement(target, root);
    expect(matchRules(root, [rule])).toEqual([target]);
  });

  it("skips rules with invalid selectors instead of failing", () => {
    const root = article(`<p id="qr-a">x</p>`);
    expect(matchRules(root, [{ selector: "p[", text: null, label: "" }, { selector: "#qr-a", text: null, label: "" }])).toHaveLength(1);
  });
});

describe("auto-open origins", () => {
  it("accepts web origins only, without paths and without duplicates", () => {
    expect(parseAutoOpenOrigins(["https://a.example", "https://a.example", "https://a.example/x", "file:///x", 7])).toEqual(["https://a.example"]);
    expect(parseAutoOpenOrigins("https://a.example")).toEqual([]);
  });

  it("turns a page URL into its origin and permission pattern", () => {
    expect(originOf("https://news.example:8443/a/b?c")).toBe("https://news.example:8443");
    expect(originOf("about:blank")).toBeNull();
    expect(originPattern("https://news.example")).toBe("https://news.example/*");
  });
});
