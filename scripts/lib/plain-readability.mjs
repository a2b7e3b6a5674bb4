// Plain Readability 0.6.0 on a page, as the benchmarks' reference side: jsdom with a silent
// console, retried once without styles when jsdom cannot parse the page's CSS (as the CLI does).
import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";

export function plainReadability(html, url, withoutStyles) {
  const run = (source) => {
    const dom = new JSDOM(source, { url, virtualConsole: new VirtualConsole() });
    try {
      return new Readability(dom.window.document).parse();
    } finally {
      dom.window.close();
    }
  };
  try {
    return run(html);
  } catch (error) {
    const stripped = withoutStyles(html);
    if (stripped === html) throw error;
    return run(stripped);
  }
}

/** The article-extraction benchmark's units: overlapping 4-token shingles of \w+ runs, counted. */
export function shingleCounts(text) {
  const tokens = (text || "").match(/[\p{L}\p{N}_]+/gu) || [];
  const counts = new Map();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const shingle = tokens.slice(i, i + 4);
    if (!shingle.length) continue;
    const key = shingle.join("\u0001");
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}
