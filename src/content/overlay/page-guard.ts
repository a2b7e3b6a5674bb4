/**
 * What the reader changes on the page itself while open, and undoes exactly on close:
 * the page behind becomes inert (no focus, no screen-reader browsing: a true modal), and
 * a print rule hides it so printing prints the article alone. The print rule is a
 * constructed stylesheet, which strict page CSPs do not block.
 */

const PRINT_CSS = "@media print { body { display: none !important; } html { overflow: visible !important; } }";

export interface PageGuard {
  release(): void;
}

/**
 * The page's adopted sheets as an array of ours, read by index: in a Firefox content script the
 * list is an Xray wrapper of the page's ObservableArray, which refuses iteration
 * ("XrayWrapper denied access to property Symbol.iterator") and array methods.
 */
function pageSheets(doc: Document): CSSStyleSheet[] {
  const list = doc.adoptedStyleSheets;
  const sheets: CSSStyleSheet[] = [];
  for (let i = 0; i < list.length; i++) sheets.push(list[i]!);
  return sheets;
}

export function guardPage(doc: Document): PageGuard {
  const body = doc.body;
  const wasInert = body?.hasAttribute("inert") ?? true;
  if (body && !wasInert) body.setAttribute("inert", "");
  let removeSheet = (): void => {};
  try {
    const sheet = new (doc.defaultView!.CSSStyleSheet)();
    sheet.replaceSync(PRINT_CSS);
    doc.adoptedStyleSheets = [...pageSheets(doc), sheet];
    removeSheet = () => {
      doc.adoptedStyleSheets = pageSheets(doc).filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement("style");
    style.textContent = PRINT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    removeSheet = () => style.remove();
  }
  return {
    release() {
      if (body && !wasInert) body.removeAttribute("inert");
      removeSheet();
    },
  };
}
