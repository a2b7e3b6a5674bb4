/**
 * Image credits standing as paragraphs next to a picture are moved into its figcaption (one
 * is made, and a bare image is wrapped in a figure, when missing); nothing is removed. A
 * credit-shaped line with no picture beside it, and sentences about credits, stay put.
 */
import { describe, expect, it } from "vitest";
import { foldImageCredits, isImageCredit } from "../../src/core/tidy/image-credits.js";
import { articleRoot, prose } from "../helpers/tidy-root.js";

const CREDITS = [
  "(Image credit: NASA/JPL-Caltech)",
  "Image credit: Getty Images",
  "Credit: Jane Doe for The Harbour Gazette",
  "Photo: Jane Doe/AP",
  "Photograph: Kevin Lamarque/Reuters",
  "Getty Images",
  "AFP via Getty Images",
  "Kevin Lamarque/Reuters",
  "AP Photo/Evan Vucci",
  "© NASA",
  "Image source, Nasa",
  "Foto: dpa",
  "Bild: Keystone",
  "Bildquelle: Stadtwerke",
  "Crédit photo : Ludovic Marin / AFP",
  "Photo : AFP",
  "Foto: EFE",
  "Fotografía: Europa Press",
  "Foto: ANSA",
  "Imagem: Lusa",
  "Beeld: ANP",
];
const NOT_CREDITS = [
  "Credit where it is due, the regulator said: volunteers collected 40 tonnes of rubbish.",
  "The photo agency said it would appeal. Its lawyers declined to comment.",
  "Photo credits in the campaign named nobody.",
  "Reuters reported the deal on Monday, citing three people familiar with the matter.",
];

describe("image credits", () => {
  it.each(CREDITS)("recognises %j", (text) => expect(isImageCredit(text)).toBe(true));
  it.each(NOT_CREDITS)("leaves %j", (text) => expect(isImageCredit(text)).toBe(false));

  it("moves a credit after a figure into its existing caption, after the caption's text", () => {
    const root = articleRoot(`<figure><img src="a.jpg" alt="A"><figcaption>The probe in a clean room</figcaption></figure><p>(Image credit: NASA)</p>${prose()}`);
    expect(foldImageCredits(root)).toBe(1);
    expect(root.querySelector("figcaption")!.innerHTML).toBe("The probe in a clean room <small>(Image credit: NASA)</small>");
    expect(root.querySelectorAll(":scope > p")).toHaveLength(1);
  });

  it("makes a figcaption for a figure without one, and a figure for a bare image (credit before or after it)", () => {
    const root = articleRoot(`<figure><img src="a.jpg" alt="A"></figure><p>Foto: dpa</p>${prose()}<p>Crédit photo : AFP</p><p><img src="b.jpg" alt="B"></p>${prose()}`);
    expect(foldImageCredits(root)).toBe(2);
    const figures = root.querySelectorAll("figure");
    expect(figures).toHaveLength(2);
    expect(figures[0]!.querySelector("figcaption")!.textContent).toBe("Foto: dpa");
    expect(figures[1]!.querySelector("img")!.getAttribute("src")).toBe("b.jpg");
    expect(figures[1]!.querySelector("figcaption")!.textContent).toBe("Crédit photo : AFP");
  });

  it("turns a picture wrapper that holds its credit into a figure with the credit as caption (Space.com-like)", () => {
    const root = articleRoot(`<div class="hero"><div class="w"><picture><img src="a.jpg" alt="A"></picture></div><span class="credit">(Image credit: ESA)</span></div>${prose()}`);
    expect(foldImageCredits(root)).toBe(1);
    const figure = root.querySelector("figure")!;
    expect(figure.querySelector("picture img")).not.toBeNull();
    expect(figure.querySelector("figcaption")!.textContent).toBe("(Image credit: ESA)");
  });

  it("moves a credit inside a figure but outside its caption into the caption, and drops BBC's 'Image caption,' label", () => {
    const root = articleRoot(`<figure><p><span><img src="a.jpg" alt="A"></span><span><span>Image source, </span>Nasa</span></p><figcaption><span class="vh">Image caption, </span>The launch pad</figcaption></figure>${prose()}`);
    expect(foldImageCredits(root)).toBe(1);
    expect(root.querySelectorAll("figure")).toHaveLength(1);
    expect(root.querySelector("figcaption")!.textContent).toBe("The launch pad Image source, Nasa");
    expect(root.querySelector("figure img")).not.toBeNull();
  });

  it("leaves a credit-shaped line with no picture next to it, and a caption that already has the credit", () => {
    const root = articleRoot(`${prose()}<p>Photo: Jane Doe/AP</p>${prose()}<figure><img src="a.jpg" alt="A"><figcaption>Harbour. Getty Images</figcaption></figure><p>Getty Images</p>`);
    expect(foldImageCredits(root)).toBe(0);
    expect(root.querySelectorAll(":scope > p")).toHaveLength(4);
  });
});
