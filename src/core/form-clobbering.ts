/**
 * A page can name its form controls after the form's own DOM properties: in
 * `<form><input name="parentNode"></form>`, `form.parentNode` is the input, in every world
 * (a content script's isolated world too) and in every copy of the page made by a browser.
 * Readability's ancestor walk then goes form → input → form … for ever and the tab hangs; a
 * clobbered method makes it throw. The pipeline removes those names from its working copy
 * before Readability sees it (the sanitizer drops form controls anyway); other code that walks
 * a hostile page reads it through `readableDocument`. (jsdom does not implement a form's named
 * properties, so in Node this changes nothing.)
 */
import { elementsUnder } from "./elements-under.js";

/** Elements a form's named getter returns: its listed elements, and images it owns (an img inside a form). */
const LISTED: ReadonlySet<string> = new Set(["button", "fieldset", "input", "object", "output", "select", "textarea"]);

const NAMING = ["name", "id"] as const;

/** Each form-named element of `doc` with the attributes (name, id) that shadow a form property. */
function shadowingNames(doc: Document): Array<[Element, string[]]> {
  // Only a form has named properties: most articles have none, and then there is nothing to look for.
  const forms = Array.from(doc.getElementsByTagName("form"));
  if (!forms.length) return [];
  const formPrototype: object = Object.getPrototypeOf(doc.createElement("form"));
  const formImages = new Set<Element>(forms.flatMap((form) => Array.from(form.getElementsByTagName("img"))));
  const found: Array<[Element, string[]]> = [];
  // A walk, not a selector: jsdom's selector engine is far slower than a TreeWalker.
  for (const node of elementsUnder(doc)) {
    if (!LISTED.has(node.localName) && !formImages.has(node)) continue;
    const names = NAMING.filter((attr) => {
      const value = node.getAttribute(attr);
      return !!value && value in formPrototype;
    });
    if (names.length) found.push([node, names]);
  }
  return found;
}

/** The elements of `doc` whose name or id shadows a property of a form element. */
export function formClobberers(doc: Document): Element[] {
  return shadowingNames(doc).map(([node]) => node);
}

/**
 * Removes, in place, every name and id by which a form control shadows a form property.
 * Only for a working copy: the live page is the page's own.
 */
export function removeFormClobbering(copy: Document): void {
  for (const [node, names] of shadowingNames(copy)) for (const attr of names) node.removeAttribute(attr);
}

/**
 * `doc` itself when no form control shadows a form property; otherwise a detached copy
 * without those names, whose `defaultView` is still `doc`'s window (the sanitizer needs it).
 * Never changes `doc`.
 */
export function readableDocument(doc: Document): Document {
  if (!formClobberers(doc).length) return doc;
  const copy = doc.cloneNode(true) as Document;
  removeFormClobbering(copy);
  Object.defineProperty(copy, "defaultView", { value: doc.defaultView, configurable: false, enumerable: false, writable: false });
  return copy;
}
