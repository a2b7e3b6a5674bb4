/**
 * Trims characters from the ends of a string in one linear pass. The regex way, `/-+$/` or
 * `/^[\s\p{P}]+|[\s\p{P}]+$/g`, is quadratic: the engine tries the run again from every
 * position of a long run that is not at the end ("-----x"), so page text could stall it.
 * `drop` gets one code point at a time (a surrogate pair as one string).
 */

export type CharTest = (char: string) => boolean;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function trimStartWhere(text: string, drop: CharTest): string {
  let start = 0;
  while (start < text.length) {
    const size = isHighSurrogate(text.charCodeAt(start)) && isLowSurrogate(text.charCodeAt(start + 1)) ? 2 : 1;
    if (!drop(text.slice(start, start + size))) break;
    start += size;
  }
  return text.slice(start);
}

export function trimEndWhere(text: string, drop: CharTest): string {
  let end = text.length;
  while (end > 0) {
    const size = end > 1 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2)) ? 2 : 1;
    if (!drop(text.slice(end - size, end))) break;
    end -= size;
  }
  return text.slice(0, end);
}

export function trimWhere(text: string, drop: CharTest): string {
  return trimEndWhere(trimStartWhere(text, drop), drop);
}
