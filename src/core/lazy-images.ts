/**
 * Recovers images that pages load lazily with script: the real URL sits in data-src,
 * data-srcset, data-original… or in a <noscript> fallback. In a reader view no page
 * script runs, so without this the article shows placeholders or nothing.
 */
import { elementsUnder } from "./elements-under.js";

const SRC_ATTRIBUTES = ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src"];
const SRCSET_ATTRIBUTES = ["data-srcset", "data-lazy-srcset", "data-original-set"];
const PLACEHOLDER_URL = /^(?:data:image\/(?:gif|png|svg\+xml)[;,]|about:blank|$)/i;
/** The pieces of a placeholder file name: "/", a placeholder word, an image extension at the end or before "?". */
const PLACEHOLDER_PIECES = /\/|blank|spacer|placeholder|pixel|transparent|lazy|\.(?:gif|png|svg)(?=$|\?)/gi;

/**
 * A placeholder image: an empty or blank source, or a file named like "lazy-spacer.gif" (a
 * placeholder word, then .gif/.png/.svg, in one path segment). One pass over the pieces: the
 * single regex it replaces retried `word[^/]*\.gif` from every word, quadratic on a long src.
 */
export function isPlaceholderSrc(src: string): boolean {
  if (PLACEHOLDER_URL.test(src)) return true;
  let wordInSegment = false;
  for (const [piece] of src.matchAll(PLACEHOLDER_PIECES)) {
    if (piece === "/") wordInSegment = false;
    else if (piece.startsWith(".")) {
      if (wordInSegment) return true;
    } else wordInSegment = true;
  }
  return false;
}

function looksLikeImageUrl(value: string): boolean {
  return /^(?:https?:)?\/\/|^\/|\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#\s])/i.test(value.trim());
}

/** Copies the lazily-loaded source of every img/source into src/srcset. Mutates `root`. */
export function recoverLazyImages(root: Document | Element): void {
  const images: Element[] = [];
  const noscripts: Element[] = [];
  for (const el of elementsUnder(root)) {
    if (el.localName === "img" || el.localName === "source") images.push(el);
    else if (el.localName === "noscript") noscripts.push(el);
  }
  for (const img of images) {
    const isImg = img.localName === "img";
    const currentSrc = img.getAttribute("src") ?? "";
    if (isImg && (isPlaceholderSrc(currentSrc) || !currentSrc)) {
      const lazy = SRC_ATTRIBUTES.map((name) => img.getAttribute(name)).find((v): v is string => !!v && looksLikeImageUrl(v));
      if (lazy) img.setAttribute("src", lazy.trim());
    }
    if (!img.getAttribute("srcset")) {
      const lazySet = SRCSET_ATTRIBUTES.map((name) => img.getAttribute(name)).find((v): v is string => !!v?.trim());
      if (lazySet) img.setAttribute("srcset", lazySet.trim());
    }
  }
  unwrapNoscriptImages(noscripts);
}

/**
 * A <noscript> holding just an image is the page's own no-JS fallback: when the
 * preceding sibling is a placeholder image (or there is none), the fallback replaces it.
 */
function unwrapNoscriptImages(noscripts: readonly Element[]): void {
  for (const noscript of noscripts) {
    const doc = noscript.ownerDocument;
    const holder = doc.createElement("div");
    // With scripting on (browsers) <noscript> holds text; with it off (jsdom) it holds elements.
    if (noscript.children.length > 0) holder.append(...Array.from(noscript.childNodes, (node) => node.cloneNode(true)));
    else holder.innerHTML = noscript.textContent ?? "";
    const images = holder.querySelectorAll("img");
    if (images.length !== 1 || (holder.textContent ?? "").trim().length > 0) continue;
    const fallback = images[0]!;
    if (!fallback.getAttribute("src") || isPlaceholderSrc(fallback.getAttribute("src")!)) continue;
    const previous = noscript.previousElementSibling;
    const previousImg = previous?.localName === "img" ? previous : previous?.querySelector?.("img") ?? null;
    if (previousImg && previous && (previous.localName === "img" || previous.querySelectorAll("img").length === 1)) {
      const prevSrc = previousImg.getAttribute("src") ?? "";
      if (prevSrc && !isPlaceholderSrc(prevSrc)) {
        noscript.remove();
        continue;
      }
      previousImg.replaceWith(fallback);
      noscript.remove();
    } else {
      noscript.replaceWith(fallback);
    }
  }
}
