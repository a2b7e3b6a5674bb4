/**
 * Word count and reading time. Words are counted with Intl.Segmenter so languages
 * written without spaces (Chinese, Japanese, Thai) get a real count, not one "word" per line.
 */

const WORDS_PER_MINUTE = 230;

export function countWords(text: string, lang?: string | null): number {
  if (typeof Intl !== "undefined" && "Segmenter" in Intl) {
    let locale: string | undefined;
    try {
      locale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
    } catch {
      locale = undefined;
    }
    const segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    let count = 0;
    for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
    return count;
  }
  return text.split(/\s+/).filter(Boolean).length;
}

export function readingTimeMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
