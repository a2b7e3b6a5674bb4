/**
 * Markdown injection (docs/security.md): whatever an article holds, its Markdown export renders
 * inert in permissive viewers (marked with its defaults, markdown-it with raw HTML and linkify),
 * and its text still reads as the text it was. Proven on the examples, on the XSS
 * corpus used as text in every place an article's strings reach the Markdown, on random
 * strings built from dangerous pieces (fast-check), on every fixture through the real
 * pipeline, and on the library's ZIP export.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";
import type { Article } from "../../src/core/article.js";
import { articleToMarkdown, htmlToMarkdown } from "../../src/core/markdown/article-markdown.js";
import { markdownDestination } from "../../src/core/markdown/markdown-urls.js";
import { markdownLibraryFiles } from "../../src/export/export-library.js";
import { listFixtures, loadFixture } from "../helpers/fixtures.js";
import { makeArticle, PNG_1PX } from "../helpers/library-articles.js";
import { corpusPayloads, markdownViolations, renderedText, RENDERERS, TEXT_RENDERERS } from "../helpers/markdown-render-check.js";

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** An article carrying `payload` (as text, never as markup) in every place that reaches the Markdown. */
function articleWith(payload: string, href = payload): Article {
  const t = escapeHtml(payload);
  return makeArticle({
    title: payload,
    byline: payload,
    siteName: payload,
    url: `https://news.example/${encodeURIComponent(payload)}`,
    contentHtml: [
      `<p>${t}</p>`,
      `<p>before <code>${t}</code> after</p>`,
      `<pre><code>${t}</code></pre>`,
      `<p><a href="${escapeHtml(href)}" title="${t}">${t}</a></p>`,
      `<p><img src="${escapeHtml(href)}" alt="${t}" title="${t}"></p>`,
      `<p><img src="data:image/png;base64,${PNG_1PX}" alt="${t}"></p>`,
      `<table><caption>${t}</caption><tr><th>${t}</th><th>h</th></tr><tr><td><code>${t}</code></td><td><a href="https://ok.example/" title="${t}">${t}</a></td></tr></table>`,
      `<table><tr><td><ul><li>${t}</li></ul></td><td><pre><code>${t}</code></pre></td></tr></table>`,
      `<ul><li>${t}<pre><code>${t}</code></pre></li></ul><blockquote><p>${t}</p><pre><code>${t}</code></pre></blockquote>`,
    ].join(""),
  });
}

function expectInert(markdown: string): void {
  expect(markdownViolations(markdown)).toEqual({});
}

describe("the issue's examples", () => {
  it("text that showed as <img onerror> stays text", () => {
    const md = htmlToMarkdown("<p>&lt;img src=x onerror=alert(1)&gt;</p>");
    expectInert(md);
    for (const [, render] of RENDERERS) expect(renderedText(render(md))).toBe("<img src=x onerror=alert(1)>");
  });

  it("text that showed as an autolink <javascript:…> is no link", () => {
    const md = htmlToMarkdown("<p>&lt;javascript:alert(2)&gt;</p>");
    expectInert(md);
    for (const [, render] of RENDERERS) expect(renderedText(render(md))).toBe("<javascript:alert(2)>");
  });

  it("a title with markup is a heading of text", () => {
    const md = articleToMarkdown(makeArticle({ title: "<img src=x onerror=alert(1)> & [x](javascript:alert(3))" }), { savedAt: null });
    expectInert(md);
    for (const [, render] of RENDERERS) expect(render(md)).toContain("<h1>&lt;img src=x onerror=alert(1)&gt; &amp; [x](javascript:alert(3))</h1>");
  });

  it("a link or image whose URL is not http(s)/mailto keeps its text and loses the URL", () => {
    for (const href of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\nscript:alert(1)", "vbscript:x", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"]) {
      const md = htmlToMarkdown(`<p><a href="${escapeHtml(href)}">click</a> <img src="${escapeHtml(href)}" alt="pic"></p>`);
      expect(md).toBe("click");
      expectInert(md);
    }
  });

  it("turndown's raw-HTML table fallback is gone: a table with a list is written cell by cell", () => {
    const md = htmlToMarkdown('<table><tr><td title="a\n\n<img src=x onerror=alert(1)>"><ul><li>one</li></ul></td><td>two</td></tr></table>');
    expect(md).not.toMatch(/<(?:table|div|td)/);
    expectInert(md);
  });

  it("a fence inside code cannot close the code block early", () => {
    // turndown sized the fence by unindented runs only; a closing fence may be indented 3 spaces.
    const code = "```\n   ````\n<img src=x onerror=alert(1)>\n~~~";
    const md = htmlToMarkdown(`<pre><code>${escapeHtml(code)}</code></pre>`);
    expectInert(md);
    for (const [, render] of RENDERERS) expect(render(md)).toContain(escapeHtml(code));
  });

  it("code with hundreds of thousands of backtick runs still gets a fence longer than all of them", () => {
    const code = "` ".repeat(300_000) + "``` <img src=x onerror=alert(1)>";
    const md = htmlToMarkdown(`<pre><code>${escapeHtml(code)}</code></pre><p><code>${escapeHtml(code)}</code></p>`);
    expect(md.startsWith("````\n")).toBe(true);
    expect(md).toContain("\n````\n\n````");
  });

  it("a language name with a backtick (which would stop the fence being one) is left out", () => {
    const md = htmlToMarkdown(`<pre><code class="language-\`js">${escapeHtml("<img src=x onerror=alert(1)>")}</code></pre>`);
    expect(md.split("\n")[0]).toBe("```");
    expectInert(md);
  });

  it("code holding a pipe in a table cell cannot split the cell into live markup", () => {
    // marked and markdown-it disagree on `\\|`: marked splits the cell there.
    const md = htmlToMarkdown(`<table><tr><th>a</th><th>b</th></tr><tr><td><code>x\\|${escapeHtml("<img src=x onerror=alert(1)>")}</code></td><td>y</td></tr></table>`);
    expectInert(md);
  });
});

