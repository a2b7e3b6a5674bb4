/**
 * Picture credits are small print: every caption's credit goes into a <small> (split off the
 * end of a caption, or the whole caption when it is only a credit), a short captioning
 * paragraph next to a bare picture becomes its figcaption, and a picture credit standing alone
 * is wrapped too. The reader still shows every credit; the article's plain text (textContent:
 * word count, search, the CLI's JSON) leaves them out, and never loses a word of a caption.
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/core/extract-article.js";
import { textWithBreaks } from "../../src/core/text-content.js";
import { isPictureCredit, markCaptionCredits, trailingCreditStart } from "../../src/core/tidy/caption-credits.js";
import { articleRoot, prose } from "../helpers/tidy-root.js";

/** Captions in several languages, each with the credit that ends it. */
const CAPTIONED: ReadonlyArray<readonly [string, string]> = [
  ["Marco Odermatt, Ski-Star aus der Schweiz.", "© AFP / MARCO BERTORELLO"],
  ["The cabinet at its retreat on 21 January", "© Bundesregierung/Steffen Kugler"],
  ["Erdölpumpen im Abendrot.", "Bild: TebNad/Shutterstock.com"],
  ["Protesters outside the court on Monday.", "Photo: Jane Doe/AP"],
  ["La cour d'appel de Paris.", "Crédits photos : Bestimage"],
  ["Vista del puerto de Montevideo.", "Imagen: Télam"],
  ["O presidente durante a cerimônia", "(crédito: Minervino Júnior/CB/D.A.Press)"],
  ["A tree lizard on the island.", "Photograph by Ed Marshall"],
  ["Coal generation slid 18 percent.", "(Credit: Clayton Aldern / Grist)"],
  ["Il porto di Genova all'alba.", "Foto: ANSA"],
  ["The launch pad at dawn.", "Kevin Lamarque/Reuters"],
];

/** Captions that end with no credit, some naming an agency or a photo in their prose. */
const UNCREDITED = [
  "The launch pad at dawn, hours before the countdown resumed.",
  "Reuters reporters at the border crossing, where the queue reached three kilometres.",
  "A photo of the photo: the museum's copy of the famous print.",
  "Die Bilder zeigen den Hafen im Jahr 1910 und heute.",
  "Le maire (à gauche) et son adjoint.",
];

const textWithoutCredits = (root: Element) => textWithBreaks(root, isPictureCredit).replace(/\s+/g, " ").trim();

