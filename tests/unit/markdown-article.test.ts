import { describe, expect, it } from "vitest";
import { articleToMarkdown, frontMatter, htmlToMarkdown } from "../../src/core/markdown/article-markdown.js";
import { makeArticle } from "../helpers/library-articles.js";

describe("Markdown conversion of article HTML", () => {
  it("writes headings as ATX headings", () => {
    expect(htmlToMarkdown("<h2>Section</h2><h3>Sub</h3><p>Text</p>")).toBe("## Section\n\n### Sub\n\nText");
  });

  it("writes bullet and numbered lists, nested", () => {
    const md = htmlToMarkdown("<ul><li>one</li><li>two<ul><li>inner</li></ul></li></ul><ol start=\"3\"><li>three</li><li>four</li></ol>");
    expect(md).toMatch(/^- {1,3}one\n- {1,3}two\n {4}- {1,3}inner/m);
    expect(md).toMatch(/^3\. {1,2}three\n4\. {1,2}four$/m);
  });

  it("keeps links and images with their URLs and alt text", () => {
    const md = htmlToMarkdown('<p>See <a href="https://example.org/a?b=1">the report</a>.</p><p><img src="https://img.example/x.png" alt="A chart"></p>');
    expect(md).toContain("[the report](https://example.org/a?b=1)");
    expect(md).toContain("![A chart](https://img.example/x.png)");
  });

  it("keeps code blocks verbatim, whitespace and indentation included, fenced with their language", () => {
    const code = "function f() {\n    return  1;\n\n\treturn 2;\n}";
    const md = htmlToMarkdown(`<pre><code class="language-js">${code}</code></pre>`);
    expect(md).toBe("```js\n" + code + "\n```");
    // Inline code is not escaped (HTML collapses its whitespace, so Markdown may too).
    expect(htmlToMarkdown("<p>Use <code>a*b_c</code> here</p>")).toBe("Use `a*b_c` here");
  });

  it("writes tables as GFM tables", () => {
    const md = htmlToMarkdown("<table><thead><tr><th>City</th><th>Rain</th></tr></thead><tbody><tr><td>Oslo</td><td>12</td></tr><tr><td>Rome</td><td>3</td></tr></tbody></table>");
    const lines = md.split("\n").map((line) => line.replace(/\s+/g, " ").trim());
    expect(lines[0]).toBe("| City | Rain |");
    expect(lines[1]).toMatch(/^\| -+ \| -+ \|$/);
    expect(lines.slice(2)).toEqual(["| Oslo | 12 |", "| Rome | 3 |"]);
  });

  it("writes blockquotes, emphasis and strikethrough", () => {
    expect(htmlToMarkdown("<blockquote><p>Quoted words.</p><p>Second para.</p></blockquote>")).toBe("> Quoted words.\n> \n> Second para.");
    expect(htmlToMarkdown("<p><em>soft</em> <strong>loud</strong> <del>gone</del></p>")).toBe("*soft* **loud** ~~gone~~");
  });

  it("rewrites image URLs through the hook (the zip export's local files)", () => {
    const md = htmlToMarkdown('<img src="data:image/png;base64,AAAA" alt="[x]">', { imageUrl: () => "images/a/1.png" });
    expect(md).toBe("![\\[x\\]](images/a/1.png)");
  });
});

describe("Markdown front matter", () => {
  it("holds title, author, site, url, published and saved, quoted and escaped", () => {
    const article = makeArticle({ title: 'He said "no": a story\nin two lines', byline: "Ada \\ Writer" });
    expect(frontMatter(article, "2026-04-01T10:00:00.000Z")).toBe(
      [
        "---",
        'title: "He said \\"no\\": a story\\nin two lines"',
        'author: "Ada \\\\ Writer"',
        'site: "Example Times"',
        'url: "https://news.example/2026/bridge"',
        'published: "2026-03-01T09:00:00Z"',
        'saved: "2026-04-01T10:00:00.000Z"',
        "---",
        "",
      ].join("\n"),
    );
  });

  it("leaves out fields the article does not have", () => {
    const fm = frontMatter(makeArticle({ byline: null, siteName: null, publishedTime: null }), null);
    expect(fm).toBe('---\ntitle: "Harbour bridge reopens"\nurl: "https://news.example/2026/bridge"\n---\n');
  });

  it("puts front matter, the title as a heading, then the body", () => {
    const md = articleToMarkdown(makeArticle({ contentHtml: "<p>Body text.</p>" }), { savedAt: null });
    expect(md).toMatch(/^---\n[\s\S]+\n---\n\n# Harbour bridge reopens\n\nBody text\.\n$/);
  });
});
