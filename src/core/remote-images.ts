/**
 * Holding back remote images, so that re-reading a saved article tells no server about it.
 * Every URL attribute a browser would fetch by itself (src, srcset, poster) whose value is
 * not entirely data: URLs is moved into a data attribute on an inert tree, before the tree
 * reaches a live document; releasing moves them back. Images saved as data: URLs stay.
 * DOM-pure: the library reader shows the held images as placeholders with a button to load
 * them, and the HTML export turns them into links.
 */
import { parseSrcset } from "./srcset.js";

/** The attributes that make a browser fetch on its own, and where each is held. */
export const FETCHING_ATTRIBUTES: ReadonlyArray<{ name: string; heldAs: string }> = [
  { name: "src", heldAs: "data-qr-src" },
  { name: "srcset", heldAs: "data-qr-srcset" },
  { name: "poster", heldAs: "data-qr-poster" },
];

/** Marks an <img> that was visible and now waits for its URL. */
export const HELD_IMAGE = "data-qr-held";

export interface HeldImage {
  img: HTMLImageElement;
  /** The URL the image would load: its src, else its first srcset candidate. */
  url: string;
  alt: string;
  /** The declared size, when both attributes are plain numbers. */
  width: number | null;
  height: number | null;
}

function isDataUrl(value: string): boolean {
  return /^data:/i.test(value.trim());
}

/** Whether the attribute's value would make the browser fetch something from outside the article. */
export function fetchesRemotely(name: string, value: string): boolean {
  if (name === "srcset") return parseSrcset(value).some(({ url }) => !isDataUrl(url));
  return value.trim() !== "" && !isDataUrl(value);
}

function dimension(value: string | null): number | null {
  return value !== null && /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : null;
}

/**
 * Holds every remote URL under `root` (an inert tree: a <template>'s content or a document
 * without a browsing context) and returns the images that no longer show anything.
 */
export function holdRemoteImages(root: ParentNode): HeldImage[] {
  const held: HeldImage[] = [];
  for (const el of Array.from(root.querySelectorAll("*"))) {
    let heldUrl: string | null = null;
    for (const { name, heldAs } of FETCHING_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null || !fetchesRemotely(name, value)) continue;
      el.setAttribute(heldAs, value);
      el.removeAttribute(name);
      heldUrl ??= name === "srcset" ? parseSrcset(value)[0]?.url ?? value : value.trim();
    }
    if (el.localName !== "img" || heldUrl === null) continue;
    const img = el as HTMLImageElement;
    // An image still holding a data: src shows that (only its remote srcset waits).
    if (img.hasAttribute("src")) continue;
    img.setAttribute(HELD_IMAGE, "");
    held.push({ img, url: img.getAttribute("data-qr-src") ?? heldUrl, alt: (img.getAttribute("alt") ?? "").trim(), width: dimension(img.getAttribute("width")), height: dimension(img.getAttribute("height")) });
  }
  return held;
}

/** Puts every held URL under `root` back (the browser then loads them). */
export function releaseRemoteImages(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(`[${HELD_IMAGE}], ${FETCHING_ATTRIBUTES.map(({ heldAs }) => `[${heldAs}]`).join(", ")}`))) {
    el.removeAttribute(HELD_IMAGE);
    // srcset before src: an <img> picks its source when src is set, and must see the full set.
    for (const { name, heldAs } of [...FETCHING_ATTRIBUTES].reverse()) {
      const value = el.getAttribute(heldAs);
      if (value === null) continue;
      el.removeAttribute(heldAs);
      el.setAttribute(name, value);
    }
  }
}

/** "400 × 200", or null when the image declares no size. */
export function sizeLabel(image: Pick<HeldImage, "width" | "height">): string | null {
  return image.width !== null && image.height !== null ? `${image.width} × ${image.height}` : null;
}
