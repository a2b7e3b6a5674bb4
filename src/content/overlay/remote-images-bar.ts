/**
 * Remote images in a saved article, the way e-mail clients treat them: not loaded until the
 * user asks, because loading them tells their server that the article is being read again.
 * The article is parsed where nothing loads and its remote URLs are held
 * (src/core/remote-images.ts) before it reaches the live document; each held image gets a
 * placeholder with its alt text and size, and one button loads them all for this article.
 * Used by the library's reader only (the page being read has loaded its images already).
 */
import { HELD_IMAGE, holdRemoteImages, releaseRemoteImages, sizeLabel, type HeldImage } from "../../core/remote-images.js";
import { t } from "../../platform/i18n.js";
import type { ContentRenderer } from "./overlay.js";
import remoteImagesCss from "./remote-images.css";
import { el } from "./ui.js";

const PLACEHOLDER_CLASS = "qr-remote-image";

/** The placeholder's text: what the image shows (its alt text) and how big it is. */
export function placeholderText(image: Pick<HeldImage, "alt" | "width" | "height">): string {
  const alt = image.alt || t("imageWithoutAlt");
  const size = sizeLabel(image);
  return size ? t("remoteImagePlaceholderSized", [alt, size]) : t("remoteImagePlaceholder", [alt]);
}

/** A ReaderOverlay content renderer that holds remote images until the user's click. */
export const holdRemoteImagesRenderer: ContentRenderer = (article, html, reader) => {
  const doc = article.ownerDocument;
  // A document without a browsing context loads nothing, and a <div> there parses as the
  // sanitizer checked; assigning innerHTML to the live article would request every image.
  const holder = doc.implementation.createHTMLDocument("").createElement("div");
  holder.innerHTML = html;
  const held = holdRemoteImages(holder);
  article.append(...Array.from(holder.childNodes));
  if (!held.length) return null;

  const placeholders = held.map((image) => {
    const placeholder = el(doc, "span", PLACEHOLDER_CLASS, placeholderText(image));
    // In a <picture> the placeholder goes before it: a picture holds sources and one image.
    const anchor = image.img.parentElement?.localName === "picture" ? image.img.parentElement : image.img;
    anchor.before(placeholder);
    image.img.hidden = true;
    return placeholder;
  });
  const bar = el(doc, "section", "qr-remote-images");
  bar.setAttribute("aria-label", t("remoteImagesTitle"));
  const note = el(doc, "p", "qr-remote-images-note", held.length === 1 ? t("remoteImagesBlockedOne") : t("remoteImagesBlocked", [String(held.length)]));
  const load = el(doc, "button", "qr-button qr-remote-load", t("remoteImagesLoad"));
  load.type = "button";
  load.addEventListener(
    "click",
    () => {
      for (const placeholder of placeholders) placeholder.remove();
      for (const img of Array.from(article.querySelectorAll<HTMLImageElement>(`img[${HELD_IMAGE}]`))) img.hidden = false;
      releaseRemoteImages(article);
      bar.remove();
      reader.announce(t("remoteImagesLoaded"));
      reader.focusReader();
    },
    { once: true },
  );
  // Its own styles travel with the bar (in the reader's shadow root, they reach the placeholders
  // too), so content.js, which never holds images, does not carry them.
  const style = el(doc, "style", undefined, remoteImagesCss);
  bar.append(style, note, load);
  return bar;
};
