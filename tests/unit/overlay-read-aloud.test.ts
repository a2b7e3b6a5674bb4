import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { paragraphsOf, pickVoice, splitSentences, speakableBlocks } from "../../src/content/overlay/sentences.js";

describe("splitSentences", () => {
  it("splits prose into trimmed sentences", () => {
    const text = "It rained. Then the sun came out! Did anyone notice? Nobody did.";
    expect(splitSentences(text, "en").map(({ start, end }) => text.slice(start, end))).toEqual([
      "It rained.",
      "Then the sun came out!",
      "Did anyone notice?",
      "Nobody did.",
    ]);
  });

  it("copes with an unknown language tag", () => {
    expect(splitSentences("One. Two.", "xx-invalid-tag-!!")).toHaveLength(2);
  });
});

describe("paragraphsOf", () => {
  it("maps each sentence to a DOM range, across inline markup", () => {
    const dom = new JSDOM(`<article><p>First <em>short</em> sentence. Second <a href="#">one</a> here.</p><ul><li>Item one.</li></ul><p class="qr-user-hidden">Hidden.</p></article>`);
    const root = dom.window.document.querySelector("article")!;
    const paragraphs = paragraphsOf(root, "en");
    expect(paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([["First short sentence.", "Second one here."], ["Item one."]]);
    expect(paragraphs[0]!.sentences[1]!.range.toString()).toBe("Second one here.");
  });

  it("reads leaf blocks only, so nested text is not read twice", () => {
    const dom = new JSDOM(`<article><blockquote><p>Quoted.</p></blockquote><blockquote>Bare quote.</blockquote></article>`);
    expect(speakableBlocks(dom.window.document.querySelector("article")!).map((b) => b.textContent)).toEqual(["Quoted.", "Bare quote."]);
  });
});

describe("pickVoice", () => {
  const voices = [
    { voiceURI: "en-US-1", lang: "en-US", default: true, name: "US" },
    { voiceURI: "de-DE-1", lang: "de-DE", default: false, name: "Anna" },
    { voiceURI: "de-AT-1", lang: "de_AT", default: false, name: "Wien" },
    { voiceURI: "en-GB-1", lang: "en-GB", default: false, name: "UK" },
  ];

  it("prefers the user's chosen voice", () => {
    expect(pickVoice(voices, "de", "en-GB-1")?.voiceURI).toBe("en-GB-1");
  });

  it("matches the article language: exact tag first, then the primary language", () => {
    expect(pickVoice(voices, "de-AT", null)?.voiceURI).toBe("de-AT-1");
    expect(pickVoice(voices, "de", null)?.voiceURI).toBe("de-DE-1");
    expect(pickVoice(voices, "en-GB", null)?.voiceURI).toBe("en-GB-1");
    expect(pickVoice(voices, "en", null)?.voiceURI).toBe("en-US-1");
  });

  it("falls back to the platform default when nothing matches, or the chosen voice is gone", () => {
    expect(pickVoice(voices, "fr", null)?.voiceURI).toBe("en-US-1");
    expect(pickVoice(voices, "de", "uninstalled")?.voiceURI).toBe("de-DE-1");
    expect(pickVoice([], "de", null)).toBeNull();
  });
});
