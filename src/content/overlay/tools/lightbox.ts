/**
 * Tool "lightbox": click (or Enter on) an article image to see it enlarged. content.js only
 * marks the images as buttons; the lightbox itself (overlay/lightbox.ts) is the "lightbox"
 * lazy bundle, loaded on the first click on an image. Images inside links keep their link.
 */
import { t } from "../../../platform/i18n.js";
import { registerTool } from "./tool.js";

registerTool({
  id: "lightbox",
  order: 60,
  mount(context, activate) {
    const open = (img: HTMLImageElement) => void activate().then((session) => session?.use?.(img));
    for (const img of Array.from(context.articleEl.querySelectorAll("img"))) {
      if (img.closest("a")) continue;
      img.classList.add("qr-enlargeable");
      img.tabIndex = 0;
      img.setAttribute("role", "button");
      img.setAttribute("aria-label", t("enlargeImage", [img.alt || t("imageWithoutAlt")]));
      img.addEventListener("click", () => open(img));
      img.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          open(img);
        }
      });
    }
  },
  load: async (loadBundle) => (await loadBundle("lightbox")).tool,
});
