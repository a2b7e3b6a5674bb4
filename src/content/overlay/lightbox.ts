/**
 * Click (or Enter on) an article image to see it enlarged; click, Esc or the close button
 * returns. Images inside links keep their link and are left alone.
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

  /** Makes the article's images enlargeable. */
  attach(article: Element): void {
    for (const img of Array.from(article.querySelectorAll("img"))) {
      if (img.closest("a")) continue;
      img.classList.add("qr-enlargeable");
      img.tabIndex = 0;
      img.setAttribute("role", "button");
      img.setAttribute("aria-label", t("enlargeImage", [img.alt || t("imageWithoutAlt")]));
      img.addEventListener("click", () => this.open(img));
      img.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          this.open(img);
        }
      });
    }
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
