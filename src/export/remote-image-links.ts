/**
 * For an exported HTML file that must not load remote images (it is opened later, from
 * disk, with no extension and no script to ask first): each image that was not kept in the
 * article becomes a link to it, labelled with its alt text and size, so one click still
 * opens it. What else would fetch (a remote srcset beside a data: image, a <picture>'s
 * remote sources) is dropped. DOM-pure: parsed in a document without a browsing context.
 */
import { FETCHING_ATTRIBUTES, holdRemoteImages, sizeLabel } from "../core/remote-images.js";

/** The link text for an image left out: its alt text (may be empty) and "W × H" or null. */
export type RemoteImageLabel = (alt: string, size: string | null) => string;

export function linkRemoteImages(html: string, doc: Document, label: RemoteImageLabel): string {
  const holder = doc.implementation.createHTMLDocument("").createElement("div");
  holder.innerHTML = html;
  const inert = holder.ownerDocument;
  for (const image of holdRemoteImages(holder)) {
    const target = image.img.parentElement?.localName === "picture" ? image.img.parentElement : image.img;
    // Inside a link already (links cannot nest), or not a web address: text only.
    const linkable = /^https?:\/\//i.test(image.url) && !target.closest("a");
    const replacement = inert.createElement(linkable ? "a" : "span");
    replacement.className = "remote-image";
    replacement.textContent = label(image.alt, sizeLabel(image));
    if (linkable) {
      replacement.setAttribute("href", image.url);
      replacement.setAttribute("rel", "noopener noreferrer");
    }
    target.replaceWith(replacement);
  }
  const heldAttributes = FETCHING_ATTRIBUTES.map(({ heldAs }) => heldAs);
  for (const el of Array.from(holder.querySelectorAll(heldAttributes.map((name) => `[${name}]`).join(", ")))) {
    for (const name of heldAttributes) el.removeAttribute(name);
    if (el.localName === "source" && !el.hasAttribute("srcset") && !el.hasAttribute("src")) el.remove();
  }
  return holder.innerHTML;
}
