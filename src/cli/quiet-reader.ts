/**
 * The quiet-reader command: clean a saved page or a URL into readable HTML, JSON or Markdown
 * with the same core as the extension. Errors are one line on stderr and a non-zero exit.
 */
import { writeFile } from "node:fs/promises";
import type { Article } from "../core/article.js";
import { renderStandaloneHtml } from "../core/standalone-html.js";
import { explainReport } from "./explain-report.js";
import { extractFromHtml } from "./extract-from-html.js";
import { InputError, loadInput } from "./load-input.js";
import { parseArgs, USAGE, UsageError, type OutputFormat } from "./parse-args.js";

export const EXIT = { ok: 0, failure: 1, usage: 2, noArticle: 3 } as const;

async function render(article: Article, format: OutputFormat): Promise<string> {
  switch (format) {
    case "json":
      return `${JSON.stringify(article, null, 2)}\n`;
    case "html":
      return renderStandaloneHtml(article);
    case "md": {
      const { articleToMarkdown } = await import("../core/markdown/article-markdown.js");
      return articleToMarkdown(article, { savedAt: null });
    }
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`quiet-reader: ${error.message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  if (options === "help") {
    process.stdout.write(`${USAGE}\n\nCleans a news page into its article: no subscribe, donate or feedback boxes.\n  --url URL       the page's original URL (base for links) when reading a saved file\n  --format FMT    html (default, a standalone page), json (the Article record), md (Markdown)\n  --out FILE      write to FILE instead of stdout\n  --max-bytes N   largest input to read, after decompression: bytes, or with K, M or G (default 50M)\n  --timeout S     whole fetch of a URL, redirects and body included, in seconds (default 30)\n  --explain       why each block went or stayed: repairs, rule tallies, the model's features and score\n                  (a report; with --format json, the Article's "explain" field)\n\nURLs: at most 5 redirects, to http(s) only; the response must be HTML (text/html or\napplication/xhtml+xml, or untyped with HTML first bytes).\n`);
    return EXIT.ok;
  }
  try {
    const input = await loadInput(options.input, options.limits);
    const article = extractFromHtml(input.html, options.url ?? input.url, { explain: options.explain });
    if (!article) {
      process.stderr.write(`quiet-reader: no article found in ${options.input}\n`);
      return EXIT.noArticle;
    }
    const output = options.explain && options.format !== "json" ? explainReport(article) : await render(article, options.format);
    if (options.out) await writeFile(options.out, output, "utf8");
    else process.stdout.write(output);
    return EXIT.ok;
  } catch (error) {
    const message = error instanceof InputError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    process.stderr.write(`quiet-reader: ${message}\n`);
    return EXIT.failure;
  }
}