describe("the XSS corpus as text, in every place an article's strings reach the Markdown", () => {
  const payloads = ["xss-scripts", "xss-urls", "xss-namespaces", "xss-clobbering"].flatMap((name) => corpusPayloads(loadFixture(name).html));
  const markdownOnly: Array<[string, string]> = [
    ["autolink", "<javascript:alert(2)>"],
    ["md-link", "[x](javascript:alert(1))"],
    ["md-image", "![x](javascript:alert(1))"],
    ["md-reference", "[x]\n\n[x]: javascript:alert(1)"],
    ["md-entity-scheme", "[x](&#106;avascript:alert(1))"],
    ["md-html-block", "\n\n<div onmouseover=alert(1)>\n\n"],
    ["md-front-matter-break", "a\n---\ntitle: <img src=x onerror=alert(1)>\n---\n"],
    ["md-fence", "```\n<img src=x onerror=alert(1)>\n```"],
    ["md-backslash-title", 'x\\" <img src=x onerror=alert(1)>'],
    ["md-pipe-code", "a|b`<img src=x onerror=alert(1)>`|"],
  ];

  it("has payloads to test", () => {
    expect(payloads.length).toBeGreaterThan(80);
  });

  it.each([...payloads, ...markdownOnly])("%s renders inert in marked and markdown-it", (_id, payload) => {
    const md = articleToMarkdown(articleWith(payload), { savedAt: "2026-04-01T10:00:00.000Z" });
    expectInert(md);
    // The text is still there to read.
    for (const [, render] of TEXT_RENDERERS) expect(renderedText(render(md))).toContain(squash(payload));
  });
});

describe("random strings from dangerous pieces (fast-check)", () => {
  /** Bare web addresses: GFM autolinking turns them into links that run on into the next characters. */
  const LINKABLE = ["https://ok.example/", "www.example.com", "mailto:a@b.example", "a@b.example"];
  const PIECES = [
    "<", ">", "&", "javascript:", "JavaScript:", "data:text/html,", "`", "``", "```", "~~~", "[", "]", "](", "(", ")", "!", "\n", "\n\n",
    "&lt;", "&gt;", "&#106;", "&amp;", "&#x3C;", "\\", "|", "*", "_", "#", "- ", "1. ", "> ", "---", "===", '"', "'", " ", "    ", "\t",
    "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<a href=javascript:alert(1)>", "<!--", "-->", "<![CDATA[", "<?x", "/>",
    "[x]: ", "onerror=", "alert(1)", "word", "é", "\u2028",
  ];
  const strings = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(""));

  function markdownOf(title: string, text: string, code: string, href: string): string {
    return articleToMarkdown(
      makeArticle({
        title,
        byline: text,
        siteName: code,
        contentHtml: `<p>${escapeHtml(text)}</p><p>x <code>${escapeHtml(code)}</code></p><pre><code>${escapeHtml(code)}</code></pre><p><a href="${escapeHtml(href)}" title="${escapeHtml(text)}">${escapeHtml(text)}</a><img src="${escapeHtml(href)}" alt="${escapeHtml(text)}" title="${escapeHtml(code)}"></p><table><caption>${escapeHtml(title)}</caption><tr><th>${escapeHtml(text)}</th></tr><tr><td><code>${escapeHtml(code)}</code> <a href="${escapeHtml(href)}">${escapeHtml(text)}</a></td></tr></table>`,
      }),
      { savedAt: null },
    );
  }

  it("every rendering is inert, links and bare addresses included", () => {
    const any = strings([...PIECES, ...LINKABLE]);
    fc.assert(
      fc.property(any, any, any, any, (title, text, code, href) => {
        expect(markdownViolations(markdownOf(title, text, code, href))).toEqual({});
      }),
      { numRuns: 400 },
    );
 }, 120_000);

  it("every piece of text is still visible as the same characters", () => {
    const plain = strings(PIECES);
    fc.assert(
      fc.property(plain, plain, plain, plain, (title, text, code, href) => {
        const md = markdownOf(title, text, code, href);
        for (const [, render] of TEXT_RENDERERS) {
          const shown = renderedText(render(md));
          for (const part of [title, text, code]) expect(shown).toContain(squash(part));
        }
      }),
      { numRuns: 300 },
    );
 }, 120_000);
});

