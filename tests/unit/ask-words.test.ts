/**
 * The learned ask reading (src/core/clutter/model/ask-words.ts): its table format (hashed
 * features, signed bytes), its gate (short lines in Latin letters), the shipped table's verdicts
 * on lines written for this test and on every news line the project has, and how it takes part in
 * extraction (the `askWords` option, explain mode).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";
import { ASK_WORD_WEIGHTS } from "../../src/core/clutter/model/ask-word-weights.js";
import { askWordFeatures, askWordsApply, askWordTable, askWordWeights, scoreAskWords } from "../../src/core/clutter/model/ask-words.js";
import { MODEL_THRESHOLDS } from "../../src/core/clutter/model/thresholds.js";
import { loadProbeSet, probePage, projectNewsLines, PROBE_URL, stillShown } from "../helpers/ask-probes.js";

const taken = (line: string) => askWordsApply(line) && scoreAskWords(line, ASK_WORD_WEIGHTS).probability >= MODEL_THRESHOLDS.askWordsRemoveAt;

describe("the ask reading's table", () => {
  it("adds the weights of the line's features to the bias; features the table lacks weigh nothing", () => {
    const model = { trainedOn: "test", bias: -1, step: 0.5, table: "6|w:give\n1|cue:imperative" };
    const score = scoreAskWords("Give today", model, true);
    expect(score.probability).toBeCloseTo(1 / (1 + Math.exp(-2.5)), 10);
    expect(score.top).toEqual([
      { feature: "w:give", weight: 3 },
      { feature: "cue:imperative", weight: 0.5 },
    ]);
    expect(scoreAskWords("Nothing here", model).probability).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
  });

  it("scores any text to a probability, whatever its words (no prototype keys, no NaN)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom("constructor", "__proto__ toString", "hasOwnProperty valueOf")), (text) => {
        const p = scoreAskWords(text, ASK_WORD_WEIGHTS).probability;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it("writes and reads a table: weights rounded to the step, zeros left out", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]:[a-z<> ]{1,12}$/), fc.double({ min: -6, max: 6, noNaN: true })), (weights) => {
        const table = askWordTable(Object.entries(weights), 0.05);
        const read = askWordWeights({ trainedOn: "test", bias: 0, step: 0.05, table });
        for (const [feature, weight] of Object.entries(weights)) expect(read.get(feature) ?? 0).toBeCloseTo(Math.round(weight / 0.05) * 0.05, 9);
        expect([...read.values()].every((w) => w !== 0)).toBe(true);
      }),
      { seed: 14, numRuns: 200 },
    );
  });

  it("ships a trained table: the asks' vocabulary, every weight finite", () => {
    const weights = [...askWordWeights(ASK_WORD_WEIGHTS).values()];
    expect(weights.length).toBeGreaterThan(500);
    expect(weights.every(Number.isFinite)).toBe(true);
    expect(ASK_WORD_WEIGHTS.trainedOn).toMatch(/news lines of the corpora/);
  });

  it("reads words, word pairs, letter runs and the ask cues of a line", () => {
    const features = askWordFeatures("Abonnez-vous à notre lettre pour 3 €.");
    expect(features).toEqual(expect.arrayContaining(["w:abonnez", "b:abonnez vous", "c:<abo", "f:abonnez", "w:0", "cue:imperative", "cue:outlet"]));
  });
});

describe("the ask reading's gate", () => {
  it("reads short lines of at most two sentences in Latin letters only", () => {
    expect(askWordsApply("Support our reporting today.")).toBe(true);
    expect(askWordsApply("Support us. Give today. It matters.")).toBe(false);
    expect(askWordsApply(`Support our reporting ${"today ".repeat(40)}`)).toBe(false);
    expect(askWordsApply("Подпишитесь на нашу рассылку.")).toBe(false);
    expect(askWordsApply("订阅我们的新闻通讯")).toBe(false);
    expect(askWordsApply("12345")).toBe(false);
    expect(askWordsApply("https://www.example.org/articles/subscribe-now")).toBe(false);
    expect(askWordsApply("www.example.org/newsletter")).toBe(false);
  });

  it("never reads a line mostly in another script, whatever Latin words it has", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."абвгдежзиклмнопрстуфхцчшщыэюя漢字かなカナ한글"), { minLength: 1, maxLength: 60 }), fc.constantFrom("", "app", "newsletter"), (other, latin) => {
        const line = `${other.join("")} ${latin}`.trim();
        // Latin letters are under 80 % of the letters: 60 other letters never let 10 Latin ones pass.
        fc.pre(latin.length < other.length * 4);
        expect(askWordsApply(line)).toBe(false);
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});

describe("the shipped ask reading", () => {
  // Written for this test, after the table was trained, in shapes and words of no probe set.
  const ASKS = [
    "Liked this explainer? There's one in your inbox every Thursday if you want it.",
    "Readers like you keep the lights on here. Throw a few dollars our way.",
    "Unlock the full archive with a Reader Pass.",
    "Only 2 free stories remain this month.",
    "Hear the reporters talk through this story on our weekly show.",
    "Tell a friend about this piece.",
    "Pour soutenir notre travail, un don de 5 € suffit.",
    "Recevez nos alertes directement sur votre téléphone.",
    "Resta aggiornato: iscriviti al nostro canale WhatsApp.",
    "Sostieni il giornalismo locale con un piccolo contributo.",
    "Jetzt Abo abschließen und unbegrenzt lesen.",
    "Hat Ihnen der Text gefallen? Empfehlen Sie ihn weiter.",
    "Suscríbete y lee sin límites desde 1 euro.",
    "Comparte esta noticia en tus redes.",
    "Lo más visto",
  ];
  const NEWS = [
    "The newspaper lost 4,000 print subscribers last year but gained 9,000 online.",
    "Donations to the food bank doubled after the floods, volunteers said.",
    "The app will send alerts to phones within ten kilometres of the fire.",
    "He shared the video with his 20,000 followers before deleting it.",
    "Members of the orchestra voted to strike on Friday.",
    "Le journal a perdu 4 000 abonnés papier l'an dernier.",
    "Les dons à la banque alimentaire ont doublé après les inondations.",
    "Gli abbonati alla pay-tv sono scesi a 3 milioni, secondo l'Agcom.",
    "Il podcast della procura è stato ascoltato da migliaia di persone.",
    "Der Verein sammelte bei dem Konzert mehr als 10.000 Euro an Spenden.",
    "Die Zeitung hat nach eigenen Angaben 50.000 Digitalabonnenten.",
    "Los socios del club votaron en contra de la subida de la cuota.",
    "La plataforma ganó 2 millones de suscriptores en el último trimestre.",
    "The mayor told residents to follow the council's advice and stay indoors.",
    "Subscribers complained that the price rose twice in one year.",
  ];

  // 11 of 15 was the aim when these lines were written. The first tables took 9, then 8; session
  // 12's, trained on twice as many written asks, took 10, and so does session 13's (~1,040 written
  // asks; docs/clutter-stripping.md lists the misses). A retrained table must not take fewer.
  it("takes most asks written after it was trained, in five languages", () => {
    const caught = ASKS.filter(taken);
    expect(caught.length, `missed: ${ASKS.filter((a) => !taken(a)).join(" | ")}`).toBeGreaterThanOrEqual(10);
  });

  it("takes no news line written with the same words", () => {
    expect(NEWS.filter(taken)).toEqual([]);
  });

  it("takes none of the project's news lines: probe look-alikes and prose, fixtures' mustKeep sentences", () => {
    const lines = projectNewsLines();
    expect(lines.length).toBeGreaterThan(500);
    expect(lines.map((line) => line.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim()).filter(taken)).toEqual([]);
  });
});

describe("the ask reading in extraction", () => {
  const set = loadProbeSet("a").fr!;
  // An ask no row and no parts reading takes (checked below with the reading off).
  const line = "Pour soutenir notre travail, un don de 5 € suffit.";

  it("removes an ask only it reads, between two paragraphs, and says why in explain mode", () => {
    const html = probePage("fr", set.prose, line, "mid");
    expect(stillShown(extractFromHtml(html, PROBE_URL, { askWords: false })?.textContent, line)).toBe(true);
    const article = extractFromHtml(html, PROBE_URL, { explain: true });
    expect(stillShown(article?.textContent, line)).toBe(false);
    for (const prose of set.prose) expect(stillShown(article?.textContent, prose)).toBe(true);
    const why = article?.explain?.find((e) => e.decision === "removed" && e.text === line)?.why.join(" | ");
    expect(why).toMatch(/call to action: the learned ask reading, p 0\.\d{3} ≥ 0\.93 \(.*(w|b|c|f|cue):/);
  });

  it("can be given another table: one that reads nothing takes nothing", () => {
    const silent = { trainedOn: "test", bias: -30, step: 1, table: "" };
    const html = probePage("fr", set.prose, line, "mid");
    expect(stillShown(extractFromHtml(html, PROBE_URL, { askWords: silent })?.textContent, line)).toBe(true);
  });
});
