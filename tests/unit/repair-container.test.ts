import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/core/extract-article.js";
import { articleHints, jsonLdArticleBody } from "../../src/core/repair/article-hints.js";
import { canStandAsArticle, keepsFirstPick, missing, narrowedCopy, planRepairs, proseClusterElement, proseProbes } from "../../src/core/repair/repair-container.js";

const URL_ = "https://www.riverside-gazette.example/2024/03/bridge-repairs";

/** Story paragraphs, each long enough to count as prose. */
const STORY = [
  "The county will close the Elm Street bridge for eleven weeks starting in April while crews replace its corroded steel deck, officials said Tuesday.",
  "Engineers found during a routine inspection last fall that water had seeped under the asphalt for years, rusting the beams that carry the roadway.",
  "Commuters will be sent along a signed detour through the industrial park, which the transportation department estimates will add nine minutes at rush hour.",
  "The repair, paid for mostly with a state grant, is expected to cost $4.2 million, about a third less than replacing the bridge outright.",
  "Business owners on Elm Street said they worried about losing customers during the closure and asked the county to keep one sidewalk open.",
  "The county agreed to keep the north sidewalk open to pedestrians for all but the final week of the work, when the new deck is sealed.",
];

const COMMENT = (n: number) =>
  `Reader ${n} wrote: I have driven over that bridge every morning for twenty years and I always wondered when somebody would finally notice the state it was in, honestly it is about time.`;

/** The story split into three sections inside <article>, beside a longer comment thread that Readability prefers. */
function pageHtml({ jsonLd = false, marked = true } = {}): string {
  const sections = [0, 2, 4]
    .map((i) => `<section class="s${i}"><div class="x"><p>${STORY[i]}</p></div><div class="y"><p>${STORY[i + 1]}</p></div><aside class="ad"><a href="/a">Ad</a></aside></section>`)
    .join("");
  const comments = Array.from({ length: 16 }, (_, n) => `<p>${COMMENT(n + 1)}</p>`).join("");
  const ld = jsonLd ? `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@graph": [{ "@type": "NewsArticle", headline: "Bridge", articleBody: STORY.join("\n\n") }] })}</script>` : "";
  const open = marked ? `<article itemscope><h1>Elm Street bridge to close for repairs</h1><div${jsonLd ? "" : ' itemprop="articleBody"'}>` : "<div><h1>Elm Street bridge to close for repairs</h1><div>";
  const close = marked ? "</div></article>" : "</div></div>";
  return `<!doctype html><html lang="en"><head><title>Elm Street bridge to close for repairs</title>${ld}</head><body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
    ${open}${sections}${close}
    <div class="discussion"><h2>Comments</h2><div class="thread">${comments}</div></div>
  </body></html>`;
}

function extract(html: string, repair = true) {
  const dom = new JSDOM(html, { url: URL_ });
  return extractArticle(dom.window.document, { url: URL_, repair })!;
}

