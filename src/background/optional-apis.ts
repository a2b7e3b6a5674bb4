/**
 * APIs a browser may lack: Firefox for Android has no keyboard commands (`commands`) and no
 * context menus (`contextMenus`). A feature built on one registers only where it exists, so
 * the rest of the background (saving, auto-open, the popup's messages) still starts there
 * instead of stopping at the first undefined API.
 */
import { browser } from "../platform/browser-api.js";

type Commands = typeof browser.commands;
type ContextMenus = typeof browser.contextMenus;

/** `browser.commands`, or null where the browser has no keyboard commands. */
export function commandsApi(): Commands | null {
  return (browser as { commands?: Commands }).commands ?? null;
}

/** `browser.contextMenus`, or null where the browser has no context menus. */
export function contextMenusApi(): ContextMenus | null {
  return (browser as { contextMenus?: ContextMenus }).contextMenus ?? null;
}
