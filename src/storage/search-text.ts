/**
 * Full-text search over the library: one normalisation (lower case, no accents, collapsed
 * whitespace) for the stored text and the query, and an all-words match.
 */

export function normaliseForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export function searchTerms(query: string): string[] {
  return normaliseForSearch(query).split(" ").filter(Boolean);
}

/** True when every term occurs in the (already normalised) text. */
export function matchesAll(normalisedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalisedText.includes(term));
}
