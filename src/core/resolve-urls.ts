/**
 * Makes every link and image URL in the article absolute against the page URL, so the
 * article still works when shown elsewhere (overlay, library, exported file, CLI output).
 */
import { elementsUnder } from "./elements-under.js";
import { parseSrcset, serializeSrcset } from "./srcset.js";

function absolute(value: string, base: string): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.startsWith("#") || /^(?:data|mailto|tel):/i.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

function absoluteSrcset(value: string, base: string): string {
  return serializeSrcset(parseSrcset(value).map(({ url, descriptors }) => ({ url: absolute(url, base), descriptors })));
}

/** Rewrites href/src/srcset/poster under `root` to absolute URLs. Mutates `root`. */
export function resolveUrls(root: Element, base: string): void {
  for (const el of elementsUnder(root)) {
    if (!el.hasAttributes()) continue;
    // Written only when it changes: setting an attribute is not free (mutation records, caches).
    for (const name of ["href", "src", "poster"]) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const resolved = absolute(value, base);
      if (resolved !== value) el.setAttribute(name, resolved);
    }
    const srcset = el.getAttribute("srcset");
    if (srcset === null) continue;
    const resolved = absoluteSrcset(srcset, base);
    if (resolved !== srcset) el.setAttribute("srcset", resolved);
  }
}
