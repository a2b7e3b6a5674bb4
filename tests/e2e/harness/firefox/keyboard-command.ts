/**
 * Presses a keyboard shortcut the way a user does, on the browser window: key events through
 * nsITextInputProcessor from the chrome context, so Firefox's shortcut handling (and with it
 * the add-on's `commands`) sees them. BiDi key actions go to the page's content and do not
 * reach commands.
 */
import { runInChrome } from "./chrome-context.js";
import type { FirefoxProcess } from "./launch.js";

export interface Shortcut {
  /** Modifiers held down, in order: "Alt", "Shift", "Control", "Meta". */
  modifiers: Array<"Alt" | "Shift" | "Control" | "Meta">;
  /** A letter key, e.g. "R". */
  key: string;
}

/** Parses a manifest shortcut such as "Alt+Shift+R". */
export function parseShortcut(text: string): Shortcut {
  const parts = text.split("+");
  const key = parts.pop()!;
  if (!/^[A-Z0-9]$/.test(key)) throw new Error(`Only letter and digit shortcuts are supported here, not ${text}`);
  return { modifiers: parts as Shortcut["modifiers"], key };
}

export async function pressShortcut(ff: FirefoxProcess, shortcut: Shortcut): Promise<void> {
  await runInChrome(
    ff.marionette,
    `const [modifiers, key] = args;
     const window = Services.wm.getMostRecentWindow("navigator:browser");
     window.focus();
     const tip = Cc["@mozilla.org/text-input-processor;1"].createInstance(Ci.nsITextInputProcessor);
     if (!tip.beginInputTransactionForTests(window)) throw new Error("cannot start a key input transaction");
     const K = window.KeyboardEvent;
     const codes = { Alt: ["AltLeft", K.DOM_VK_ALT], Shift: ["ShiftLeft", K.DOM_VK_SHIFT], Control: ["ControlLeft", K.DOM_VK_CONTROL], Meta: ["MetaLeft", K.DOM_VK_META] };
     const modifierEvents = modifiers.map((name) => new K("", { key: name, code: codes[name][0], keyCode: codes[name][1] }));
     const keyEvent = new K("", { key: modifiers.includes("Shift") ? key.toUpperCase() : key.toLowerCase(), code: /\\d/.test(key) ? "Digit" + key : "Key" + key, keyCode: key.charCodeAt(0) });
     for (const event of modifierEvents) tip.keydown(event);
     tip.keydown(keyEvent);
     tip.keyup(keyEvent);
     for (const event of modifierEvents.reverse()) tip.keyup(event);
     return true;`,
    [shortcut.modifiers, shortcut.key],
  );
}
