/**
 * The lead image back: news pages often put the article's main image above the container
 * Readability picks, so the reader shows a text-only story. When the extracted article has no
 * image at all, the page's own share image (og:image / twitter:image) is put at its top as a
 * figure, unless its name says it is a logo or a placeholder. Recorded as a repair.
 */
import { elementsUnder } from "../elements-under.js";
import type { RepairRecord } from "./repair-container.js";
import { REPAIR_THRESHOLDS } from "./repair-thresholds.js";

const META_NAMES = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"];
/** What counts as the article already having a picture. */
const VISUALS: ReadonlySet<string> = new Set(["img", "picture", "video", "svg"]);

/** The key of a <meta>: its property, else its name, lower-cased. */
const metaKey = (meta: Element) => (meta.getAttribute("property") ?? meta.getAttribute("name") ?? "").toLowerCase();

/** The share image's description, as the page spells it. */
const isAltMeta = (meta: Element) => meta.getAttribute("property") === "og:image:alt" || meta.getAttribute("name") === "twitter:image:alt";

/** Site-wide share images, not a story's picture. */
const GENERIC = /logo|favicon|default|placeholder|fallback|sprite|avatar|blank|spacer|(?:^|[/_-])icon/i;

function shareImage(doc: Document, baseUrl: string): { url: string; alt: string } | null {
  // By tag name, not a selector: jsdom's selector engine walks the whole page in script.
  const metas = Array.from(doc.getElementsByTagName("meta"));
  for (const meta of metas) {
    if (!META_NAMES.includes(metaKey(meta))) continue;
    const value = (meta.getAttribute("content") ?? "").trim();
    if (!value || value.length > REPAIR_THRESHOLDS.leadImageMaxUrlChars) continue;
    let url: URL;
    try {
      url = new URL(value, baseUrl);
    } catch {
      continue;
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || GENERIC.test(url.pathname)) continue;
    const altMeta = metas.find(isAltMeta);
    return { url: url.href, alt: (altMeta?.getAttribute("content") ?? "").slice(0, 300) };
  }
  return null;
}

/** Adds the page's share image to an article that has none; returns the repair, or null. */
export function recoverLeadImage(doc: Document, root: Element, baseUrl: string): RepairRecord | null {
  for (const el of elementsUnder(root)) if (VISUALS.has(el.localName)) return null;
  const image = shareImage(doc, baseUrl);
  if (!image) return null;
  const owner = root.ownerDocument;
  const figure = owner.createElement("figure");
  const img = owner.createElement("img");
  img.setAttribute("src", image.url);
  img.setAttribute("alt", image.alt);
  figure.append(img);
  root.prepend(figure);
  return { kind: "lead-image", detail: `the page's share image ${image.url.slice(0, 200)}` };
}
