/**
 * Asks read from their parts (composed-ask.ts): lines written for this test, in shapes no phrase
 * row names, are taken when they speak as an ask in two ways and offer something; news about the
 * same things stays. Every news line the project has (probe look-alikes and prose, the fixtures'
 * mustKeep sentences) is checked too.
 */
import { describe, expect, it } from "vitest";
import { composedAskOf } from "../../src/core/clutter/composed-ask.js";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";
import { loadProbeSet, probePage, projectNewsLines, PROBE_URL, stillShown } from "../helpers/ask-probes.js";

describe("composedAskOf", () => {
  it("takes asks built from the usual parts, in five languages", () => {
    const asks: [string, string][] = [
      ["Miss a day? Our weekend newsletter has you covered.", "newsletter-signup"], // question + outlet + reader
      ["Download our app and read us on the train.", "app-promo"], // imperative + outlet
      ["Your donation keeps our reporters on the road.", "donation-ask"], // reader + outlet
      ["Vous aimez nos enquêtes ? Notre podcast les raconte chaque semaine.", "audio-player"],
      ["Ti piace leggerci? Il nostro abbonamento costa meno di un caffè.", "subscription-pitch"],
      ["Gefällt Ihnen unser Journalismus? Ein Abo hilft uns weiter.", "subscription-pitch"],
      ["¿Te gusta lo que lees? Nuestro boletín llega cada viernes.", "newsletter-signup"],
    ];
    for (const [line, reason] of asks) expect(composedAskOf(line)?.reason, line).toBe(reason);
  });

  it("leaves news about subscriptions, newsletters, donations and podcasts", () => {
    const news = [
      "Subscribers will pay $2 more a month from March.",
      "The charity said donations fell by a third last year.",
      "Our reporters asked the company why the app had stopped working, and it said it was fixing it.",
      "Les abonnés du réseau de bus ont reçu une alerte, selon la mairie.",
      "Il podcast del comune ha raccontato la storia del tram.",
      "Die Abonnenten der Zeitung erhalten ab Mai eine neue App, sagte der Verlag.",
      "Los donantes del hospital recibieron una carta del director.",
      // Words that only look like the reader or the outlet: "a ton of", "US".
      "Get a ton of newsletters about US subscription prices.",
      // Long lines are paragraphs, not asks, whatever they contain.
      "You may have noticed that our newsletter looks different this week: after a year of reader surveys, we moved the weather to the top, dropped the horoscope, and added a short daily quiz, which you told us you wanted.",
    ];
    for (const line of news) expect(composedAskOf(line), line).toBeNull();
  });

  it("takes none of the project's news lines: probe look-alikes and prose, fixtures' mustKeep sentences", () => {
    const lines = projectNewsLines();
    expect(lines.length).toBeGreaterThan(500);
    expect(lines.filter((line) => composedAskOf(line.replace(/[’‘]/g, "'")))).toEqual([]);
  });

  it("removes a composed ask between two paragraphs of an article, with its reason", () => {
    const set = loadProbeSet("a").en!;
    const line = "Miss a day? Our weekend newsletter has you covered.";
    const article = extractFromHtml(probePage("en", set.prose, line, "mid"), PROBE_URL);
    expect(stillShown(article?.textContent, line)).toBe(false);
    expect(article?.removed.find((r) => r.text.startsWith("Miss a day?"))?.reason).toBe("newsletter-signup");
    for (const prose of set.prose) expect(stillShown(article?.textContent, prose)).toBe(true);
  });

  it("explain mode says which row, or which parts, made a line a call to action", () => {
    const set = loadProbeSet("a").en!;
    const composed = "Miss a day? Our weekend newsletter has you covered.";
    const row = "Sign up for our daily newsletter.";
    const html = probePage("en", set.prose, `${composed}</p><p>${row}`, "mid");
    const why = (line: string) => extractFromHtml(html, PROBE_URL, { explain: true })?.explain?.find((e) => e.decision === "removed" && e.text === line)?.why.join(" | ");
    expect(why(composed)).toContain('an ask read from its parts: reader + outlet + question, offering "newsletter"');
    expect(why(row)).toMatch(/call to action: strong en row \/\\bsign\(\?:ing\)\? up/);
  });
});
