/**
 * When the container repair second-guesses Readability's pick, as one table (no magic numbers
 * inline). Measured on the shared corpora with `npm run bench:quality`; conservative, because
 * Readability is right on most pages and a rerun costs a second parse of the page.
 */
export const REPAIR_THRESHOLDS = {
  /** A paragraph counts as the article's prose from this many characters (links under `maxLinkDensity`). */
  paragraphChars: 80,
  maxLinkDensity: 0.3,
  /** Characters of a paragraph's start looked up in Readability's text. */
  probeChars: 60,
  /** The hint must hold at least this many prose paragraphs. */
  minHintParagraphs: 3,
  /** Repair when Readability's text misses at least this share of the hint's prose paragraphs… */
  missingShare: 0.4,
  /** …and the missing prose is at least this long. */
  minMissingChars: 400,
  /** A JSON-LD articleBody counts from this many words; Readability covering less than this share of its word trigrams is repaired. */
  jsonLdMinWords: 80,
  jsonLdMinCoverage: 0.5,
  /** The element for a JSON-LD body: the smallest holding this share of the body's matching paragraphs. */
  jsonLdParagraphShare: 0.7,
  /** Where the prose is: the smallest element holding this share of the page's prose characters (outside comments and sidebars). */
  proseClusterShare: 0.7,
  /** At most this many plans are tried (each costs a Readability rerun). */
  maxPlans: 3,
  /** A repaired text may miss at most this share of the first pick's own prose paragraphs… */
  maxFirstPickLost: 0.2,
  /** …unless the first pick is a scrap: under this many characters, and the repaired text this many times longer. */
  scrapPickChars: 1200,
  scrapPickRatio: 4,
  /** A rerun is kept only when it misses at most this share of what the first pick missed. */
  keepRerunBelow: 0.5,
  /** Else the hinted element itself is the article when its link density is at most this… */
  hintMaxLinkDensity: 0.35,
  /** …and its text is at most this many times its prose paragraphs' (not a whole page around a little prose). */
  hintMaxTextPerProse: 3,
  /** …and only when Readability's pick is shorter than this share of the element's prose. */
  replaceBelowShare: 0.5,
  /** Lead image: og:image is added only when the article has no image and the URL is http(s). */
  leadImageMaxUrlChars: 2000,
} as const;
