// The shared evaluation corpora as one list of pages: { corpus, id, site, url, file, truth }.
// Reads ../shared/corpus at run time (nothing is copied into the project). `site` is the host
// name without "www.", the unit of cross-validation: a model is never scored on a site it saw.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export const CORPORA = ["aeb", "wcxb", "traf", "rtp"];

export function siteOf(url) {
  try {
    return new URL(url).hostname.replace(/^www\d*\./, "").toLowerCase();
  } catch {
    return "unknown";
  }
}

function aebPages(root) {
  const dir = join(root, "article-extraction-benchmark/dev");
  if (!existsSync(dir)) return [];
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
  return Object.keys(truth).sort().map((id) => ({
    corpus: "aeb", id, url: truth[id].url || "https://fake-url.com", site: siteOf(truth[id].url),
    file: join(dir, "html", `${id}.html.gz`), truth: { articleBody: truth[id].articleBody },
  }));
}

function wcxbPages(root) {
  const dir = join(root, "wcxb-dev-articles");
  if (!existsSync(dir)) return [];
  return readdirSync(join(dir, "ground-truth")).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const id = f.replace(/\.json$/, "");
    const gt = JSON.parse(readFileSync(join(dir, "ground-truth", f), "utf8"));
    return {
      corpus: "wcxb", id, url: gt.url, site: siteOf(gt.url), file: join(dir, "html", `${id}.html.gz`),
      truth: { main: gt.ground_truth?.main_content ?? "", with: gt.ground_truth?.with ?? [], without: gt.ground_truth?.without ?? [] },
    };
  });
}

function trafPages(root) {
  const dir = join(root, "trafilatura-eval-dev");
  if (!existsSync(dir)) return [];
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
  return Object.keys(truth).sort().map((id) => ({
    corpus: "traf", id, url: truth[id].url, site: siteOf(truth[id].url), file: join(dir, "html", `${id}.html.gz`),
    truth: { with: truth[id].with, without: truth[id].without },
  }));
}

function rtpPages(root) {
  const dir = join(root, "readability-test-pages");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort().map((id) => ({
    corpus: "rtp", id, url: "http://fakehost/test/page.html", site: `rtp-${id}`, file: join(dir, id, "source.html"),
    truth: { expectedFile: join(dir, id, "expected.html") },
  }));
}

/** Every page of the chosen corpora under `root` (../shared/corpus). */
export function corpusPages(root, which = CORPORA) {
  const load = { aeb: aebPages, wcxb: wcxbPages, traf: trafPages, rtp: rtpPages };
  return which.flatMap((name) => load[name](root));
}

/** The page's HTML as text (gzip or plain); Mozilla's harness removes comments first. */
export function pageHtml(page) {
  const bytes = readFileSync(page.file);
  const html = page.file.endsWith(".gz") ? gunzipSync(bytes).toString("utf8") : bytes.toString("utf8");
  return page.corpus === "rtp" ? html.replace(/<!--[\s\S]*?-->/g, "") : html;
}
