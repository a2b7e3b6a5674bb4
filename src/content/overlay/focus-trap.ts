/**
 * Keeps keyboard focus inside the reader dialog: Tab from the last control wraps to the
 * first and Shift+Tab from the first wraps to the last. The page behind is made inert while
 * the dialog is open (see overlay.ts), so focus has nowhere else to go.
 */

const FOCUSABLE = 'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function visible(node: HTMLElement): boolean {
  if (node.closest("[hidden]")) return false;
  if (node.closest("details:not([open])") && node.localName !== "summary") return false;
  // checkVisibility also catches CSS-hidden controls; environments without it (jsdom) rely on the checks above.
  const check = (node as HTMLElement & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === "function" ? check.call(node) : true;
}

export function focusables(container: Element): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(visible);
}

/**
 * Handles a Tab keydown. `active` is the focused element inside the dialog (null when focus
 * is outside it). Returns true when it moved focus itself.
 */
export function trapTab(container: Element, active: Element | null, shiftKey: boolean): boolean {
  const items = focusables(container);
  if (!items.length) return false;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const inside = active !== null && container.contains(active);
  if (!inside || (shiftKey && active === first) || (!shiftKey && active === last) || (shiftKey && active === container)) {
    (shiftKey ? last : first).focus();
    return true;
  }
  return false;
}
