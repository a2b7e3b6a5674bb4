/**
 * Locks page scrolling while the overlay is open and restores the page exactly afterwards:
 * the inline overflow values it had and the scroll position it was at.
 */

export interface ScrollLock {
  release(): void;
}

export function lockPageScroll(doc: Document): ScrollLock {
  const win = doc.defaultView!;
  const { scrollX, scrollY } = win;
  const targets = [doc.documentElement, doc.body].filter((el): el is HTMLElement => !!el);
  const saved = targets.map((el) => ({ el, value: el.style.getPropertyValue("overflow"), priority: el.style.getPropertyPriority("overflow") }));
  for (const el of targets) el.style.setProperty("overflow", "hidden", "important");
  return {
    release() {
      for (const { el, value, priority } of saved) {
        if (value) el.style.setProperty("overflow", value, priority);
        else el.style.removeProperty("overflow");
        if (el.getAttribute("style") === "") el.removeAttribute("style");
      }
      win.scrollTo(scrollX, scrollY);
    },
  };
}
