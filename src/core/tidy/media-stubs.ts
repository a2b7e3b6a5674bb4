/**
 * Media-player stubs: what a video or audio player prints when it cannot play ("Media
 * playback is unsupported on your device", "Your browser does not support the video tag"),
 * the player's own labels ("Video player", "Play video", a bare "Watch:") and the caption of
 * a video the reader cannot show ("Media caption, …" on BBC pages). The reader view plays no
 * media (the sanitizer drops video, audio and iframes), so these read as junk. Only short
 * standalone blocks match, on their whole text or its opening, so a paragraph that tells of
 * a video stays.
 */
import type { RemovedBlock } from "../article.js";
import { moreTokensThan } from "../text-counts.js";
import { labelText, LeafBlocks, mediaIn, removeBlock, widen } from "./tidy-blocks.js";

export const MEDIA_STUB_REASON = "media-stub";

/** Longest block (in words) a stub can be: player fallbacks add a link or two, never a paragraph. */
export const MAX_STUB_WORDS = 30;

/**
 * Stub shapes, tried on the block's text lower-cased with surrounding punctuation trimmed.
 * `whole`: the pattern must cover the whole text; otherwise it must open it (a fallback
 * message followed by "Download the video", a caption after "Media caption,").
 */
export const MEDIA_STUBS: Readonly<Record<string, ReadonlyArray<{ pattern: RegExp; whole: boolean }>>> = {
  en: [
    { pattern: /^media playback is (?:unsupported|not supported) on (?:your|this) device/u, whole: false },
    { pattern: /^media caption\b/u, whole: false },
    { pattern: /^(?:your|this) browser does ?n[o']t support (?:the |html5 |html 5 |embedded )?(?:video|audio|media)/u, whole: false },
    { pattern: /^to view this video,? please enable javascript/u, whole: false },
    { pattern: /^please enable javascript to (?:view|watch|play) (?:this|the) video/u, whole: false },
    { pattern: /^(?:sorry,? )?this (?:video|clip|media) (?:is (?:not|no longer) available|is unavailable|cannot be played|can ?not be played|has been removed)/u, whole: false },
    { pattern: /^(?:video|media|content) (?:is )?(?:unavailable|not available)$/u, whole: true },
    { pattern: /^(?:video player|audio player|media player|loading video|video loading|loading player|play video|play audio|watch video|watch now|watch|video|click to play|click to play video|tap to play|play|replay video)$/u, whole: true },
  ],
  de: [
    { pattern: /^(?:ihr|dein) browser unterstützt (?:das |den |kein(?:e|en)? )?(?:html5[- ])?(?:video|audio)/u, whole: false },
    { pattern: /^(?:dieses|das) video ist (?:nicht|nicht mehr|leider nicht) verfügbar/u, whole: false },
    { pattern: /^(?:video abspielen|video starten|video ansehen|videoplayer|video wird geladen|player wird geladen|abspielen|video)$/u, whole: true },
    { pattern: /^medienwiedergabe wird auf (?:ihrem|diesem) gerät nicht unterstützt/u, whole: false },
  ],
  fr: [
    { pattern: /^votre navigateur ne (?:prend pas en charge|supporte pas) (?:la |les |l'|le )?(?:balise )?(?:vidéo|video|audio|html5)/u, whole: false },
    { pattern: /^cette vidéo (?:n'est (?:pas|plus) disponible|est indisponible)/u, whole: false },
    { pattern: /^(?:lire la vidéo|regarder la vidéo|lecteur vidéo|chargement de la vidéo|vidéo)$/u, whole: true },
  ],
  es: [
    { pattern: /^(?:tu|su) navegador no (?:soporta|admite|es compatible con) (?:el |la |las |los )?(?:elemento |etiqueta )?(?:de )?(?:vídeo|video|audio|html5)/u, whole: false },
    { pattern: /^este (?:vídeo|video) no está disponible/u, whole: false },
    { pattern: /^(?:reproducir (?:vídeo|video)|ver (?:vídeo|video)|reproductor de (?:vídeo|video)|cargando (?:vídeo|video)|vídeo)$/u, whole: true },
  ],
  it: [
    { pattern: /^il (?:tuo|suo) browser non supporta (?:il |l'|i )?(?:tag |elemento )?(?:video|audio|html5)/u, whole: false },
    { pattern: /^questo video non è (?:più )?disponibile/u, whole: false },
    { pattern: /^(?:riproduci (?:il )?video|guarda il video|lettore video|caricamento video|video in caricamento)$/u, whole: true },
  ],
  pt: [
    { pattern: /^(?:o )?(?:seu|teu) navegador não (?:suporta|é compatível com|permite) (?:o |a )?(?:elemento |tag )?(?:de )?(?:vídeo|video|áudio|audio|html5)/u, whole: false },
    { pattern: /^este vídeo não está (?:mais )?disponível/u, whole: false },
    { pattern: /^(?:reproduzir vídeo|assistir (?:ao )?vídeo|ver vídeo|leitor de vídeo|player de vídeo|carregando vídeo|a carregar vídeo|vídeo)$/u, whole: true },
  ],
  nl: [
    { pattern: /^(?:je|uw) browser ondersteunt (?:geen |de |het )?(?:html5[- ])?(?:video|audio)/u, whole: false },
    { pattern: /^deze video is (?:niet|niet meer) beschikbaar/u, whole: false },
    { pattern: /^(?:video afspelen|bekijk de video|videospeler|video laden|video wordt geladen)$/u, whole: true },
  ],
};

const STUBS = Object.values(MEDIA_STUBS).flat();

/** Whether a block's whole text is a media-player stub. */
export function isMediaStub(text: string): boolean {
  if (moreTokensThan(text, MAX_STUB_WORDS)) return false;
  const label = labelText(text);
  if (!label) return false;
  return STUBS.some(({ pattern, whole }) => {
    const match = pattern.exec(label);
    return match !== null && (!whole || match[0].length === label.length);
  });
}

/** Removes media-player stubs from the article and returns what was removed. */
export function dropMediaStubs(root: Element, leaves = new LeafBlocks(root)): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const block of leaves.get()) {
    if (!isMediaStub(block.textContent ?? "") || !root.contains(block) || mediaIn(block).length > 0) continue;
    removeBlock(widen(block, root), MEDIA_STUB_REASON, removed);
  }
  return removed;
}
