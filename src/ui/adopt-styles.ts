/**
 * Styles a closed shadow root the extension puts into a page (the overlay, the "Saved" toast).
 * Constructed stylesheets are not subject to the page's CSP style-src; <style> is the fallback
 * where they cannot be built (e.g. Firefox content-script wrappers).
 */
export function adoptStyles(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const sheet = new (doc.defaultView!.CSSStyleSheet)();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement("style");
    style.textContent = css;
    root.append(style);
  }
}
