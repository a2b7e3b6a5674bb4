/**
 * The block classifier on small article trees: combined signals remove clutter, one signal
 * alone does not, prose stays even when it talks about subscriptions or donations, and every
 * removal says why.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { stripClutter } from "../../src/core/clutter/strip-clutter.js";

const PROSE = [
  "The council voted on Tuesday to approve the new library wing after a debate that lasted more than two years and divided the town.",
  "Construction is expected to begin in the autumn and will take about fourteen months, according to the town engineer, who presented the schedule.",
  "The library director said visits had risen by a third since 2019 and that tutoring groups now meet in the hallways because there is no room.",
  "Residents will be able to comment on the final design at two public meetings in June, before the contracts are signed by the council.",
];

function article(inner: string): Element {
  const dom = new JSDOM(`<!doctype html><body><div id="root">${inner}</div></body>`);
  return dom.window.document.getElementById("root")!;
}

const paragraphs = (list: string[]) => list.map((p) => `<p>${p}</p>`).join("");

describe("stripClutter", () => {
  it("removes a short newsletter pitch between paragraphs and records why", () => {
    const root = article(paragraphs(PROSE.slice(0, 2)) + "<p>Sign up for our daily newsletter.</p>" + paragraphs(PROSE.slice(2)));
    const removed = stripClutter(root);
    expect(root.textContent).not.toContain("Sign up for our daily newsletter");
    expect(removed).toEqual([{ text: "Sign up for our daily newsletter.", reason: "newsletter-signup" }]);
    for (const p of PROSE) expect(root.textContent).toContain(p);
  });

  it("keeps a prose paragraph that is about a subscription price rise", () => {
    const about =
      "Subscribers who signed up before January keep the old price until renewal. The company said the subscription now costs $17.99 a month, and customers can cancel their subscription at any time in the settings.";
    const root = article(paragraphs([PROSE[0]!, about, PROSE[1]!]));
    expect(stripClutter(root)).toEqual([]);
    expect(root.textContent).toContain(about);
  });

  it("keeps a paragraph that quotes a call to action in reporting", () => {
    const quote = 'Readers have learned to scroll past the asks. "Sign up for our newsletter" now appears on almost every page, said a media researcher at the state university.';
    const root = article(paragraphs([PROSE[0]!, quote, PROSE[1]!]));
    stripClutter(root);
    expect(root.textContent).toContain(quote);
  });

  it("does not remove prose for its class name alone", () => {
    const root = article(`${paragraphs(PROSE.slice(0, 2))}<div class="promo-related-share">${paragraphs(PROSE.slice(2))}</div>`);
    expect(stripClutter(root)).toEqual([]);
  });

  it("removes a box named by its attributes when its text is not prose", () => {
    const root = article(`${paragraphs(PROSE)}<div class="c-donation-epic"><h4>Before you go</h4><p>$5 $10 $25 Other</p></div>`);
    const removed = stripClutter(root);
    expect(removed.map((r) => r.reason)).toEqual(["donation-ask"]);
    expect(root.textContent).not.toContain("Before you go");
  });

  it("removes a recirculation heading together with the link list it introduces", () => {
    const root = article(
      paragraphs(PROSE) +
        '<h3>Most Popular</h3><ul><li><a href="/a">Storm cuts power to 40,000 homes</a></li><li><a href="/b">Schools name a new superintendent</a></li></ul>',
    );
    const removed = stripClutter(root);
    expect(removed.map((r) => r.reason)).toEqual(["recirculation-list", "recirculation-list"]);
    expect(root.querySelector("ul")).toBeNull();
  });

  it("keeps a list of plain items inside the article", () => {
    const list = "<ul><li>Basic with ads: $7.99 a month</li><li>Standard: $17.99 a month</li><li>Premium: $24.99 a month</li></ul>";
    const root = article(paragraphs(PROSE.slice(0, 2)) + list + paragraphs(PROSE.slice(2)));
    expect(stripClutter(root)).toEqual([]);
  });

  it("removes a dateline standing before the first paragraph but not a sentence that starts with a date", () => {
    const dated = "Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in the past decade, with little hope for a cure, researchers said.";
    const root = article(`<p>Updated Oct 14, 2024, 8:02 AM</p><p>${dated}</p>${paragraphs(PROSE)}`);
    const removed = stripClutter(root);
    expect(removed.map((r) => r.reason)).toEqual(["byline-dateline"]);
    expect(root.textContent).toContain(dated);
  });

  it("removes calls to action in other languages", () => {
    const root = article(
      paragraphs(PROSE) +
        "<p>Inscrivez-vous à notre newsletter.</p><p>War dieser Artikel hilfreich?</p><p>¿Ya eres suscriptor? Inicia sesión</p><p>Publicidad</p>",
    );
    const reasons = stripClutter(root).map((r) => r.reason);
    expect(reasons).toEqual(["newsletter-signup", "feedback-widget", "subscription-pitch", "advertisement"]);
  });

  it("leaves an article without clutter untouched", () => {
    const root = article(paragraphs(PROSE));
    const before = root.innerHTML;
    expect(stripClutter(root)).toEqual([]);
    expect(root.innerHTML).toBe(before);
  });
});
