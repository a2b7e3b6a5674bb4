/**
 * Media-player stubs ("Media playback is unsupported on your device", "Your browser does not
 * support the video tag", "Media caption, …") are removed as short standalone blocks in seven
 * languages and recorded as media-stub; sentences that mention a video stay.
 */
import { describe, expect, it } from "vitest";
import { dropMediaStubs, isMediaStub, MEDIA_STUB_REASON } from "../../src/core/tidy/media-stubs.js";
import { articleRoot, prose, textOf } from "../helpers/tidy-root.js";

const STUBS = [
  "Media playback is unsupported on your device",
  "Media caption, Watch: the rocket lifts off",
  "Your browser does not support the video tag.",
  "Your browser doesn't support HTML5 video. Download the video instead.",
  "To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video",
  "This video is not available",
  "Sorry, this video can not be played",
  "Video player",
  "Play video",
  "Watch:",
  "WATCH",
  "Ihr Browser unterstützt kein HTML5-Video.",
  "Dieses Video ist leider nicht verfügbar.",
  "Video abspielen",
  "Votre navigateur ne prend pas en charge la vidéo.",
  "Cette vidéo n'est pas disponible",
  "Lire la vidéo",
  "Tu navegador no soporta el elemento de vídeo.",
  "Este vídeo no está disponible",
  "Il tuo browser non supporta il tag video.",
  "Questo video non è disponibile",
  "O seu navegador não suporta o elemento de vídeo.",
  "Este vídeo não está disponível",
  "Je browser ondersteunt geen HTML5-video.",
  "Deze video is niet beschikbaar",
];

const NOT_STUBS = [
  "Watch the full hearing on the council's website, where the video is available until Friday.",
  "The video player company said its browser plug-in was no longer supported on older devices, and users complained.",
  "Video of the collapse was shared widely.",
  "Watch out for ice on the bridges this morning.",
  "Der Stadtrat will das Video der Sitzung nächste Woche veröffentlichen.",
];

describe("media stubs", () => {
  it.each(STUBS)("recognises %j", (text) => expect(isMediaStub(text)).toBe(true));
  it.each(NOT_STUBS)("leaves %j", (text) => expect(isMediaStub(text)).toBe(false));

  it("removes a BBC-style player placeholder and the caption of the video it cannot show, keeps the story and a picture's caption", () => {
    const root = articleRoot(`
      <figure><div class="player"><p>Media playback is unsupported on your device</p></div>
        <figcaption><span class="visually-hidden">Media caption, </span>Watch: the rocket lifts off</figcaption></figure>
      ${prose()}
      <figure><img src="a.jpg" alt="A"><figcaption>The launch pad at dawn</figcaption></figure>
      <video controls><source src="v.mp4"><p>Your browser does not support the video tag.</p></video>
      ${prose("Officials said the second stage of the work would start next spring, once the contracts for the new depots had been signed.")}`);
    const removed = dropMediaStubs(root);
    expect(removed).toEqual([
      { text: "Media playback is unsupported on your device", reason: MEDIA_STUB_REASON },
      { text: "Media caption, Watch: the rocket lifts off", reason: MEDIA_STUB_REASON },
      { text: "Your browser does not support the video tag.", reason: MEDIA_STUB_REASON },
    ]);
    expect(textOf(root)).not.toMatch(/Media|browser/);
    expect(textOf(root)).toContain("The launch pad at dawn");
    expect(root.querySelector("video")).toBeNull();
    expect(root.querySelectorAll("p")).toHaveLength(2);
  });

  it("leaves a stub phrase inside a paragraph of prose", () => {
    const root = articleRoot(prose("Viewers wrote in to say that media playback is unsupported on your device was all they saw, and the broadcaster apologised on Monday."));
    expect(dropMediaStubs(root)).toEqual([]);
  });
});
