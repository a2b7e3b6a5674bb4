/**
 * Tool "speech" (the read-aloud panel): play/pause, skip, speed and voice. The panel is part of
 * content.js; the player (Web Speech, sentence splitting) is the "read-aloud" lazy bundle,
 * loaded when the user first presses play or `r`.
 */
import { t } from "../../../platform/i18n.js";
import { speechAvailable, type ReadAloud } from "../read-aloud.js";
import { button, el, labelled, select } from "../ui.js";
import { registerTool, type ToolContext, type ToolModule, type ToolSession } from "./tool.js";

const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];

function fillVoices(context: ToolContext, voiceSelect: HTMLSelectElement): void {
  const { doc } = context;
  const win = doc.defaultView!;
  if (!speechAvailable(win)) return;
  const lang = (context.article.lang ?? "").split("-")[0]!.toLowerCase();
  const voices = win.speechSynthesis.getVoices();
  const matching = voices.filter((v) => v.lang.toLowerCase().startsWith(lang));
  const ordered = lang ? [...matching, ...voices.filter((v) => !matching.includes(v))] : voices;
  voiceSelect.replaceChildren();
  const def = el(doc, "option", undefined, t("voiceDefault"));
  def.value = "";
  voiceSelect.append(def);
  for (const v of ordered) {
    const option = el(doc, "option", undefined, `${v.name} (${v.lang})`);
    option.value = v.voiceURI;
    voiceSelect.append(option);
  }
  voiceSelect.value = context.settings().voice ?? "";
}

const speech: ToolModule = {
  activate(context): ToolSession {
    const { doc, panel } = context;
    const win = doc.defaultView!;
    let player: ReadAloud | null = null;
    let play: HTMLButtonElement | null = null;
    let voice: HTMLSelectElement | null = null;
    /** The player, loaded on first use; null (and logged) when it cannot be loaded. */
    const load = async (): Promise<ReadAloud | null> => {
      if (player) return player;
      let ReadAloudTool: typeof ReadAloud;
      try {
        ({ ReadAloud: ReadAloudTool } = await context.loadBundle("read-aloud"));
      } catch (error) {
        console.warn("Quiet Reader: read aloud is unavailable", error);
        context.announce(t("readAloudUnavailable"));
        return null;
      }
      // Closed while the tool was loading: do not start speaking behind the page.
      if (!context.isOpen()) return null;
      player ??= new ReadAloudTool(win as Window & typeof globalThis, {
        root: context.articleEl,
        lang: context.article.lang ?? null,
        rate: () => context.settings().speechRate,
        voiceUri: () => context.settings().voice,
        onStateChange: (state) => {
          if (play) play.textContent = t(state === "playing" ? "readAloudPause" : "readAloudPlay");
          context.control?.setAttribute("aria-pressed", String(state === "playing"));
        },
        keepInView: (range) => context.keepInView(range),
      });
      return player;
    };
    if (!speechAvailable(win)) {
      panel!.append(el(doc, "p", "qr-note", t("readAloudUnavailable")));
      return { use: () => {} };
    }
    play = button(doc, "qr-speech-play", "readAloudPlay", () => void load().then((p) => p?.toggle()));
    const skip = button(doc, "qr-speech-skip", "readAloudSkip", () => void load().then((p) => p?.skipParagraph()));
    const rate = select(doc, SPEECH_RATES.map((r) => [String(r), `${r}×`]), String(context.settings().speechRate), (value) => {
      context.change({ speechRate: Number(value) });
      player?.restartSentence();
    });
    voice = select(doc, [["", t("voiceDefault")]], context.settings().voice ?? "", (value) => {
      context.change({ voice: value || null });
      player?.restartSentence();
    });
    voice.classList.add("qr-voice");
    context.onSettings((settings) => {
      rate.value = String(settings.speechRate);
      if (!SPEECH_RATES.includes(settings.speechRate)) rate.value = "1";
    });
    panel!.append(play, skip, labelled(doc, "readAloudSpeed", rate, "qr-speech-rate"), labelled(doc, "readAloudVoice", voice, "qr-speech-voice"));
    const select_ = voice;
    win.speechSynthesis.addEventListener?.("voiceschanged", () => fillVoices(context, select_));
    return {
      use: () => void load().then((p) => p?.toggle()),
      shown: () => fillVoices(context, select_),
      stop: () => player?.stop(),
      status: () => player?.state ?? "idle",
    };
  },
};

registerTool({ id: "speech", order: 20, control: { kind: "panel", labelKey: "readAloudPanel" }, key: "readAloud", load: () => speech });
