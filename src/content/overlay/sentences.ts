/**
 * Splits the article into what read-aloud speaks: paragraphs (leaf text blocks) and, in
 * each, sentences as DOM Ranges so the sentence being read can be highlighted in place.
 * Pure DOM: no speech API here.
 */

const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, pre, dd, dt, td, th";

export interface Span {
  start: number;
  end: number;
}

export interface SpokenSentence {
  text: string;
  range: Range;
}

export interface SpokenParagraph {
  element: Element;
  sentences: SpokenSentence[];
}

/** Sentence boundaries in `text` (trimmed, non-empty), using Intl.Segmenter where available. */
export function splitSentences(text: string, lang: string | null): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  if (typeof Intl !== "undefined" && "Segmenter" in Intl) {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: "sentence" });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: "sentence" });
    }
    for (const { segment, index } of segmenter.segment(text)) push(index, index + segment.length);
    return spans;
  }
  const pattern = /[^.!?。！？]+(?:[.!?。！？]+["'”’)\]]*|$)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) push(match.index, match.index + match[0].length);
  return spans;
}

/** The text blocks of `root` that hold no other text block, hidden ones left out. */
export function speakableBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(BLOCKS)).filter((block) => {
    if (block.querySelector(BLOCKS)) return false;
    if (block.closest("[hidden], .qr-user-hidden")) return false;
    return (block.textContent ?? "").trim().length > 0;
  });
}

function textNodes(block: Element): Text[] {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** A Range over characters [start, end) of the block's concatenated text nodes. */
function rangeFor(block: Element, nodes: Text[], span: Span): Range {
  const range = block.ownerDocument.createRange();
  let offset = 0;
  let startSet = false;
  for (const node of nodes) {
    const length = node.data.length;
    if (!startSet && span.start < offset + length) {
      range.setStart(node, span.start - offset);
      startSet = true;
    }
    if (startSet && span.end <= offset + length) {
      range.setEnd(node, span.end - offset);
      return range;
    }
    offset += length;
  }
  range.selectNodeContents(block);
  return range;
}

export function paragraphsOf(root: Element, lang: string | null): SpokenParagraph[] {
  return speakableBlocks(root).map((element) => {
    const nodes = textNodes(element);
    const text = nodes.map((node) => node.data).join("");
    const sentences = splitSentences(text, lang).map((span) => ({
      text: text.slice(span.start, span.end).replace(/\s+/g, " "),
      range: rangeFor(element, nodes, span),
    }));
    return { element, sentences };
  }).filter((paragraph) => paragraph.sentences.length > 0);
}

export interface VoiceLike {
  voiceURI: string;
  lang: string;
  default: boolean;
  name: string;
}

function normaliseLang(lang: string | null | undefined): string {
  return (lang ?? "").replace(/_/g, "-").toLowerCase();
}

/**
 * The voice to read with: the user's chosen voice when it exists, otherwise one that speaks
 * the article's language (exact tag first, then the same primary language, the platform's
 * default among equals), otherwise the platform default.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string | null, preferredUri: string | null): V | null {
  if (preferredUri) {
    const chosen = voices.find((voice) => voice.voiceURI === preferredUri);
    if (chosen) return chosen;
  }
  const wanted = normaliseLang(lang);
  const primary = wanted.split("-")[0];
  const byDefault = (list: V[]): V | undefined => list.find((voice) => voice.default) ?? list[0];
  if (wanted) {
    const exact = voices.filter((voice) => normaliseLang(voice.lang) === wanted);
    if (exact.length) return byDefault(exact)!;
    const samePrimary = voices.filter((voice) => normaliseLang(voice.lang).split("-")[0] === primary);
    if (samePrimary.length) return byDefault(samePrimary)!;
  }
  return byDefault([...voices]) ?? null;
}
