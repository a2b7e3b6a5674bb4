// The pages of ../shared/corpus both speed benchmarks (Node + jsdom, real Chromium) measure:
// Mozilla Readability's test pages and the article-extraction benchmark's dev set.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** The URL Readability's own tests give every test page. */
export const READABILITY_TEST_URL = "http://fakehost/test/page.html";

/** Every page under `corpus`, sorted, each as { set, name, url, load() → HTML }. */
export function corpusPages(corpus) {
  const pages = [];
  const rtp = join(corpus, "readability-test-pages");
  if (existsSync(rtp)) {
    for (const name of readdirSync(rtp).sort()) {
      const file = join(rtp, name, "source.html");
      if (existsSync(file)) pages.push({ set: "rtp", name, url: READABILITY_TEST_URL, load: () => readFileSync(file, "utf8") });
    }
  }
  const aeb = join(corpus, "article-extraction-benchmark/dev");
  if (existsSync(join(aeb, "html"))) {
    let truth = {};
    try {
      truth = JSON.parse(readFileSync(join(aeb, "ground-truth.json"), "utf8"));
    } catch {
      truth = {};
    }
    for (const file of readdirSync(join(aeb, "html")).filter((f) => f.endsWith(".html.gz")).sort()) {
      const id = file.split(".")[0];
      const url = truth[id]?.url ?? `https://example.com/${id}`;
      pages.push({ set: "aeb-dev", name: id.slice(0, 12), url, load: () => gunzipSync(readFileSync(join(aeb, "html", file))).toString("utf8") });
    }
  }
  return pages;
}

/** The pages a run measures: all, or those named in `names` (a Set), at most `limit`. */
export function selectPages(corpus, names, limit = Infinity) {
  const pages = corpusPages(corpus);
  return (names ? pages.filter((page) => names.has(page.name)) : pages).slice(0, limit);
}
