import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { ReadAloud, type ReadAloudState } from "../../src/content/overlay/read-aloud.js";

/** A scripted stand-in for the Web Speech API: records what is spoken and ends utterances on demand. */
function fakeSpeech(win: Window & typeof globalThis) {
  const spoken: Array<{ text: string; rate: number; lang: string; voice: string | null }> = [];
  let current: { onend: (() => void) | null; onerror: ((e: { error: string }) => void) | null } | null = null;
  let cancels = 0;
  class Utterance {
    text: string;
    rate = 1;
    lang = "";
    voice: { voiceURI: string } | null = null;
    onend: (() => void) | null = null;
    onerror: ((e: { error: string }) => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    speak(u: Utterance) {
      spoken.push({ text: u.text, rate: u.rate, lang: u.lang, voice: u.voice?.voiceURI ?? null });
      current = u;
    },
    cancel() {
      cancels++;
      const u = current;
      current = null;
      u?.onerror?.({ error: "interrupted" });
    },
    getVoices: () => [
      { voiceURI: "en-1", lang: "en-US", default: true, name: "En" },
      { voiceURI: "de-1", lang: "de-DE", default: false, name: "De" },
    ],
  };
  Object.assign(win, { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance });
  return {
    spoken,
    cancels: () => cancels,
    /** The current utterance finishes normally. */
    finish() {
      const u = current;
      current = null;
      u?.onend?.();
    },
  };
}

function setup(lang = "de") {
  const dom = new JSDOM(`<article><p>Erster Satz. Zweiter Satz.</p><p>Dritter Satz.</p><p>Vierter Satz.</p></article>`);
  const win = dom.window as unknown as Window & typeof globalThis;
  const speech = fakeSpeech(win);
  const root = dom.window.document.querySelector("article")!;
  const states: ReadAloudState[] = [];
  let rate = 1.5;
  const inView: string[] = [];
  const player = new ReadAloud(win, {
    root,
    lang,
    rate: () => rate,
    voiceUri: () => null,
    onStateChange: (state) => states.push(state),
    keepInView: (range) => inView.push(range.toString()),
  });
  return { player, speech, root, states, inView, setRate: (r: number) => (rate = r) };
}

describe("read aloud", () => {
  it("speaks sentence by sentence in the article's language with a matching voice, highlighting and scrolling to each", () => {
    const { player, speech, root, inView } = setup();
    player.play();
    expect(speech.spoken).toEqual([{ text: "Erster Satz.", rate: 1.5, lang: "de", voice: "de-1" }]);
    expect(root.querySelector(".qr-speaking-block")?.textContent).toBe("Erster Satz. Zweiter Satz.");
    speech.finish();
    expect(speech.spoken.map((s) => s.text)).toEqual(["Erster Satz.", "Zweiter Satz."]);
    speech.finish();
    expect(player.position().text).toBe("Dritter Satz.");
    expect(root.querySelector(".qr-speaking-block")?.textContent).toBe("Dritter Satz.");
    expect(inView).toEqual(["Erster Satz.", "Zweiter Satz.", "Dritter Satz."]);
  });

  it("pauses and resumes at the same sentence", () => {
    const { player, speech, states } = setup();
    player.play();
    speech.finish();
    player.pause();
    expect(player.state).toBe("paused");
    // The cancelled utterance's "interrupted" error does not stop or advance reading.
    expect(player.position().text).toBe("Zweiter Satz.");
    player.play();
    expect(speech.spoken.map((s) => s.text)).toEqual(["Erster Satz.", "Zweiter Satz.", "Zweiter Satz."]);
    expect(states).toEqual(["playing", "paused", "playing"]);
  });

  it("skips to the next paragraph, and applies a new speed from the current sentence", () => {
    const { player, speech, setRate } = setup();
    player.play();
    player.skipParagraph();
    expect(speech.spoken.at(-1)?.text).toBe("Dritter Satz.");
    setRate(2);
    player.restartSentence();
    expect(speech.spoken.at(-1)).toMatchObject({ text: "Dritter Satz.", rate: 2 });
  });

  it("stops at the end, clearing the highlight", () => {
    const { player, speech, root, states } = setup();
    player.play();
    for (let i = 0; i < 4; i++) speech.finish();
    expect(player.state).toBe("idle");
    expect(states.at(-1)).toBe("idle");
    expect(root.querySelector(".qr-speaking-block")).toBeNull();
  });
});
