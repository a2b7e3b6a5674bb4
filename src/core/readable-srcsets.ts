/**
 * Rewrites every srcset of the working copy into the shape Readability reads in one pass:
 * "url 2x, url 640w". Readability runs /(\S+)(\s+[\d.]+[xw])?(\s*(?:,|$))/g over each srcset
 * (to make its URLs absolute), and that pattern is quadratic on a long URL followed by
 * anything else: one hostile srcset of 50,000 characters holds the page's main thread for
 * seconds. Our parser is linear; a candidate with any other descriptor ("100h", "2X", junk)
 * is dropped, as browsers drop candidates they cannot read.
 */
import { elementsUnder } from "./elements-under.js";
import { parseSrcset, serializeSrcset } from "./srcset.js";

const READABLE_DESCRIPTOR = /^(?:\d+(?:\.\d+)?x|\d+w)?$/;

export function readableSrcsets(root: Document | Element): void {
  for (const el of elementsUnder(root)) {
    const srcset = el.getAttribute("srcset");
    if (srcset === null) continue;
    const candidates = parseSrcset(srcset).filter((c) => READABLE_DESCRIPTOR.test(c.descriptors) && !/\s/.test(c.url));
    const shaped = serializeSrcset(candidates);
    if (shaped === srcset) continue;
    if (shaped) el.setAttribute("srcset", shaped);
    else el.removeAttribute("srcset");
  }
}