describe("random markup around the dangerous pieces (fast-check)", () => {
  const piece = fc.constantFrom("<img src=x onerror=alert(1)>", "&lt;", "`", "```", "~~~", "[", "](javascript:alert(1))", "|", "\\", "\n", "\n\n", "    ", "- ", "> ", "#", "*", "_", "word", "<", "&", "!", "(", ")");
  const text = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => escapeHtml(parts.join("")));
  const url = fc.constantFrom("https://ok.example/a", "javascript:alert(1)", "data:text/html,x", `data:image/png;base64,${PNG_1PX}`, "images/x/1.png", "#qra-x", "mailto:a@b.example", "//evil.example/", "a|b`c", "x y(z)");
  const INLINE = ["a", "em", "strong", "code", "del", "s", "span", "sub", "sup", "kbd", "mark", "q", "small", "b", "i", "u"];
  const BLOCK = ["p", "pre", "blockquote", "ul", "ol", "li", "h2", "h3", "div", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "caption", "dl", "dt", "dd", "details", "summary", "section"];
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      text,
      fc.tuple(url, text, text).map(([src, alt, title]) => `<img src="${escapeHtml(src)}" alt="${alt}" title="${title}">`),
      fc.constant("<br>"),
      fc.constant("<hr>"),
      fc.tuple(fc.constantFrom(...INLINE, ...BLOCK), url, text, fc.array(tie("node"), { maxLength: 4 })).map(([tag, href, title, children]) => {
        const attributes = tag === "a" ? ` href="${escapeHtml(href)}" title="${title}"` : tag === "code" ? ' class="language-js"' : tag === "td" ? ' colspan="2"' : "";
        return `<${tag}${attributes}>${children.join("")}</${tag}>`;
      }),
    ),
  }));

  it("any tree of reading elements converts to Markdown that renders inert", () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 5 }), (nodes) => {
        expect(markdownViolations(htmlToMarkdown(nodes.join("")))).toEqual({});
      }),
      { numRuns: 400 },
    );
 }, 120_000);
});

describe("every fixture through the real pipeline", () => {
  it.each(listFixtures().filter((name) => name !== "no-article"))("%s exports Markdown that renders inert", (name) => {
    const fixture = loadFixture(name);
    const article = extractFromHtml(fixture.html, fixture.expected.url);
    expect(article).not.toBeNull();
    expectInert(articleToMarkdown(article!, { savedAt: null }));
  });
});

describe("the library's ZIP export", () => {
  it("writes inert Markdown with relative image paths, never a non-image data: URL", () => {
    const record = (payload: string, n: number) => ({
      article: articleWith(payload, `data:text/html;base64,${btoa("<script>alert(1)</script>")}`),
      id: `id-${n}`, savedAt: "2026-04-01T10:00:00.000Z", updatedAt: "2026-04-01T10:00:00.000Z", url: `https://news.example/${n}`, canonicalUrl: `https://news.example/${n}`, tags: [payload],
    });
    const files = markdownLibraryFiles([record("<img src=x onerror=alert(1)>", 1), record("[x](javascript:alert(1))", 2)]);
    const markdown = Object.entries(files).filter(([path]) => path.endsWith(".md")).map(([, bytes]) => new TextDecoder().decode(bytes));
    expect(markdown).toHaveLength(2);
    for (const md of markdown) {
      expectInert(md);
      expect(md).toMatch(/!\[(?:\\.|[^\]\\])*\]\(images\/[^/)]+\/1\.png\)/);
      expect(md).not.toContain("data:text/html");
    }
  });
});

describe("which URLs the Markdown may hold (markdown-urls.ts)", () => {
  const cases: Array<[string, "link" | "image", string | null]> = [
    ["https://a.example/x?y=1&z=2", "link", "https://a.example/x?y=1&amp;z=2"],
    ["https://a.example/a(b)c d", "link", "https://a.example/a%28b%29c%20d"],
    ["mailto:someone@example.org", "link", "mailto:someone@example.org"],
    ["mailto:someone@example.org", "image", null],
    ["#qra-section", "link", "#qra-section"],
    ["images/story/1.png", "image", "images/story/1.png"],
    [`data:image/png;base64,${PNG_1PX}`, "image", `data:image/png;base64,${PNG_1PX}`],
    [`data:image/png;base64,${PNG_1PX}`, "link", null],
    ["data:image/svg+xml;base64,PHN2Zz4=", "image", null],
    ["tel:+4912345", "link", null],
    ["javascript:alert(1)", "link", null],
    ["//evil.example/x", "image", "https://evil.example/x"],
    ["/\\evil.example/x", "link", "https://evil.example/x"],
  ];
  it.each(cases)("%s as %s → %s", (raw, use, expected) => {
    expect(markdownDestination(raw, use)).toBe(expected);
  });
});
