// Worker for build-dataset: one corpus page → the leaf blocks the learned pass would judge
// (after Readability, repair and the hand-written rules, asks read by rows and parts only: the
// learned ask reading is trained from this too), each with its features, plus the
// page's text without the model (to simulate removals) and its body text (figures removed).
import { JSDOM, VirtualConsole } from "jsdom";

const core = await import(process.env.QR_MODEL_CORE);
const holderDoc = new JSDOM("<!doctype html><body></body>", { virtualConsole: new VirtualConsole() }).window.document;

function bodyTextOf(html) {
  const holder = holderDoc.createElement("div");
  holder.innerHTML = html ?? "";
  for (const el of Array.from(holder.querySelectorAll("figure, figcaption"))) el.remove();
  return core.textWithBreaks(holder);
}

export function processPage(page, html) {
  const article = core.extractFromHtml(html, page.url, { explain: true, model: false, askWords: false });
  if (!article) return { text: "", body: "", leaves: [] };
  const leaves = (article.explain ?? [])
    .filter((e) => e.decidedBy === "model")
    .map((e) => ({ text: e.text, tag: e.tag, values: core.FEATURE_NAMES.map((n) => e.features[n]) }));
  return { text: article.textContent, body: bodyTextOf(article.contentHtml), leaves };
}
