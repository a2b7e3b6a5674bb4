/**
 * The popup's Save button and what follows it: "Saved" with Undo, a note when some images
 * could only stay online (with a button that asks for permission to fetch them, inside the
 * click, and saves again), and a link to the library.
 */
import type { SaveReply } from "../messages/messages.js";
import { sendToExtension } from "../messages/send-message.js";
import { browser } from "../platform/browser-api.js";
import { t } from "../platform/i18n.js";
import { saveErrorKey } from "../ui/save-messages.js";

function button(doc: Document, id: string, text: string, onClick: () => void): HTMLButtonElement {
  const node = doc.createElement("button");
  node.type = "button";
  node.id = id;
  node.textContent = text;
  node.addEventListener("click", onClick);
  return node;
}

export function wireSaveButton(doc: Document, tabId: number): void {
  const save = doc.getElementById("save-article") as HTMLButtonElement | null;
  if (!save) return;
  const status = doc.createElement("div");
  status.id = "save-status";
  status.className = "message save-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  status.hidden = true;
  const library = doc.createElement("a");
  library.id = "open-library";
  library.className = "options-link";
  library.href = "../library/library.html";
  library.textContent = t("openLibrary");
  library.addEventListener("click", (event) => {
    event.preventDefault();
    void browser.tabs.create({ url: browser.runtime.getURL("library/library.html") }).then(() => window.close());
  });
  save.after(status, library);

  const say = (text: string, ...actions: HTMLElement[]) => {
    const line = doc.createElement("span");
    line.className = "save-text";
    line.textContent = text;
    status.replaceChildren(line, ...actions);
    status.hidden = false;
  };

  const show = (reply: SaveReply) => {
    if (!reply.ok) return say(t(saveErrorKey(reply.error)));
    const undo = button(doc, "undo-save", t("undo"), async () => {
      undo.disabled = true;
      const result = await sendToExtension<"library/undo">({ type: "library/undo", token: reply.undoToken }).catch(() => ({ undone: false }));
      say(t(result.undone ? "saveUndone" : "undoFailed"));
    });
    say(t(reply.created ? "savedToLibrary" : "updatedInLibrary", reply.title), undo);
    if (reply.images.remoteOrigins.length) {
      const origins = reply.images.remoteOrigins.map((origin) => `${origin}/*`);
      const note = doc.createElement("span");
      note.className = "save-text";
      note.textContent = t("libImagesOnline", String(reply.images.remote));
      const allow = button(doc, "allow-images", t("libAllowImages"), () => {
        // Requested first thing in the click: browsers only ask the user inside a gesture.
        void browser.permissions.request({ origins }).then((granted) => (granted ? run() : undefined), () => undefined);
      });
      status.append(doc.createElement("br"), note, allow);
    }
  };

  const run = async () => {
    save.disabled = true;
    say(t("saving"));
    try {
      show(await sendToExtension<"library/save-tab">({ type: "library/save-tab", tabId }));
    } catch (error) {
      show({ ok: false, error: "failed", detail: String(error) });
    } finally {
      save.disabled = false;
    }
  };
  save.addEventListener("click", () => void run());
  save.hidden = false;
}