describe("trailing credits of captions", () => {
  it.each(CAPTIONED)("finds the credit that ends %j", (caption, credit) => {
    const text = `${caption} ${credit}`;
    expect(text.slice(trailingCreditStart(text))).toBe(credit);
  });

  it.each(UNCREDITED)("finds no credit in %j", (caption) => expect(trailingCreditStart(caption)).toBe(-1));

  it("splits the credit off the caption into a <small>: shown in the reader, left out of the plain text", () => {
    const [caption, credit] = CAPTIONED[0]!;
    const root = articleRoot(`<figure><img src="a.jpg" alt="A"><figcaption>${caption} ${credit}</figcaption></figure>${prose()}`);
    expect(markCaptionCredits(root)).toBe(1);
    const small = root.querySelector("figcaption > small")!;
    expect(small.textContent).toBe(credit);
    expect(root.querySelector("figcaption")!.textContent).toBe(`${caption} ${credit}`);
    expect(textWithoutCredits(root)).toBe(`${caption} ${root.querySelector("p")!.textContent}`);
  });

  it("splits a credit that starts inside a link or a paragraph of the caption", () => {
    const root = articleRoot(`<figure><img src="a.jpg" alt="A"><figcaption><p>Erdölpumpen im Abendrot. Bild: <a href="https://example.com/p">TebNad/Shutterstock.com</a></p></figcaption></figure>${prose()}`);
    expect(markCaptionCredits(root)).toBe(1);
    expect(root.querySelector("figcaption small a")!.textContent).toBe("TebNad/Shutterstock.com");
    expect(textWithoutCredits(root).startsWith("Erdölpumpen im Abendrot. The council")).toBe(true);
  });

  it("leaves a caption that is only a credit as it is, and out of the plain text", () => {
    const root = articleRoot(`<figure><img src="a.jpg" alt="A"><figcaption>Foto: Sascha Klahn</figcaption></figure>${prose()}`);
    markCaptionCredits(root);
    expect(root.querySelector("figcaption")!.innerHTML).toBe("Foto: Sascha Klahn");
    expect(textWithoutCredits(root)).not.toContain("Klahn");
  });

  it("makes a figure of a bare picture and the short paragraph after it that ends with a credit", () => {
    const root = articleRoot(`${prose()}<p><a href="big.jpg"><img src="a.jpg" alt="A"></a></p><p>Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO</p>${prose()}`);
    expect(markCaptionCredits(root)).toBe(1);
    const figure = root.querySelector("figure")!;
    expect(figure.querySelector("a img")).not.toBeNull();
    expect(figure.querySelector("figcaption small")!.textContent).toBe("© AFP / MARCO BERTORELLO");
    expect(textWithoutCredits(root)).toContain("Marco Odermatt, Ski-Star aus der Schweiz.");
  });

  it("leaves a long paragraph after a picture, and one without a credit, where they are", () => {
    const long = `${"The harbour was rebuilt after the storm, and the council says the work is done. ".repeat(4)}Photo: Jane Doe/AP`;
    const root = articleRoot(`<p><img src="a.jpg" alt="A"></p><p>${long}</p><p><img src="b.jpg" alt="B"></p><p>${UNCREDITED[0]}</p>`);
    expect(markCaptionCredits(root)).toBe(0);
    expect(root.querySelector("figure")).toBeNull();
  });

  it("wraps a picture credit standing alone, but a data source stays the article's text", () => {
    const root = articleRoot(`${prose()}<p>Crédits photos : Bestimage</p><p>Source: Eurostat</p><p>Titelbild: Geyres Christophe/ABACA</p>`);
    expect(markCaptionCredits(root)).toBe(2);
    const text = textWithoutCredits(root);
    expect(text).toContain("Source: Eurostat");
    expect(text).not.toContain("Bestimage");
    expect(text).not.toContain("ABACA");
    expect(root.querySelectorAll("p > small")).toHaveLength(2);
  });

  it("is idempotent: a second pass marks nothing and changes nothing", () => {
    const markup = `<figure><img src="a.jpg" alt="A"><figcaption>${CAPTIONED[3]!.join(" ")}</figcaption></figure><p><img src="b.jpg" alt="B"></p><p>${CAPTIONED[1]!.join(" ")}</p>${prose()}`;
    const root = articleRoot(markup);
    markCaptionCredits(root);
    const once = root.innerHTML;
    expect(markCaptionCredits(root)).toBe(0);
    expect(root.innerHTML).toBe(once);
  });

  it("never loses a word of a caption's own text, whatever the caption and the credit (property)", () => {
    const captions = [...CAPTIONED.map(([caption]) => caption), ...UNCREDITED];
    const credits = ["", ...CAPTIONED.map(([, credit]) => credit)];
    fc.assert(
      fc.property(fc.constantFrom(...captions), fc.constantFrom(...credits), fc.boolean(), (caption, credit, inParagraph) => {
        const body = credit ? `${caption} ${credit}` : caption;
        const root = articleRoot(`<figure><img src="a.jpg" alt="A"><figcaption>${inParagraph ? `<p>${body}</p>` : body}</figcaption></figure>`);
        markCaptionCredits(root);
        // The reader shows all of it; the plain text keeps every word of the caption, and drops the
        // credit whenever the caption's sentence has ended before it (or it opens with "©" or "(").
        expect(root.querySelector("figcaption")!.textContent!.replace(/\s+/g, " ").trim()).toBe(body);
        const text = textWithoutCredits(root);
        expect(text.startsWith(caption)).toBe(true);
        if (/[.!?]$/.test(caption) || /^[©(]/.test(credit)) expect(text).toBe(caption);
      }),
      { numRuns: 300 },
    );
  });
});

describe("picture credits in extractArticle", () => {
  it("keeps credits in contentHtml and leaves them out of textContent and the word count", () => {
    const paragraphs = [
      prose(),
      prose("Residents of the northern estates have waited a decade for a direct line to the hospital, the transport committee heard on Monday."),
      prose("The first buses are due in December, and the operator says it has already hired forty drivers for the new routes across the city."),
    ];
    const html = `<!doctype html><html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>
      ${paragraphs[0]}<figure><img src="https://example.com/a.jpg" alt="A"><figcaption>The new quay. Photo: Jane Doe/AP</figcaption></figure>
      ${paragraphs[1]}${paragraphs[2]}<p>Crédits photos : Bestimage</p></article></body></html>`;
    const doc = new JSDOM(html, { url: "https://example.com/news/harbour" }).window.document;
    const article = extractArticle(doc)!;
    expect(article.contentHtml).toContain("Photo: Jane Doe/AP");
    expect(article.contentHtml).toContain("Bestimage");
    expect(article.textContent).toContain("The new quay.");
    expect(article.textContent).not.toContain("Jane Doe");
    expect(article.textContent).not.toContain("Bestimage");
    const words = paragraphs.join(" ").replace(/<\/?p>/g, " ").trim().split(/\s+/).length;
    expect(article.wordCount).toBe(words + 3);
  });
});
