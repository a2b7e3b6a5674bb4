/**
 * Page furniture that speaks in sentences (issue #14): an affiliate disclosure, a comment form's
 * notes, a rating prompt, a click-to-enlarge hint, a paywall teaser, a sales pitch, and the
 * labels that open a comment section or a "load more" list. Each is a line of its own on real
 * pages, in many languages; each must be read as what it is, and news that uses the same words
 * must not be (a strong row takes a short paragraph's prose protection away).
 */
import { describe, expect, it } from "vitest";
import { callToActionOf, labelOf } from "../../src/core/clutter/block-signals.js";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";

/** [language, reason, the line as a site prints it]. */
const LINES: Array<[string, string, string]> = [
  ["en", "affiliate-disclosure", "We may earn a commission when you buy through links on our site."],
  ["en", "affiliate-disclosure", "As an Amazon Associate I earn from qualifying purchases."],
  ["en", "affiliate-disclosure", "This post contains affiliate links."],
  ["en", "affiliate-disclosure", "Products are chosen independently by our editors."],
  ["en", "affiliate-disclosure", "If you click through, I may receive a small commission at no extra cost to you."],
  ["en", "comments", "Be the first to comment"],
  ["en", "comments", "This site uses Akismet to reduce spam."],
  ["en", "comments", "Your email address will not be published."],
  ["en", "comments", "What do you think?"],
  ["en", "feedback-widget", "Did you make this? Please leave a star rating."],
  ["en", "feedback-widget", "No ratings yet"],
  ["en", "gallery-controls", "Click on the image to enlarge."],
  ["en", "subscription-pitch", "To view the full story, please subscribe."],
  ["en", "subscription-pitch", "If you're already a subscriber, log in here."],
  ["en", "sales-pitch", "Book a demo today."],
  ["en", "sales-pitch", "Talk to our marketing experts."],
  ["en", "recirculation-list", "Other posts you may enjoy"],
  ["de", "affiliate-disclosure", "Für Käufe über diese Links erhalten wir eine Provision."],
  ["de", "affiliate-disclosure", "Dieser Beitrag enthält Affiliate-Links."],
  ["de", "comments", "Diese Website verwendet Akismet, um Spam zu reduzieren."],
  ["de", "comments", "Kommentare schreiben"],
  ["de", "feedback-widget", "War der Artikel nützlich?"],
  ["de", "feedback-widget", "(Noch keine Bewertungen)"],
  ["de", "share-tools", "Möchten Sie den Artikel teilen?"],
  ["de", "gallery-controls", "Zum Vergrößern auf das Bild klicken."],
  ["de", "recirculation-list", "Schon gelesen?"],
  ["de", "recirculation-list", "Lade weitere Inhalte"],
  ["fr", "affiliate-disclosure", "Nous pouvons percevoir une commission sur les achats."],
  ["fr", "comments", "Laisser un commentaire"],
  ["fr", "comments", "Votre adresse e-mail ne sera pas publiée."],
  ["fr", "gallery-controls", "Cliquez sur l'image pour l'agrandir."],
  ["es", "affiliate-disclosure", "Este artículo contiene enlaces de afiliados."],
  ["es", "comments", "Deja un comentario"],
  ["es", "recirculation-list", "Puedes ver"],
  ["it", "affiliate-disclosure", "Potremmo ricevere una commissione sugli acquisti."],
  ["it", "comments", "Lascia un commento"],
  ["pt", "comments", "Deixe um comentário"],
  ["pt", "affiliate-disclosure", "Podemos receber uma comissão pelas compras."],
  ["nl", "comments", "Laat een reactie achter"],
  ["nl", "affiliate-disclosure", "Via deze links ontvangen wij een kleine commissie."],
  ["en", "app-promo", "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android."],
  ["de", "comments", "Verraten Sie gerne in den Kommentaren, was Sie davon halten."],
  ["de", "comments", "Sie müssen angemeldet sein, um Kommentare zu schreiben!"],
  ["de", "share-tools", "Artikel gefallen? Vergiss nicht zu teilen!"],
  ["de", "recirculation-list", "Mehr zum Thema auf Sprachportal.de"],
  ["de", "recirculation-list", "Meistdiskutierte Artikel"],
  ["de", "comments", "Keine Kommentare"],
  ["de", "gallery-controls", "Bild anzeigen"],
  ["es", "follow-author", "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular."],
  ["pl", "subscription-pitch", "Zapraszamy też do subskrypcji naszego tygodnika."],
];

