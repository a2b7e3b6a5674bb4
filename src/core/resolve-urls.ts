/**
 * Makes every link and image URL in the article absolute against the page URL, so the
 * article still works when shown elsewhere (overlay, library, exported file, CLI output).
 */
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
export function resolveUrls(root: ParentNode, base: string): void {
  for (const el of Array.from(root.querySelectorAll("[href], [src], [srcset], [poster]"))) {
    for (const name of ["href", "src", "poster"]) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, absolute(value, base));
    }
    const srcset = el.getAttribute("srcset");
    if (srcset !== null) el.setAttribute("srcset", absoluteSrcset(srcset, base));
  }
}
