/**
 * The enlarged image: a dialog over the reader; click, Esc or the close button returns focus to
 * the image. Which images open it is tools/lightbox.ts's (the "lightbox" lazy bundle holds this).
 */
import { t } from "../../platform/i18n.js";
import { el } from "./ui.js";

export class Lightbox {
  readonly element: HTMLElement;
  private readonly image: HTMLImageElement;
  private readonly caption: HTMLElement;
  private returnFocus: HTMLElement | null = null;

  constructor(private readonly doc: Document) {
    this.element = el(doc, "div", "qr-lightbox");
    this.element.hidden = true;
    this.element.setAttribute("role", "dialog");
    this.element.setAttribute("aria-modal", "true");
    this.element.setAttribute("aria-label", t("enlargedImage"));
    const close = el(doc, "button", "qr-button qr-lightbox-close", t("closeImage"));
    close.type = "button";
    this.image = el(doc, "img", "qr-lightbox-image");
    this.caption = el(doc, "p", "qr-lightbox-caption");
    this.element.append(close, this.image, this.caption);
    this.element.addEventListener("click", () => this.close());
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  open(img: HTMLImageElement): void {
    this.returnFocus = img;
    this.image.src = img.currentSrc || img.src;
    this.image.alt = img.alt;
    const caption = img.closest("figure")?.querySelector("figcaption")?.textContent?.trim() ?? "";
    this.caption.textContent = caption;
    this.caption.hidden = !caption;
    this.element.hidden = false;
    (this.element.querySelector(".qr-lightbox-close") as HTMLElement).focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.element.hidden = true;
    this.image.removeAttribute("src");
    this.returnFocus?.focus();
  }
}
