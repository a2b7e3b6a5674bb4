/**
 * The XSS corpus (tests/fixtures/xss-*): every payload, raw, through the sanitizer; and each
 * whole page through the full pipeline (jsdom, as the CLI runs it). The output must satisfy
 * every sanitizer invariant, and the article itself must survive the payloads around it.
 * The same pages run in real Chromium in tests/e2e/security-xss.e2e.test.ts.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";
import { sanitizeHtml } from "../../src/core/sanitize-html.js";
import { loadFixture, normalise } from "../helpers/fixtures.js";
import { sanitizerViolations } from "../helpers/sanitizer-invariants.js";

const MARKER_ORIGIN = "http://127.0.0.1:9";
const PAGES = ["xss-scripts", "xss-urls", "xss-namespaces", "xss-clobbering"];

/** Payloads are written between <!--payload:ID--> and <!--/payload--> in each page. */
function payloadsOf(html: string): Array<[string, string]> {
  return Array.from(html.matchAll(/<!--payload:([\w-]+)-->([\s\S]*?)<!--\/payload-->/g), (m) => [m[1]!, m[2]!]);
}

/** Payloads that cannot sit in a page served to a browser (they would break or navigate it). */
const RAW_ONLY: Array<[string, string]> = [
  ["plaintext", `<plaintext><img src=x onerror="fetch('${MARKER_ORIGIN}/marker/plaintext')">`],
  ["meta-refresh", `<meta http-equiv="refresh" content="0;url=${MARKER_ORIGIN}/marker/meta-refresh">`],
  ["meta-refresh-javascript", `<meta http-equiv="refresh" content="0;url=javascript:fetch('${MARKER_ORIGIN}/marker/x')">`],
  ["frameset", `<frameset onload="fetch('${MARKER_ORIGIN}/marker/frameset')"><frame src="javascript:alert(1)"></frameset>`],
  ["unclosed-comment", `<!-- <img src=x onerror="fetch('${MARKER_ORIGIN}/marker/comment')">`],
  ["nested-forms-mxss", `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">`],
  ["mxss-namespace-style", `<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">`],
  ["double-encoded", `<a href="&amp;#106;avascript:alert(1)">double encoded</a>`],
  ["null-byte-tag", `<scr\u0000ipt>alert(1)</scr\u0000ipt><img src="x\u0000" onerror\u0000="alert(1)">`],
];

const win = new JSDOM("<!doctype html><html><body></body></html>", { url: "https://news.example/story" }).window as unknown as Window & typeof globalThis;

describe.each(PAGES)("XSS corpus page %s", (name) => {
  const fixture = loadFixture(name);
  const html = fixture.html.replaceAll("MARKER_ORIGIN", MARKER_ORIGIN);
  const payloads = payloadsOf(html);

  it("has payloads to test", () => {
    expect(payloads.length).toBeGreaterThan(5);
  });

  it.each(payloads)("sanitizes payload %s on its own", (_id, payload) => {
    const out = sanitizeHtml(payload, win);
    expect(sanitizerViolations(out)).toEqual([]);
  });

  it("still finds the article, and its output keeps every invariant", () => {
    const article = extractFromHtml(html, fixture.expected.url);
    expect(article).not.toBeNull();
    const text = normalise(article!.textContent);
    for (const sentence of fixture.expected.mustKeep) expect(text).toContain(normalise(sentence));
    expect(sanitizerViolations(article!.contentHtml)).toEqual([]);
    // Stored articles are sanitized again when shown; that must change nothing.
    expect(sanitizeHtml(article!.contentHtml, win)).toBe(article!.contentHtml);
  });
});

describe("payloads that cannot sit in a served page", () => {
  it.each(RAW_ONLY)("sanitizes %s", (_id, payload) => {
    const out = sanitizeHtml(payload, win);
    expect(sanitizerViolations(out)).toEqual([]);
  });
});
