// Worker for bench:quality's corpus sections: one page → plain Readability's text (unless the
// main thread has it cached) and Quiet Reader's (its textContent), both as text with a break after every block,
// plus body text (figures removed) for the article-extraction benchmark's metric.
import { JSDOM, VirtualConsole } from "jsdom";
import { plainReadability } from "./plain-readability.mjs";

const core = await import(process.env.QR_QUALITY_CORE);
const folds = process.env.QR_QUALITY_FOLDS ? JSON.parse((await import("node:fs")).readFileSync(process.env.QR_QUALITY_FOLDS, "utf8")) : null;
const askFolds = process.env.QR_QUALITY_ASK_FOLDS ? JSON.parse((await import("node:fs")).readFileSync(process.env.QR_QUALITY_ASK_FOLDS, "utf8")) : null;
const holderDoc = new JSDOM("<!doctype html><body></body>", { virtualConsole: new VirtualConsole() }).window.document;

function texts(html) {
  const holder = holderDoc.createElement("div");
  holder.innerHTML = html ?? "";
  const text = core.textWithBreaks(holder);
  for (const el of Array.from(holder.querySelectorAll("figure, figcaption"))) el.remove();
  return { text, body: core.textWithBreaks(holder) };
}

export function processPage(page, html) {
  const key = `${page.corpus}/${page.id}`;
  const modelWeights = folds ? folds.folds[folds.pageFold[key]] : undefined;
  // The ask reading's table for the same fold: it learned news lines from the corpora's sites too.
  const askWords = folds && askFolds ? askFolds.folds[folds.pageFold[key]] : undefined;
  const article = core.extractFromHtml(html, page.url, { ...(modelWeights ? { modelWeights } : {}), ...(askWords ? { askWords } : {}) });
  // Quiet Reader's text is what the CLI's JSON gives (textContent: picture credits left out), its body text is
  // computed from the HTML like Readability's.
  const quiet = { ...texts(article?.contentHtml), ...(article ? { text: article.textContent } : {}), removed: article?.removed ?? [], repairs: article?.repairs ?? [] };
  const plain = page.skipPlain ? null : texts(plainReadability(html, page.url, core.withoutStyles)?.content);
  return { quiet, plain };
}