/** News with the same words: it may open or close an article and must stay. */
const NEWS: Array<[string, string]> = [
  ["en", "Brokers may earn a commission when clients buy shares, the regulator said."],
  ["en", "I earned a small commission on every car I sold that summer."],
  ["en", "The retailer's affiliate program pays bloggers a share of each sale."],
  ["en", "Commenters on the city's website asked the council to leave the park as it is."],
  ["en", "The company will book a record profit this year, analysts said."],
  ["en", "Our experts talked to the mayor about the new stadium."],
  ["en", "Critics gave the film a low rating after its premiere."],
  ["en", "Residents can view the full report on the county website."],
  ["de", "Die Bank erhält eine Provision für jeden abgeschlossenen Vertrag, sagte der Sprecher."],
  ["de", "Der Minister wollte den Artikel nicht kommentieren."],
  ["fr", "Le courtier a perçu une commission de 3 % sur la vente."],
  ["es", "El banco cobrará una comisión por cada transferencia, informó la entidad."],
  ["it", "La commissione ha approvato il bilancio all'unanimità."],
  ["en", "Users can download the app for iOS and Android from next week, the bank said."],
  ["de", "Mehr zum Thema Klimaschutz will die Regierung im Herbst vorlegen."],
  ["de", "Die Abgeordneten wollten den Bericht nicht kommentieren, um keine Spekulationen zu schreiben."],
  ["es", "El ministerio abrió un canal de Telegram para informar sobre las vacunas."],
  ["pl", "Wydawca zapowiedział podwyżkę ceny prenumeraty od stycznia."],
];

describe("furniture lines are read as furniture", () => {
  for (const [lang, reason, text] of LINES) {
    it(`${lang} ${reason}: "${text}"`, () => {
      const cta = callToActionOf(text);
      expect(labelOf(text) ?? (cta?.strength === "strong" ? cta.reason : null)).toBe(reason);
    });
  }
});

describe("news with the same words is not", () => {
  for (const [lang, text] of NEWS) {
    it(`${lang}: "${text}"`, () => {
      expect(callToActionOf(text)?.strength).not.toBe("strong");
      expect(labelOf(text)).toBeNull();
    });
  }
});

function articleWith(line: string, at: "first" | "last"): string {
  const body = Array.from(
    { length: 5 },
    (_, i) => `<p>The regional council met on Tuesday to debate next year's budget, section ${i}, and several members asked for more time before a final vote, officials said.</p>`,
  );
  body.splice(at === "first" ? 0 : body.length, 0, `<p>${line}</p>`);
  return `<!doctype html><html><body><article><h1>Council budget</h1>${body.join("")}</article></body></html>`;
}

describe("in an article", () => {
  for (const [lang, reason, text] of LINES.filter(([, reason]) => reason !== "recirculation-list")) {
    it(`removes ${lang} ${reason} "${text}" as the first and the last paragraph`, () => {
      for (const at of ["first", "last"] as const) {
        const article = extractFromHtml(articleWith(text, at), "https://news.example/council");
        expect(article?.textContent, at).toContain("section 2");
        expect(article?.textContent, at).not.toContain(text);
        expect(article?.removed.map((block) => block.reason), at).toContain(reason);
      }
    });
  }
  for (const [lang, text] of NEWS) {
    it(`keeps ${lang} news "${text}" first and last`, () => {
      for (const at of ["first", "last"] as const) {
        const article = extractFromHtml(articleWith(text, at), "https://news.example/council");
        expect(article?.textContent, at).toContain(text);
      }
    });
  }
});