describe("container repair", () => {
  it("on this page, plain Readability picks the comment thread and misses most of the story", () => {
    const article = extract(pageHtml(), false);
    const found = STORY.filter((s) => article.textContent.includes(s)).length;
    expect(found).toBeLessThanOrEqual(2);
    expect(article.repairs).toBeUndefined();
  });

  it("with nothing on the page marking the story, reruns Readability where the page's prose is", () => {
    // A wall of short, comma-heavy one-liners outscores the story in Readability's paragraph
    // scoring; none is long enough to count as prose, so the story is where the prose is.
    const chatter = Array.from({ length: 40 }, (_, n) => `<p>Ha, yes, sure, me too, same here, agreed, ${n}, lol, true, right.</p>`).join("");
    const html = `<!doctype html><html lang="en"><head><title>Elm Street bridge to close for repairs</title></head><body>
      <div class="wrap"><div class="col-a"><h1>Elm Street bridge to close for repairs</h1><div class="x">${STORY.map((s) => `<p>${s}</p>`).join("")}</div></div>
      <div class="col-b"><div class="feed">${chatter}</div></div></div></body></html>`;
    expect(articleHints(new JSDOM(html, { url: URL_ }).window.document)).toEqual([]);
    expect(STORY.filter((s) => extract(html, false).textContent.includes(s)).length).toBeLessThanOrEqual(2);
    const article = extract(html);
    for (const sentence of STORY) expect(article.textContent).toContain(sentence);
    expect(article.textContent).not.toContain("me too, same here");
    expect(article.repairs?.[0]).toMatchObject({ kind: "container-widened" });
    expect(article.repairs?.[0]!.detail).toMatch(/^prose-cluster: /);
  });

  it("finds where the prose is: the smallest element holding most of its characters, outside comments", () => {
    const dom = new JSDOM(`<body><div id="page"><div id="story"><div><p>${STORY[0]}</p><p>${STORY[1]}</p></div><div><p>${STORY[2]}</p><p>${STORY[3]}</p></div></div><div class="comments">${[1, 2, 3, 4, 5, 6].map((n) => `<p>${COMMENT(n)}</p>`).join("")}</div><p>${STORY[4]}</p></div></body>`);
    expect(proseClusterElement(dom.window.document.body)?.id).toBe("story");
  });

  it("keeps a repair only when it still holds the first pick's own prose", () => {
    const firstPick = proseProbes(new JSDOM(`<body><div>${STORY.map((s) => `<p>${s}</p>`).join("")}</div></body>`).window.document.body);
    expect(keepsFirstPick(firstPick, STORY.join(" ") + " " + COMMENT(1))).toBe(true);
    expect(keepsFirstPick(firstPick, STORY.slice(0, 4).join(" "))).toBe(false);
  });

  it("lets a repair drop a first pick that is a scrap (a short disclosure) beside a page of prose, and only such a pick", () => {
    const disclosure = "Many of the offers that appear on this site are from companies from which we receive compensation, which may impact how and where products appear on this site.";
    const probes = proseProbes(new JSDOM(`<body><p>${disclosure}</p></body>`).window.document.body);
    expect(probes).toHaveLength(1);
    const story = STORY.join(" ");
    expect(keepsFirstPick(probes, story, disclosure)).toBe(true);
    // Without the pick's text, or when the repaired text is not much longer than it, the pick must survive.
    expect(keepsFirstPick(probes, story)).toBe(false);
    expect(keepsFirstPick(probes, STORY[0]!, disclosure)).toBe(false);
    // A first pick of an article's length is never a scrap.
    const long = STORY.concat(STORY).join(" ");
    const longProbes = proseProbes(new JSDOM(`<body>${STORY.map((s) => `<p>${s}</p>`).join("")}</body>`).window.document.body);
    expect(keepsFirstPick(longProbes, long.repeat(4).replace(/county/g, "city"), long)).toBe(false);
  });

  it("narrows to the page's itemprop=articleBody and keeps the whole story, without the comments", () => {
    const article = extract(pageHtml());
    for (const sentence of STORY) expect(article.textContent).toContain(sentence);
    expect(article.textContent).not.toContain("Reader 3 wrote");
    expect(article.repairs?.[0]).toMatchObject({ kind: "container-widened" });
    expect(article.repairs?.[0]!.detail).toMatch(/^itemprop: /);
  });

  it("finds the story's element from a JSON-LD articleBody when nothing else marks it", () => {
    const html = pageHtml({ jsonLd: true, marked: false });
    const article = extract(html);
    for (const sentence of STORY) expect(article.textContent).toContain(sentence);
    expect(article.repairs?.[0]!.detail).toMatch(/^json-ld: /);
  });

  it("takes the hinted element itself only when it is mostly the prose (not links, not a page around a little prose)", () => {
    // Where Readability, rerun on the hinted element, still picks a fragment (six WCXB dev pages:
    // docs/clutter-stripping.md), the element itself becomes the article, if it can stand as one.
    const make = (inner: string) => new JSDOM(`<body><main>${inner}</main></body>`).window.document.querySelector("main")!;
    const prose = STORY.map((s) => `<p>${s}</p>`).join("");
    const planFor = (el: Element) => ({ hint: { kind: "main" as const, path: [0], text: "" }, path: [0], missed: { share: 1, chars: 1 }, probes: proseProbes(el) });
    const article = make(`<h2>Repairs</h2>${prose}<p><a href="/more">More stories</a></p>`);
    expect(canStandAsArticle(article, planFor(article), STORY[0]!)).toBe(true);
    // Readability's pick already holds most of the prose: what it "missed" is likely not article.
    expect(canStandAsArticle(article, planFor(article), STORY.join(" "))).toBe(false);
    const links = Array.from({ length: 60 }, (_, i) => `<li><a href="/s${i}">Another story about the county budget, number ${i}</a></li>`).join("");
    const linky = make(`${prose}<ul>${links}</ul>`);
    expect(canStandAsArticle(linky, planFor(linky), STORY[0]!)).toBe(false);
    const chrome = Array.from({ length: 40 }, (_, i) => `<div>Menu entry ${i} with a short label and nothing else to read here</div>`).join("");
    const page = make(`${prose}${chrome}`);
    expect(canStandAsArticle(page, planFor(page), STORY[0]!)).toBe(false);
  });

  it("leaves a page alone when Readability's pick already holds the hinted prose", () => {
    const html = `<!doctype html><html><head><title>T</title></head><body><article><div>${STORY.map((s) => `<p>${s}</p>`).join("")}</div></article><footer><p>Contact us</p></footer></body></html>`;
    const article = extract(html);
    expect(article.repairs).toBeUndefined();
    for (const sentence of STORY) expect(article.textContent).toContain(sentence);
  });

  it("reads article-typed JSON-LD only, in arrays and @graph, and ignores broken JSON", () => {
    const dom = new JSDOM(`<head>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">[{"@type":"WebPage","articleBody":"not an article"},{"@type":["NewsArticle"],"articleBody":"<p>One</p> two  three"}]</script>
    </head><body></body>`);
    expect(jsonLdArticleBody(dom.window.document)).toBe("One two three");
  });

  it("takes a lone <article> and <main> as hints, but not a list of teaser articles", () => {
    const teasers = new JSDOM(`<body><main><article><p>a</p></article><article><p>b</p></article></main></body>`);
    expect(articleHints(teasers.window.document).map((h) => h.kind)).toEqual(["main"]);
    const single = new JSDOM(`<body><article><p>a</p></article></body>`);
    expect(articleHints(single.window.document).map((h) => h.kind)).toEqual(["article"]);
  });

  it("does not count paragraphs of comment threads, sidebars and related stories as the hint's prose", () => {
    const dom = new JSDOM(`<body><main id="r"><p>${STORY[0]}</p><div class="comments-list"><p>${COMMENT(1)}</p></div><aside><p>${STORY[1]}</p></aside><div id="related-posts"><p>${STORY[2]}</p></div></main></body>`);
    expect(proseProbes(dom.window.document.getElementById("r")!).map((p) => p.chars)).toEqual([STORY[0]!.length]);
  });

  it("counts only long, unlinked paragraphs as the hint's prose, and measures what a text misses", () => {
    const dom = new JSDOM(`<body><div id="r"><p>${STORY[0]}</p><p>short</p><p><a href="/x">${STORY[1]}</a></p><p>${STORY[2]}</p></div></body>`);
    const probes = proseProbes(dom.window.document.getElementById("r")!);
    expect(probes).toHaveLength(2);
    expect(missing(probes, STORY[0]!)).toEqual({ share: 0.5, chars: STORY[2]!.length });
    expect(planRepairs(dom.window.document, [], "")).toEqual([]);
  });

  it("reads a hint's prose inside it: a sidebar-named wrapper above the hint does not hide it, an aside inside it does", () => {
    const dom = new JSDOM(`<body><div class="sidebar-layout"><main><p>${STORY[0]}</p><p>${STORY[1]}</p><p>${STORY[2]}</p><aside><p>${STORY[3]}</p></aside></main></div><div class="comments"><p>${COMMENT(1)}</p></div></body>`);
    const plans = planRepairs(dom.window.document, [{ kind: "main", path: [0, 0], text: "" }], "");
    expect(plans.map((plan) => plan.probes.map((p) => p.chars))).toEqual([[STORY[0]!.length, STORY[1]!.length, STORY[2]!.length]]);
  });

  it("narrows a copy of the page to one element, keeping <head> and the root's attributes, without touching the page", () => {
    const page = `<!doctype html><html lang="fr" dir="ltr"><head><title>T</title><meta name="author" content="Jane"></head><body class="b"><nav>menu</nav><div><p>one</p><article id="a"><p>two</p></article></div><footer>f</footer></body></html>`;
    const doc = new JSDOM(page).window.document;
    const copy = narrowedCopy(doc, [1, 1])!;
    expect(copy.documentElement.outerHTML).toBe(`<html lang="fr" dir="ltr"><head><title>T</title><meta name="author" content="Jane"></head><body class="b"><article id="a"><p>two</p></article></body></html>`);
    expect(copy).not.toBe(doc);
    expect(doc.documentElement.outerHTML).toBe(new JSDOM(page).window.document.documentElement.outerHTML);
    expect(narrowedCopy(doc, [9])).toBeNull();
  });
});
