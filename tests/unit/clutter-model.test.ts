import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/core/extract-article.js";
import { chooseRemovals } from "../../src/core/clutter/learned-pass.js";
import { FEATURE_NAMES } from "../../src/core/clutter/model/block-features.js";
import { scoreBlock, type ModelWeights } from "../../src/core/clutter/model/score-block.js";
import { MODEL_THRESHOLDS } from "../../src/core/clutter/model/thresholds.js";
import { MODEL_WEIGHTS } from "../../src/core/clutter/model/weights.js";
import { explainReport } from "../../src/cli/explain-report.js";
import { parseArgs } from "../../src/cli/parse-args.js";

const PROSE = [
  "The city council voted on Monday to extend the night bus service to the eastern districts, after a year in which ridership on the existing lines doubled.",
  "Council members said the extension would cost about 1.2 million a year, paid for by a small rise in parking fees in the city centre.",
  "Residents of the eastern districts had asked for the service for years, saying that shift workers had no way home after the last train.",
];

function page(extra = ""): string {
  return `<!doctype html><html lang="en"><head><title>Night buses</title><meta property="og:site_name" content="Valley Post"></head><body><article><h1>Night buses</h1>
    ${PROSE.map((p) => `<p>${p}</p>`).join("")}${extra}</article></body></html>`;
}

function extract(html: string, options: Parameters<typeof extractArticle>[1] = {}) {
  const dom = new JSDOM(html, { url: "https://valleypost.example/news/night-buses" });
  return extractArticle(dom.window.document, { url: "https://valleypost.example/news/night-buses", ...options })!;
}

/** A weight table that calls every short block clutter: shows what the thresholds protect. */
const SHORT_IS_CLUTTER: ModelWeights = {
  trainedOn: "test",
  features: ["under80"],
  mean: [0],
  scale: [1],
  weights: [20],
  bias: -10,
};

describe("the learned clutter pass", () => {
  it("ships a weight table over features the code computes, with its threshold table", () => {
    expect(MODEL_WEIGHTS.features.length).toBeGreaterThan(0);
    for (const name of MODEL_WEIGHTS.features) expect(FEATURE_NAMES).toContain(name);
    expect(MODEL_WEIGHTS.weights).toHaveLength(MODEL_WEIGHTS.features.length);
    expect(MODEL_WEIGHTS.mean).toHaveLength(MODEL_WEIGHTS.features.length);
    expect(MODEL_WEIGHTS.scale).toHaveLength(MODEL_WEIGHTS.features.length);
    expect(MODEL_THRESHOLDS.removeAt).toBeGreaterThanOrEqual(0.5);
    expect(MODEL_THRESHOLDS.proseRemoveAt).toBeGreaterThan(MODEL_THRESHOLDS.removeAt);
  });

  it("scores with each feature's push kept for explain mode", () => {
    const values = FEATURE_NAMES.map((n) => (n === "under80" ? 1 : 0));
    const score = scoreBlock(values, true, SHORT_IS_CLUTTER);
    expect(score.logit).toBeCloseTo(10);
    expect(score.probability).toBeGreaterThan(0.99);
    expect(score.contributions).toEqual([{ feature: "under80", value: 1, push: 20 }]);
  });

  // The line is an ask the learned ask reading takes in the rules' pass; it is off here, so the
  // block model is what decides (tests/unit/ask-words.test.ts covers the reading).
  it("removes a short block the model is sure of, with its reason and score", () => {
    const article = extract(page("<p>Tap here for our weekend picks</p>"), { modelWeights: SHORT_IS_CLUTTER, askWords: false });
    expect(article.textContent).not.toContain("weekend picks");
    const removal = article.removed.find((r) => r.text.includes("weekend picks"))!;
    expect(removal.reason).toBe("boilerplate");
    expect(removal.score).toBeGreaterThan(MODEL_THRESHOLDS.removeAt);
    for (const p of PROSE) expect(article.textContent).toContain(p);
  });

  it("with the model off (rules only), the same block stays", () => {
    const article = extract(page("<p>Tap here for our weekend picks</p>"), { modelWeights: SHORT_IS_CLUTTER, model: false, askWords: false });
    expect(article.textContent).toContain("weekend picks");
  });

  it("never takes prose below the prose bar, a block holding much of the article, or more than the budget", () => {
    const c = (chars: number, prose: boolean, probability: number) => ({ chars, prose, probability });
    expect(chooseRemovals([c(10, true, 0.95), c(10, false, 0.95)], 1000)).toEqual([1]);
    expect(chooseRemovals([c(300, false, 0.99)], 1000)).toEqual([]);
    // Budget: at most (1 - keepAtLeast) of the text, most certain first.
    const many = Array.from({ length: 8 }, (_, i) => c(100, false, 0.91 + i / 100));
    const picked = chooseRemovals(many, 1000);
    expect(picked.length * 100).toBeLessThanOrEqual(1000 * (1 - MODEL_THRESHOLDS.keepAtLeast));
    expect(picked[0]).toBe(7);
  });

  it("explain mode lists every judged block with features, score and decision; off by default", () => {
    const plain = extract(page("<p>Share this story</p>"));
    expect(plain.explain).toBeUndefined();
    const explained = extract(page("<p>Share this story</p>"), { explain: true });
    const entries = explained.explain!.filter((e) => e.decidedBy === "model");
    expect(entries.length).toBeGreaterThanOrEqual(PROSE.length);
    for (const e of entries) {
      expect(Object.keys(e.features!)).toEqual([...FEATURE_NAMES]);
      expect(e.score).toBeGreaterThanOrEqual(0);
      expect(e.score).toBeLessThanOrEqual(1);
      expect(["removed", "kept"]).toContain(e.decision);
      expect(e.why.length).toBeGreaterThan(0);
    }
    const report = explainReport(explained);
    expect(report).toContain("repairs of Readability's pick");
    expect(report).toContain("[model]");
    expect(report).toMatch(/p=\d\.\d{3}/);
  });

  it("the CLI takes --explain", () => {
    expect(parseArgs(["page.html", "--explain"])).toMatchObject({ explain: true });
    expect(parseArgs(["page.html"])).toMatchObject({ explain: false });
    expect(() => parseArgs(["page.html", "--explain=yes"])).toThrow(/takes no value/);
  });
});
