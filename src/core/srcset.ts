/**
 * Parses and rebuilds srcset attributes the way browsers read them (HTML "parse a srcset
 * attribute"): a candidate's URL runs to the next whitespace, so the commas inside
 * `data:image/png;base64,…` belong to the URL, and only a comma after the URL (or after its
 * descriptors) separates candidates. Shared by URL resolution and the sanitizer, so both see
 * the same URLs the browser would fetch.
 */

export interface SrcsetCandidate {
  url: string;
  /** The descriptors as written ("640w", "2x"), possibly empty. */
  descriptors: string;
}

import { trimEndWhere } from "./trim-chars.js";

const SPACE = /[\t\n\f\r ]/;

export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  const n = value.length;
  while (i < n) {
    while (i < n && (SPACE.test(value[i]!) || value[i] === ",")) i++;
    if (i >= n) break;
    const urlStart = i;
    while (i < n && !SPACE.test(value[i]!)) i++;
    let url = value.slice(urlStart, i);
    let descriptors = "";
    if (url.endsWith(",")) {
      url = trimEndWhere(url, (char) => char === ",");
    } else {
      const descStart = i;
      let inParens = false;
      while (i < n) {
        const ch = value[i]!;
        if (ch === "(") inParens = true;
        else if (ch === ")") inParens = false;
        else if (ch === "," && !inParens) break;
        i++;
      }
      descriptors = value.slice(descStart, i).trim();
      i++; // the comma
    }
    if (url) candidates.push({ url, descriptors });
  }
  return candidates;
}

export function serializeSrcset(candidates: SrcsetCandidate[]): string {
  return candidates.map(({ url, descriptors }) => (descriptors ? `${url} ${descriptors}` : url)).join(", ");
}
