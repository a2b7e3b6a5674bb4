/**
 * The rule tables, one sample per language and signal: each call to action is recognised in
 * every language the tables claim, labels resolve to their reason, and patterns work on
 * accented words (JavaScript's \b alone does not).
 */
import { describe, expect, it } from "vitest";
import { attributeOf, callToActionOf, labelOf, leadInOf } from "../../src/core/clutter/block-signals.js";
import { CALLS_TO_ACTION } from "../../src/core/clutter/rules/calls-to-action.js";
import { CTA_MATCHERS, unicodeWords } from "../../src/core/clutter/compile-rules.js";
import { listFixtures, loadFixture } from "../helpers/fixtures.js";
import { LABELS } from "../../src/core/clutter/rules/labels.js";
import { JSDOM } from "jsdom";
import { extractFromHtml } from "../../src/cli/extract-from-html.js";

const LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "ja", "zh"];

/** [language, text, expected reason] — one line per phrase; add a row with every new pattern. */
const CALL_TO_ACTION_SAMPLES: Array<[string, string, string]> = [
  ["en", "Sign up for our daily newsletter", "newsletter-signup"],
  ["en", "Sign up for Market Watch, a weekly newsletter about money.", "newsletter-signup"],
  ["en", "The best stories, delivered to your inbox.", "newsletter-signup"],
  ["en", "Already a subscriber? Log in", "subscription-pitch"],
  ["en", "Support independent journalism with a gift today.", "donation-ask"],
  ["en", "Was this article helpful?", "feedback-widget"],
  ["en", "Follow Jane Doe on Twitter @jdoe", "follow-author"],
  ["en", "Listen to this article", "audio-player"],
  ["en", "Download our free app for iPhone", "app-promo"],
  ["de", "Die wichtigsten Nachrichten direkt in Ihr Postfach.", "newsletter-signup"],
  ["de", "Sie sind bereits Abonnent? Hier einloggen", "subscription-pitch"],
  ["de", "Unterstützen Sie unabhängigen Journalismus", "donation-ask"],
  ["de", "War dieser Artikel hilfreich?", "feedback-widget"],
  ["de", "Folgen Sie uns auf Instagram", "follow-author"],
  ["de", "Artikel anhören", "audio-player"],
  ["fr", "Inscrivez-vous à notre newsletter", "newsletter-signup"],
  ["fr", "Déjà abonné ? Se connecter", "subscription-pitch"],
  ["fr", "Faites un don pour soutenir notre rédaction", "donation-ask"],
  ["fr", "Cet article vous a-t-il été utile ?", "feedback-widget"],
  ["fr", "Suivez-nous sur Facebook", "follow-author"],
  ["fr", "Écouter cet article", "audio-player"],
  ["es", "Suscríbete a nuestro boletín", "newsletter-signup"],
  ["es", "¿Ya eres suscriptor? Inicia sesión", "subscription-pitch"],
  ["es", "Apoya nuestro periodismo: hazte socio", "donation-ask"],
  ["es", "¿Te ha resultado útil este artículo?", "feedback-widget"],
  ["es", "Síguenos en Twitter", "follow-author"],
  ["it", "Iscriviti alla newsletter", "newsletter-signup"],
  ["it", "Sei già abbonato? Accedi", "subscription-pitch"],
  ["it", "Sostieni il nostro giornalismo", "donation-ask"],
  ["it", "Seguici su Instagram", "follow-author"],
  ["pt", "Assine a newsletter e receba as notícias", "newsletter-signup"],
  ["pt", "Já é assinante? Entrar", "subscription-pitch"],
  ["pt", "Apoie o jornalismo independente", "donation-ask"],
  ["pt", "Esta matéria foi útil?", "feedback-widget"],
  ["nl", "Meld je aan voor onze nieuwsbrief", "newsletter-signup"],
  ["nl", "Ben je al abonnee? Log in", "subscription-pitch"],
  ["nl", "Steun onze journalistiek", "donation-ask"],
  ["nl", "Was dit artikel nuttig?", "feedback-widget"],
  ["nl", "Volg ons op Twitter", "follow-author"],
  ["ru", "Подпишитесь на нашу рассылку", "newsletter-signup"],
  ["ru", "Главные новости дня — на вашу почту.", "newsletter-signup"],
  ["ru", "Уже есть подписка? Войти", "subscription-pitch"],
  ["ru", "Поддержите независимую журналистику", "donation-ask"],
  ["ru", "Была ли эта статья полезной?", "feedback-widget"],
  ["ru", "Читайте нас в Telegram", "follow-author"],
  ["pl", "Zapisz się do naszego newslettera", "newsletter-signup"],
  ["pl", "Masz już subskrypcję? Zaloguj się", "subscription-pitch"],
  ["pl", "Wesprzyj niezależne dziennikarstwo", "donation-ask"],
  ["pl", "Czy ten artykuł był pomocny?", "feedback-widget"],
  ["pl", "Obserwuj nas na Facebooku", "follow-author"],
  ["sv", "Prenumerera på vårt nyhetsbrev", "newsletter-signup"],
  ["sv", "Är du redan prenumerant? Logga in", "subscription-pitch"],
  ["sv", "Stöd oberoende journalistik", "donation-ask"],
  ["sv", "Var den här artikeln till hjälp?", "feedback-widget"],
  ["sv", "Följ oss på Instagram", "follow-author"],
  ["ja", "ニュースレターの登録はこちら", "newsletter-signup"],
  ["ja", "続きを読むには会員登録が必要です", "subscription-pitch"],
  ["ja", "この記事は役に立ちましたか？", "feedback-widget"],
  ["ja", "公式Xをフォロー", "follow-author"],
  ["zh", "订阅我们的电子报", "newsletter-signup"],
  ["zh", "登录后继续阅读", "subscription-pitch"],
  ["zh", "这篇文章对您有帮助吗？", "feedback-widget"],
  ["zh", "支持我们的新闻报道", "donation-ask"],
];

