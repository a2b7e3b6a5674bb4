/**
 * The Markdown export's YAML front matter (docs/security.md, "Markdown injection"): whatever
 * the title, byline, site, URL or dates hold, each is one double-quoted scalar on one line, a
 * YAML parser reads back exactly that value (js-yaml, a YAML 1.2 parser, and its 1.1-style
 * line breaks checked by the exact escaping rules), no value can end the block or add a key,
 * and rendered as Markdown by a viewer that does not know front matter it is only text.
 */
import fc from "fast-check";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { frontMatter, yamlString } from "../../src/core/markdown/front-matter.js";
import { makeArticle } from "../helpers/library-articles.js";
import { markdownViolations } from "../helpers/markdown-render-check.js";

const KEYS = ["title", "author", "site", "url", "published", "saved"] as const;
/** One scalar: only printable characters outside the escapes, nothing a YAML 1.1 reader takes as a line break. */
const SCALAR_LINE = /^(title|author|site|url|published|saved): "(?:[^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff<>&[\]]|\\[\\"nrt]|\\x[0-9A-F]{2}|\\u[0-9A-F]{4})*"$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function parse(block: string): Record<string, string> {
  expect(block.startsWith("---\n") && block.endsWith("\n---\n")).toBe(true);
  return load(block.slice(4, -4)) as Record<string, string>;
}

const DANGEROUS = ["\n", "\r", "\r\n", "---", "...", "\n---\n", '"', "'", "\\", ": ", "#", "- ", "? ", "&anchor", "*alias", "!!python/object", "{", "}", "[", "]", "|", ">", "<", "&",
  "\t", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029", "\ufeff", "\ufffe", "\ud800", "\udc00", "😀", "é", "%YAML", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "true", "null", "1e3", "0x10", "~", "`"];
const value = fc.oneof(
  fc.array(fc.constantFrom(...DANGEROUS), { minLength: 1, maxLength: 12 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("YAML front matter", () => {
  it("a title that tries to close the block and add keys stays one value", () => {
    const title = 'Story\n---\nurl: "javascript:alert(1)"\nlayout: <script>alert(1)</script>';
    const block = frontMatter(makeArticle({ title }), null);
    expect(block.split("\n").filter((line) => line === "---")).toHaveLength(2);
    expect(parse(block)).toEqual({ title, author: "Ada Writer", site: "Example Times", url: "https://news.example/2026/bridge", published: "2026-03-01T09:00:00Z" });
    expect(markdownViolations(block)).toEqual({});
  });

  it("every value parses back exactly, on its own line, under the exact quoting rules (fast-check)", () => {
    fc.assert(
      fc.property(value, value, value, value, value, value, (title, byline, siteName, url, publishedTime, savedAt) => {
        const block = frontMatter(makeArticle({ title, byline, siteName, url, publishedTime }), savedAt);
        const given: Record<string, string> = { title, author: byline, site: siteName, url, published: publishedTime, saved: savedAt };
        const expected = Object.fromEntries(KEYS.filter((key) => given[key]).map((key) => [key, given[key]!.replace(LONE_SURROGATE, "\ufffd")]));
        const lines = block.split("\n");
        expect(lines.slice(1, -2).every((line) => SCALAR_LINE.test(line))).toBe(true);
        expect(lines.slice(1, -2).map((line) => line.slice(0, line.indexOf(":")))).toEqual(Object.keys(expected));
        expect(parse(block)).toEqual(expected);
        // Shown as Markdown by a viewer that knows no front matter, it is text.
        expect(markdownViolations(block)).toEqual({});
      }),
      { numRuns: 500 },
    );
 }, 60_000);

  it("escapes named characters by name and the rest as \\x or \\u", () => {
    expect(yamlString('a"b\\c\nd\te\r')).toBe('"a\\"b\\\\c\\nd\\te\\r"');
    expect(yamlString("<a & [b]>")).toBe('"\\x3Ca \\x26 \\x5Bb\\x5D\\x3E"');
    expect(yamlString("\u0000\u0085\u2028\ufeff")).toBe('"\\x00\\x85\\u2028\\uFEFF"');
    expect(yamlString("x\ud800y")).toBe('"x\ufffdy"');
  });
});
