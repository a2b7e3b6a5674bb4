/**
 * Read aloud with the Web Speech API: one utterance per sentence, so the sentence being read
 * is highlighted (CSS Custom Highlight API, with a block outline as fallback) and kept in view,
 * and pause / skip / speed changes take effect at a sentence boundary without drift.
 */
import { paragraphsOf, pickVoice, type SpokenParagraph } from "./sentences.js";

export type ReadAloudState = "idle" | "playing" | "paused";

export interface ReadAloudOptions {
  root: Element;
  lang: string | null;
  rate: () => number;
  voiceUri: () => string | null;
  onStateChange: (state: ReadAloudState) => void;
  /** Scrolls so the current sentence stays visible. */
  keepInView: (range: Range, block: Element) => void;
}

const HIGHLIGHT_NAME = "qr-speaking";
const BLOCK_CLASS = "qr-speaking-block";

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

export function speechAvailable(win: Window): boolean {
  return "speechSynthesis" in win && "SpeechSynthesisUtterance" in win;
}

export class ReadAloud {
  private paragraphs: SpokenParagraph[] | null = null;
  private paragraph = 0;
  private sentence = 0;
  private token = 0;
  state: ReadAloudState = "idle";

  constructor(private readonly win: Window & typeof globalThis, private readonly options: ReadAloudOptions) {}

  private get synth(): SpeechSynthesis {
    return this.win.speechSynthesis;
  }

  voices(): SpeechSynthesisVoice[] {
    return speechAvailable(this.win) ? this.synth.getVoices() : [];
  }

  /** Where reading is (for tests and the UI). */
  position(): { paragraph: number; sentence: number; text: string | null } {
    const current = this.paragraphs?.[this.paragraph]?.sentences[this.sentence];
    return { paragraph: this.paragraph, sentence: this.sentence, text: current?.text ?? null };
  }

  toggle(): void {
    if (this.state === "playing") this.pause();
    else this.play();
  }

  play(): void {
    if (!speechAvailable(this.win)) return;
    this.paragraphs ??= paragraphsOf(this.options.root, this.options.lang);
    if (!this.paragraphs.length) return;
    this.setState("playing");
    this.speakCurrent();
  }

  pause(): void {
    if (this.state !== "playing") return;
    this.token++;
    this.synth.cancel();
    this.setState("paused");
  }

  /** Jumps to the next paragraph (continues reading when playing). */
  skipParagraph(): void {
    this.paragraphs ??= paragraphsOf(this.options.root, this.options.lang);
    if (this.paragraph + 1 >= this.paragraphs.length) return this.stop();
    this.paragraph++;
    this.sentence = 0;
    if (this.state === "playing") {
      this.token++;
      this.synth.cancel();
      this.speakCurrent();
    } else this.highlight();
  }

  /** Applies a new rate or voice from the next sentence on. */
  restartSentence(): void {
    if (this.state !== "playing") return;
    this.token++;
    this.synth.cancel();
    this.speakCurrent();
  }

  stop(): void {
    this.token++;
    if (speechAvailable(this.win)) this.synth.cancel();
    this.paragraph = 0;
    this.sentence = 0;
    this.clearHighlight();
    this.setState("idle");
  }

  private setState(state: ReadAloudState): void {
    this.state = state;
    this.options.onStateChange(state);
  }

  private speakCurrent(): void {
    const paragraph = this.paragraphs?.[this.paragraph];
    const sentence = paragraph?.sentences[this.sentence];
    if (!paragraph || !sentence) return this.stop();
    this.highlight();
    const token = ++this.token;
    const utterance = new this.win.SpeechSynthesisUtterance(sentence.text);
    if (this.options.lang) utterance.lang = this.options.lang;
    utterance.rate = this.options.rate();
    const voice = pickVoice(this.voices(), this.options.lang, this.options.voiceUri());
    if (voice) utterance.voice = voice;
    utterance.onend = () => {
      if (token === this.token) this.advance();
    };
    utterance.onerror = (event) => {
      if (token === this.token && event.error !== "interrupted" && event.error !== "canceled") this.stop();
    };
    this.synth.speak(utterance);
  }

  private advance(): void {
    const paragraph = this.paragraphs?.[this.paragraph];
    if (paragraph && this.sentence + 1 < paragraph.sentences.length) this.sentence++;
    else {
      this.paragraph++;
      this.sentence = 0;
    }
    if (this.paragraph >= (this.paragraphs?.length ?? 0)) return this.stop();
    this.speakCurrent();
  }

  private highlight(): void {
    this.clearHighlight();
    const paragraph = this.paragraphs?.[this.paragraph];
    const sentence = paragraph?.sentences[this.sentence];
    if (!paragraph || !sentence) return;
    paragraph.element.classList.add(BLOCK_CLASS);
    const registry = (this.win.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
    const HighlightCtor = (this.win as unknown as { Highlight?: new (range: Range) => unknown }).Highlight;
    if (registry && HighlightCtor) registry.set(HIGHLIGHT_NAME, new HighlightCtor(sentence.range));
    this.options.keepInView(sentence.range, paragraph.element);
  }

  private clearHighlight(): void {
    for (const block of Array.from(this.options.root.querySelectorAll(`.${BLOCK_CLASS}`))) block.classList.remove(BLOCK_CLASS);
    (this.win.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights?.delete(HIGHLIGHT_NAME);
  }
}