/** Short news sentences with an ask's words in them: an article may begin or end with one. */
const NEWS_WITH_ASK_WORDS = [
  "Scammers are sending fake invoices to your inbox.",
  "The new plan gives members unlimited access to the pool.",
  "Residents can download the app to report potholes.",
  "Voters can get the app from the county website.",
  "He urged people to donate now to the relief fund.",
  "She said the group would help keep the park free for everyone.",
  "The company will make a donation to the hospital.",
  "Already a member of the club, he voted against the plan.",
  "Die Betrüger schicken gefälschte Rechnungen in Ihr Postfach.",
];

describe("call-to-action table", () => {
  it("has a table for each of the twelve languages", () => {
    for (const lang of LANGUAGES) expect(CALLS_TO_ACTION[lang]?.length ?? 0).toBeGreaterThan(5);
  });

  for (const [lang, text, reason] of CALL_TO_ACTION_SAMPLES) {
    it(`recognises ${lang} "${text}" as ${reason}`, () => {
      expect(callToActionOf(text)?.reason).toBe(reason);
    });
  }

  it("matches accented words at word boundaries", () => {
    expect(callToActionOf("Déjà abonnée ?")?.reason).toBe("subscription-pitch");
    // "abonnent\b" must not match inside "Abonnentin": only the weak word "abonn…" is left.
    expect(callToActionOf("Sie sind schon Abonnentin")?.strength).toBe("weak");
  });

  it("ignores a call to action quoted in reporting", () => {
    expect(callToActionOf('The editor said "sign up for our newsletter" is on every page.')?.strength).not.toBe("strong");
  });

  it("reads a sign-up phrase as an ask only when it opens a sentence", () => {
    expect(callToActionOf("More than two million readers sign up for the paper's newsletters every year, the company said.")?.strength).toBe("weak");
  });

  it("reads joining as an ask only when it opens a sentence, not in news about joining", () => {
    expect(callToActionOf("Become a member today and get the print edition.")?.strength).toBe("strong");
    expect(callToActionOf("Support our newsroom: become a supporter.")?.strength).toBe("strong");
    expect(callToActionOf("Jetzt Mitglied werden!")?.strength).toBe("strong");
    expect(callToActionOf("Diventa socio del nostro giornale.")?.strength).toBe("strong");
    for (const news of ["Finland will become a member of NATO.", "Finnland will Nato-Mitglied werden.", "La Finlandia diventa membro della Nato."]) {
      expect(callToActionOf(news)?.strength, news).not.toBe("strong");
    }
  });

  it("reads inbox, app, access and donation phrases as an ask only in the ask's own form", () => {
    for (const ask of [
      "The day's top stories, delivered to your inbox.",
      "Get New York Today in your inbox.",
      "Download our free app for iPhone",
      "Get unlimited digital access for $1 a week.",
      "Make a monthly donation to keep us going.",
      "Donate now.",
      "Help us keep our journalism free for everyone.",
      "Already a subscriber? Log in",
    ]) expect(callToActionOf(ask)?.strength, ask).toBe("strong");
    for (const news of NEWS_WITH_ASK_WORDS) expect(callToActionOf(news)?.strength, news).not.toBe("strong");
  });

  it("finds nothing in ordinary news prose", () => {
    expect(callToActionOf("The council voted 5-2 on Tuesday to approve the library expansion.")).toBeNull();
  });
});

