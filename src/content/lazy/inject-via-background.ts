/**
 * content.js's BundleInjector: a content script cannot call `scripting`, so it asks the
 * background, which injects the bundle into this frame (background/lazy-bundles.ts).
 */
import { sendToExtension } from "../../messages/send-message.js";
import type { BundleInjector } from "./registry.js";

export const injectViaBackground: BundleInjector = async (name) => {
  const reply = await sendToExtension<"content/load-bundle">({ type: "content/load-bundle", name });
  if (!reply?.loaded) throw new Error(`Quiet Reader: cannot load the ${name} bundle`);
};
