/**
 * Lazy bundle "lightbox": the enlarged-image dialog (overlay/lightbox.ts) as the "lightbox"
 * tool's session (overlay/tools/lightbox.ts), injected on the first click on an article image.
 */
import { Lightbox } from "../overlay/lightbox.js";
import type { ToolModule } from "../overlay/tools/tool.js";
import { registerLazy } from "./registry.js";

export interface LightboxModule {
  tool: ToolModule;
}

const tool: ToolModule = {
  activate(context) {
    const lightbox = new Lightbox(context.doc);
    context.root.append(lightbox.element);
    return {
      use: (target) => {
        if (target instanceof context.doc.defaultView!.HTMLImageElement) lightbox.open(target);
      },
      dismiss: () => (lightbox.isOpen ? (lightbox.close(), true) : false),
      focusScope: () => (lightbox.isOpen ? lightbox.element : null),
      stop: () => lightbox.close(),
    };
  },
};

registerLazy("lightbox", { tool });
