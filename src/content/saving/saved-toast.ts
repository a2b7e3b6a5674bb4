/**
 * "Saved to library · Undo", shown in the page after a save from the overlay, the keyboard
 * shortcut or the context menu (the popup shows its own). A closed shadow root, so the page
 * cannot restyle or read it; above the reader overlay; leaves by itself after a while.
 */
import type { SaveReply } from "../../messages/messages.js";
import { sendToExtension } from "../../messages/send-message.js";
import { t } from "../../platform/i18n.js";
import { saveErrorKey } from "../../ui/save-messages.js";
import { adoptStyles } from "../../ui/adopt-styles.js";

export const TOAST_HOST_ATTRIBUTE = "data-quiet-reader-toast";
const VISIBLE_MS = 10_000;

const CSS = `
:host { all: initial; }
.toast { position: fixed; z-index: 2147483647; left: 50%; bottom: 24px; transform: translateX(-50%);
  display: flex; gap: 12px; align-items: center; max-width: min(90vw, 560px); padding: 10px 14px;
  background: #1f1f24; color: #f3f3f3; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.3);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
button { font: inherit; color: #8ab4f8; background: none; border: 1px solid #8ab4f8; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
button.close { border-color: transparent; color: #ccc; }
button:focus-visible { outline: 3px solid #8ab4f8; outline-offset: 2px; }`;

let current: { host: HTMLElement; root: ShadowRoot; timer: ReturnType<typeof setTimeout> } | null = null;

function remove(): void {
  if (!current) return;
  clearTimeout(current.timer);
  current.host.remove();
  current = null;
}

function render(doc: Document, text: string, undoToken: string | null): void {
  remove();
  const host = doc.createElement("div");
  host.setAttribute(TOAST_HOST_ATTRIBUTE, "");
  const root = host.attachShadow({ mode: "closed" });
  adoptStyles(doc, root, CSS);
  const box = doc.createElement("div");
  box.className = "toast";
  box.setAttribute("role", "status");
  const label = doc.createElement("span");
  label.className = "text";
  label.textContent = text;
  box.append(label);
  if (undoToken) {
    const undo = doc.createElement("button");
    undo.type = "button";
    undo.className = "undo";
    undo.textContent = t("undo");
    undo.addEventListener("click", async () => {
      undo.disabled = true;
      const reply = await sendToExtension<"library/undo">({ type: "library/undo", token: undoToken }).catch(() => ({ undone: false }));
      render(doc, t(reply.undone ? "saveUndone" : "undoFailed"), null);
    });
    box.append(undo);
  }
  const close = doc.createElement("button");
  close.type = "button";
  close.className = "close";
  close.textContent = "×";
  close.setAttribute("aria-label", t("dismiss"));
  close.addEventListener("click", remove);
  box.append(close);
  root.append(box);
  doc.documentElement.append(host);
  current = { host, root, timer: setTimeout(remove, VISIBLE_MS) };
}

export function showSaved(doc: Document, title: string, created: boolean, undoToken: string): void {
  render(doc, t(created ? "savedToLibrary" : "updatedInLibrary", title), undoToken);
}

export function showSaveResult(doc: Document, reply: SaveReply): void {
  if (reply.ok) showSaved(doc, reply.title, reply.created, reply.undoToken);
  else render(doc, t(saveErrorKey(reply.error)), null);
}