describe("compiled call-to-action rows", () => {
  it("reads a \\b before a group or a class as the side of the word the source puts it on", () => {
    // After a group: the word before it ends there ("get" + " New York …").
    const afterGroup = unicodeWords(/(?:get|have)\b[^.!?]{0,80}\bin your inbox\b/i);
    expect(afterGroup.test("Get New York Today in your inbox")).toBe(true);
    expect(afterGroup.test("Getaway deals in your inbox")).toBe(false);
    // After a quantifier, before a group: the next word starts there.
    const beforeGroup = unicodeWords(/\bfor\b.{0,20}\b(?:newsletters?|digest)\b/i);
    expect(beforeGroup.test("for the daily newsletter")).toBe(true);
    expect(beforeGroup.test("for the weeklynewsletter")).toBe(false);
    // Opening a pattern or an alternative: a word start, accented letters included.
    expect(unicodeWords(/x|\b(?:déjà) abonné\b/i).test("Déjà abonné ?")).toBe(true);
    expect(unicodeWords(/\b(?:abonné)/i).test("déjàabonné")).toBe(false);
  });

  it("each row's quick pre-check matches every text its exact pattern matches, including the boundary cases", () => {
    const texts = [
      ...CALL_TO_ACTION_SAMPLES.map(([, text]) => text),
      ...listFixtures().flatMap((name) => loadFixture(name).html.split(/<[^>]+>/).map((t) => t.trim()).filter((t) => t.length > 3)),
      "déjà abonné ? Connectez-vous", "Déjà abonnée", "abonnédéjà", "Folgen Sie uns auf X", "SIGN UP FOR OUR NEWSLETTER",
    ];
    let exactHits = 0;
    for (const row of CTA_MATCHERS) {
      for (const text of texts) {
        if (!row.pattern.test(text)) continue;
        exactHits++;
        expect(row.quick.test(text), `${row.pattern} on ${text}`).toBe(true);
      }
    }
    // The check is not vacuous: the exact patterns do hit these texts.
    expect(exactHits).toBeGreaterThan(CALL_TO_ACTION_SAMPLES.length);
  });
});

describe("label table", () => {
  const samples: Array<[string, string]> = [
    ["Advertisement", "advertisement"], ["ANZEIGE", "advertisement"], ["Publicité", "advertisement"], ["Publicidad", "advertisement"],
    ["Pubblicità", "advertisement"], ["Publicidade", "advertisement"], ["Advertentie", "advertisement"],
    ["Most Popular", "recirculation-list"], ["Mehr zum Thema", "recirculation-list"], ["À lire aussi", "recirculation-list"],
    ["Noticias relacionadas", "recirculation-list"], ["I più letti", "recirculation-list"], ["Leia também", "recirculation-list"],
    ["Lees ook", "recirculation-list"], ["Share this:", "share-tools"], ["Реклама", "advertisement"], ["Читайте также", "recirculation-list"],
    ["Czytaj także", "recirculation-list"], ["Läs också", "recirculation-list"], ["関連記事", "recirculation-list"], ["相关阅读", "recirculation-list"],
    ["广告", "advertisement"],
  ];
  for (const [text, reason] of samples) it(`reads "${text}" as ${reason}`, () => expect(labelOf(text)).toBe(reason));

  it("reads a label only when it is the whole block", () => {
    expect(labelOf("Advertisement for the new policy ran in three papers")).toBeNull();
  });

  it("reads a recirculation lead-in in each language", () => {
    for (const text of ["Related: Storm hits coast", "Lesen Sie auch: Wohngeld", "À lire aussi : Vol annulé", "Lee también: Sequía", "Leggi anche: Treni", "Leia também: Gripe", "Lees ook: Fietsen", "Читайте также: Метро", "Czytaj także: Rowery", "Läs också: Elpriset", "関連記事：図書室", "相关阅读：地铁五号线"]) {
      expect(leadInOf(text)).toBe("recirculation-list");
    }
  });

  it("covers every language of the call-to-action table", () => {
    for (const lang of LANGUAGES) expect(Object.values(LABELS[lang] ?? {}).flat().length).toBeGreaterThan(5);
  });
});

describe("attribute table", () => {
  const doc = new JSDOM("").window.document;
  const el = (html: string) => {
    const holder = doc.createElement("div");
    holder.innerHTML = html;
    return holder.firstElementChild!;
  };

  it("reads clutter names in class, id and data-* attributes", () => {
    expect(attributeOf(el('<div class="c-newsletter__form"></div>'))?.reason).toBe("newsletter-signup");
    expect(attributeOf(el('<div id="taboola-below-article"></div>'))?.reason).toBe("recirculation-list");
    expect(attributeOf(el('<div data-component="donation-epic"></div>'))?.reason).toBe("donation-ask");
    expect(attributeOf(el('<div class="tp-container-inner"></div>'))?.reason).toBe("subscription-pitch");
  });

  it("reads nothing in ordinary layout names", () => {
    expect(attributeOf(el('<div class="article-body entry-content"></div>'))).toBeNull();
    expect(attributeOf(el('<div class="responsive-image padded"></div>'))).toBeNull();
  });
});

describe("short news sentences at an article's edges", () => {
  const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>The city council met on Tuesday to discuss the budget for next year, item ${i}, and several members asked for more time before the vote, officials said.</p>`).join("");
  for (const sentence of NEWS_WITH_ASK_WORDS) {
    it(`keeps "${sentence}" as the first and as the last paragraph`, () => {
      for (const html of [`<p>${sentence}</p>${paragraphs}`, `${paragraphs}<p>${sentence}</p>`]) {
        const article = extractFromHtml(`<!doctype html><html><body><article><h1>Council</h1>${html}</article></body></html>`, "https://news.example/council");
        expect(article?.textContent).toContain(sentence);
      }
    });
  }
});
