/**
 * Locks page scrolling while the overlay is open and restores the page exactly afterwards:
 * the inline overflow values it had and the scroll position it was at. The longhands are
 * saved one by one: a lone `overflow-y: scroll` has no `overflow` shorthand value to save.
 */

export interface ScrollLock {
  release(): void;
}

const PROPERTIES = ["overflow-x", "overflow-y"] as const;

export function lockPageScroll(doc: Document): ScrollLock {
  const win = doc.defaultView!;
  const { scrollX, scrollY } = win;
  const targets = [doc.documentElement, doc.body].filter((el): el is HTMLElement => !!el);
  const saved = targets.map((el) => ({
    el,
    hadStyle: el.hasAttribute("style"),
    values: PROPERTIES.map((name) => ({ name, value: el.style.getPropertyValue(name), priority: el.style.getPropertyPriority(name) })),
  }));
  for (const el of targets) for (const name of PROPERTIES) el.style.setProperty(name, "hidden", "important");
  return {
    release() {
      for (const { el, hadStyle, values } of saved) {
        for (const { name, value, priority } of values) {
          if (value) el.style.setProperty(name, value, priority);
          else el.style.removeProperty(name);
        }
        if (!hadStyle && el.getAttribute("style") === "") el.removeAttribute("style");
      }
      win.scrollTo(scrollX, scrollY);
    },
  };
}
