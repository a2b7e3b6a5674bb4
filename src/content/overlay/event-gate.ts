/**
 * Which input events the reader acts on. A page's own scripts can dispatch synthetic events
 * (isTrusted false) at the document, the overlay's host or the window, and those must not
 * drive the reader: in the browser only trusted events, the user's own input, count. The
 * check is a predicate handed in, so unit tests in jsdom (where no event is trusted) pass
 * their own.
 */

export type AcceptEvent = (event: Event) => boolean;

/** The browser's default: only events the user agent generated from real input. */
export const trustedOnly: AcceptEvent = (event) => event.isTrusted;

/** Input events that make the overlay do something. */
const GATED_EVENTS = ["click", "auxclick", "dblclick", "mousedown", "mouseup", "mouseover", "keydown", "keyup", "keypress", "input", "change", "submit"] as const;

/**
 * Stops, in the capture phase at `root`, every input event inside it that `accept` rejects,
 * before any listener below sees it; a rejected click also loses its default action (a
 * synthetic click would still toggle a checkbox or follow a link).
 */
export function gateEvents(root: EventTarget, accept: AcceptEvent): void {
  const gate = (event: Event): void => {
    if (accept(event)) return;
    event.stopImmediatePropagation();
    if (event.type === "click" || event.type === "auxclick" || event.type === "submit") event.preventDefault();
  };
  for (const type of GATED_EVENTS) root.addEventListener(type, gate, true);
}
