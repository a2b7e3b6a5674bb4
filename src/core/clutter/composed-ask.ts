/**
 * An ask no phrase row names, read from its parts: a short line that offers something an outlet
 * sells or asks for (a subscription, a newsletter, a donation, a podcast, an app) and speaks as an
 * ask does, in at least two of four ways: to the reader ("you"), as the outlet ("our"), opening
 * with an imperative ("Get", "Activez"), or opening with a short question ("Love local news?").
 * News about the same things is third person and reports speech, and is not taken. The word
 * classes are data (rules/ask-grammar.ts); this is only how they combine.
 */
import type { ClutterReason } from "./reasons.js";
import { IMPERATIVE_WORDS, OFFER_WORDS, READER_WORDS, SELF_WORDS, SPEECH_WORDS } from "./rules/ask-grammar.js";

/** Longest line read as a composed ask, and most sentences: an ask is a line, not a paragraph. */
const COMPOSED_ASK_MAX_CHARS = 160;
const COMPOSED_ASK_MAX_SENTENCES = 2;
/** Ways of speaking as an ask (reader, outlet, imperative, question) a line needs. */
const CUES_NEEDED = 2;
/** A question that opens an ask is short: "Want more?", "Vuoi leggere senza limiti?". */
const OPENING_QUESTION_MAX_WORDS = 8;

const READER = new Set(READER_WORDS);
const SELF = new Set(SELF_WORDS);
const IMPERATIVE = new Set(IMPERATIVE_WORDS);
const SPEECH = new Set(SPEECH_WORDS);
const OFFER_EXACT = new Map<string, ClutterReason>();
const OFFER_PREFIXES: [string, ClutterReason][] = [];
for (const [reason, words] of Object.entries(OFFER_WORDS) as [ClutterReason, readonly string[]][]) {
  for (const word of words) {
    if (word.endsWith("*")) OFFER_PREFIXES.push([word.slice(0, -1), reason]);
    else OFFER_EXACT.set(word, reason);
  }
}

const WORD = /\p{L}[\p{L}'-]*/gu;
// German's formal "you" is capitalised inside a sentence; at its start it may be "they".
const GERMAN_FORMAL_YOU = /[^.!?:]\s(?:Sie|Ihnen|Ihr|Ihre[nmrs]?)(?!\p{L})/u;
// "Aktivieren Sie …", "Lesen Sie …": a German imperative opens with the verb and "Sie".
const GERMAN_IMPERATIVE = /^\p{Lu}\p{Ll}+en Sie(?!\p{L})/u;
// "Abonnez-vous", "Continuez …": a French imperative opens with a verb in -ez.
const FRENCH_IMPERATIVE = /^\p{L}{2,}ez(?:-(?:vous|nous))?$/u;

function offerOf(word: string): ClutterReason | null {
  const exact = OFFER_EXACT.get(word);
  if (exact) return exact;
  for (const [prefix, reason] of OFFER_PREFIXES) if (word.startsWith(prefix)) return reason;
  return null;
}

function opensWithImperative(sentence: string): boolean {
  const first = (sentence.match(WORD)?.[0] ?? "").toLowerCase();
  return IMPERATIVE.has(first) || FRENCH_IMPERATIVE.test(first) || GERMAN_IMPERATIVE.test(sentence);
}

export interface ComposedAsk {
  reason: ClutterReason;
  /** The ways it speaks as an ask, for explain mode: "reader", "outlet", "imperative", "question". */
  cues: string[];
  /** The word that made it an offer. */
  offer: string;
}

/** How a line speaks, read from its words: what it offers, and the ways it speaks as an ask. */
export interface AskCues {
  offer: ClutterReason | null;
  offerWord: string;
  /** A reported-speech word ("said", "selon"): news about an ask, not one. */
  speech: boolean;
  reader: boolean;
  outlet: boolean;
  imperative: boolean;
  question: boolean;
  sentences: number;
}

/** The cues of `text` (whitespace-normalised), whatever its length. */
export function askCuesOf(text: string): AskCues {
  const sentences = text.split(/(?<=[.!?…])\s+(?=\S)/u);
  // "US" in capitals is the country, not the outlet's "us".
  const words = (text.match(WORD) ?? []).map((word) => (word === "US" ? word : word.toLowerCase()));
  let offer: ClutterReason | null = null;
  let offerWord = "";
  let reader = false;
  let outlet = false;
  let speech = false;
  for (const word of words) {
    speech ||= SPEECH.has(word);
    if (!offer && (offer = offerOf(word))) offerWord = word;
    reader ||= READER.has(word);
    outlet ||= SELF.has(word);
  }
  reader ||= GERMAN_FORMAL_YOU.test(text);
  const imperative = sentences.some((s) => opensWithImperative(s.replace(/^[¿¡"'“«„(]+/u, "")));
  const first = sentences[0]!;
  const question = first.endsWith("?") && (first.match(WORD)?.length ?? 0) <= OPENING_QUESTION_MAX_WORDS;
  return { offer, offerWord, speech, reader, outlet, imperative, question, sentences: sentences.length };
}

/** The ask `text` composes, or null. `text` is whitespace-normalised. */
export function composedAskOf(text: string): ComposedAsk | null {
  if (text.length > COMPOSED_ASK_MAX_CHARS) return null;
  const cue = askCuesOf(text);
  if (cue.sentences > COMPOSED_ASK_MAX_SENTENCES || cue.speech || !cue.offer) return null;
  const cues: string[] = [];
  if (cue.reader) cues.push("reader");
  if (cue.outlet) cues.push("outlet");
  if (cue.imperative) cues.push("imperative");
  if (cue.question) cues.push("question");
  return cues.length >= CUES_NEEDED ? { reason: cue.offer, cues, offer: cue.offerWord } : null;
}
