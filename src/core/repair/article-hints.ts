/**
 * What the page itself says its article is, from signals Readability does not use to choose
 * its container: the JSON-LD `articleBody` of a NewsArticle/BlogPosting/Article, an element
 * marked `itemprop="articleBody"`, a lone `<article>`, `<main>` or `role="main"`. Read from
 * the pristine page (before Readability mutates its working copy); each hint is located by its
 * path of child indices, so a fresh copy of the page can be narrowed to it.
 */
import { elementsUnder } from "../elements-under.js";

/** "prose-cluster" is not the page's word but where its prose is (repair-container.ts): tried last. */
export type HintKind = "json-ld" | "itemprop" | "article" | "main" | "prose-cluster";

export interface ArticleHint {
  kind: HintKind;
  /** Child-index path from <body> to the element, or null for a JSON-LD text with no element found. */
  path: number[] | null;
  /** A JSON-LD hint's text, whitespace collapsed; "" for an element hint (its element is read where it is used). */
  text: string;
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|TechArticle|ScholarlyArticle|LiveBlogPosting|Blog|BackgroundNewsArticle|SocialMediaPosting)$/;
/** JSON-LD larger than this is not parsed (a page can carry megabytes of it). */
const MAX_JSON_LD_CHARS = 2_000_000;

const collapse = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

function typesOf(node: Record<string, unknown>): string[] {
  const type = node["@type"];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === "string") : typeof type === "string" ? [type] : [];
}

/** The longest articleBody of an article-typed JSON-LD node (top level, arrays and @graph). */
export function jsonLdArticleBody(doc: Document): string | null {
  let best = "";
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== "object" || depth > 4) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const body = record["articleBody"];
    if (typeof body === "string" && typesOf(record).some((t) => ARTICLE_TYPES.test(t))) {
      const text = collapse(body.replace(/<[^>]{0,400}>/g, " "));
      if (text.length > best.length) best = text;
    }
    if (record["@graph"]) visit(record["@graph"], depth + 1);
  };
  // By tag, then type: a selector with an attribute test walks the page in jsdom's selector engine.
  for (const script of Array.from(doc.getElementsByTagName("script"))) {
    if ((script.getAttribute("type") ?? "").trim().toLowerCase() !== "application/ld+json") continue;
    const source = script.textContent ?? "";
    if (source.length > MAX_JSON_LD_CHARS) continue;
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // A page's broken JSON-LD is not our error.
    }
  }
  return best || null;
}

/** Child-index path from `from` down to `el`. */
export function pathTo(el: Element, from: Element): number[] | null {
  const path: number[] = [];
  for (let node: Element | null = el; node && node !== from; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) return null;
    path.push(Array.prototype.indexOf.call(parent.children, node));
  }
  return path.reverse();
}

export function elementAt(from: Element, path: readonly number[]): Element | null {
  let node: Element | null = from;
  for (const index of path) {
    node = node?.children[index] ?? null;
    if (!node) return null;
  }
  return node;
}

/** The page's own hints, strongest first. */
export function articleHints(doc: Document): ArticleHint[] {
  const body = doc.body;
  if (!body) return [];
  const hints: ArticleHint[] = [];
  const articleBody = jsonLdArticleBody(doc);
  if (articleBody) hints.push({ kind: "json-ld", path: null, text: articleBody });
  const marked: Element[] = [];
  const articles: Element[] = [];
  const mains: Element[] = [];
  for (const el of elementsUnder(body)) {
    const itemprop = el.getAttribute("itemprop");
    if (itemprop !== null && itemprop.split(/\s+/).includes("articleBody")) marked.push(el);
    else if (el.localName === "article") articles.push(el);
    else if (el.localName === "main" || el.getAttribute("role") === "main") mains.push(el);
  }
  const add = (kind: HintKind, el: Element) => {
    const path = pathTo(el, body);
    if (path) hints.push({ kind, path, text: "" });
  };
  // One marked body (several are a list of teasers, not an article).
  if (marked.length === 1) add("itemprop", marked[0]!);
  const outer = articles.filter((a) => !articles.some((b) => b !== a && b.contains(a)));
  if (outer.length === 1) add("article", outer[0]!);
  if (mains.length === 1) add("main", mains[0]!);
  return hints;
}
