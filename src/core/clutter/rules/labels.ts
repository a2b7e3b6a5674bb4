/**
 * Signal table: labels, one table per language. A label is the WHOLE text of a short block
 * ("Advertisement", "Read more", "Most popular") or the lead-in of a link line
 * ("Related: <link>", "Lesen Sie auch: <link>"). They name the component that follows or
 * that they sit in: an ad slot, a recirculation list, a share bar. Matching is on the block's
 * text lower-cased with surrounding punctuation, arrows and counters trimmed; see
 * labelOf() in block-signals.ts. One row per label; add a language by adding a key.
 */
import type { ClutterReason } from "../reasons.js";

export type LabelRow = readonly [label: string, reason: ClutterReason];

export const LABELS: Record<string, readonly LabelRow[]> = {
  en: [
    ["advertisement", "advertisement"], ["advertising", "advertisement"], ["ad", "advertisement"], ["sponsored", "advertisement"],
    ["sponsored content", "advertisement"], ["paid content", "advertisement"], ["story continues below advertisement", "advertisement"],
    ["continue reading below", "advertisement"], ["article continues below", "advertisement"], ["story continues below", "advertisement"],
    ["related", "recirculation-list"], ["related articles", "recirculation-list"], ["related stories", "recirculation-list"],
    ["related posts", "recirculation-list"], ["related content", "recirculation-list"], ["related coverage", "recirculation-list"],
    ["related news", "recirculation-list"], ["read more", "recirculation-list"], ["read next", "recirculation-list"],
    ["see more", "recirculation-list"], ["more stories", "recirculation-list"],
    ["more articles", "recirculation-list"], ["more news", "recirculation-list"], ["more from", "recirculation-list"],
    ["more on this", "recirculation-list"], ["more on this story", "recirculation-list"], ["also read", "recirculation-list"],
    ["read also", "recirculation-list"], ["don't miss", "recirculation-list"], ["you may also like", "recirculation-list"],
    ["you might also like", "recirculation-list"], ["recommended", "recirculation-list"], ["recommended for you", "recirculation-list"],
    ["trending", "recirculation-list"], ["trending now", "recirculation-list"], ["most popular", "recirculation-list"],
    ["most read", "recirculation-list"],     ["latest news", "recirculation-list"], ["top stories", "recirculation-list"], ["editor's picks", "recirculation-list"],
    ["up next", "recirculation-list"], ["watch next", "recirculation-list"], ["in case you missed it", "recirculation-list"],
    ["share", "share-tools"], ["share this", "share-tools"], ["share this article", "share-tools"], ["share this story", "share-tools"],
    ["share on facebook", "share-tools"], ["share on twitter", "share-tools"], ["share via email", "share-tools"],
    ["copy link", "share-tools"],
    ["subscribe", "subscription-pitch"], ["sign in", "subscription-pitch"], ["log in", "subscription-pitch"],
    ["sign up", "newsletter-signup"], ["donate", "donation-ask"],     ["listen to this article", "audio-player"],     ["comments", "comments"], ["leave a comment", "comments"], ["join the conversation", "comments"], ["show comments", "comments"],
    ["view comments", "comments"], ["add a comment", "comments"],
    ["about the author", "author-bio"], ["about the authors", "author-bio"], ["view author archive", "author-bio"],
    ["email the author", "author-bio"], ["follow on twitter", "follow-author"], ["follow us", "follow-author"],
    ["skip to content", "navigation"], ["skip to main content", "navigation"], ["back to top", "navigation"],     ["enlarge image", "gallery-controls"], ["enlarge this image", "gallery-controls"], ["view gallery", "gallery-controls"],
    ["toggle caption", "gallery-controls"],         ["loading content", "gallery-controls"], ["this slideshow requires javascript", "gallery-controls"],
  ],
  de: [
    ["anzeige", "advertisement"], ["werbung", "advertisement"], ["gesponsert", "advertisement"],
    ["mehr zum thema", "recirculation-list"], ["lesen sie auch", "recirculation-list"], ["auch interessant", "recirculation-list"],
    ["das könnte sie auch interessieren", "recirculation-list"], ["meistgelesen", "recirculation-list"], ["meistgelesene artikel", "recirculation-list"],
    ["weitere artikel", "recirculation-list"], ["verwandte artikel", "recirculation-list"], ["empfohlen", "recirculation-list"],     ["lesen sie mehr", "recirculation-list"], ["weiterlesen", "recirculation-list"], ["teilen", "share-tools"], ["artikel teilen", "share-tools"],
    ["drucken", "share-tools"], ["kommentare", "comments"], ["artikel anhören", "audio-player"], ["über den autor", "author-bio"],
    ["über die autorin", "author-bio"], ["jetzt abonnieren", "subscription-pitch"], ["anmelden", "subscription-pitch"], ["jetzt spenden", "donation-ask"],
  ],
  fr: [
    ["publicité", "advertisement"], ["contenu sponsorisé", "advertisement"], ["à lire aussi", "recirculation-list"], ["lire aussi", "recirculation-list"],
    ["sur le même sujet", "recirculation-list"], ["les plus lus", "recirculation-list"], ["voir aussi", "recirculation-list"],
    ["à voir également", "recirculation-list"], ["à voir aussi", "recirculation-list"], ["lire la suite", "recirculation-list"],
    ["articles similaires", "recirculation-list"], ["partager", "share-tools"], ["partager cet article", "share-tools"], ["imprimer", "share-tools"],
    ["commentaires", "comments"], ["écouter cet article", "audio-player"], ["à propos de l'auteur", "author-bio"], ["s'abonner", "subscription-pitch"],
    ["je m'abonne", "subscription-pitch"], ["se connecter", "subscription-pitch"], ["faire un don", "donation-ask"],
  ],
  es: [
    ["publicidad", "advertisement"], ["anuncio", "advertisement"], ["contenido patrocinado", "advertisement"], ["lee también", "recirculation-list"],
    ["lea también", "recirculation-list"], ["te puede interesar", "recirculation-list"], ["le puede interesar", "recirculation-list"],
    ["más leídas", "recirculation-list"], ["lo más leído", "recirculation-list"], ["noticias relacionadas", "recirculation-list"],
    ["relacionado", "recirculation-list"], ["relacionadas", "recirculation-list"], ["leer más", "recirculation-list"], ["ver más", "recirculation-list"],
    ["compartir", "share-tools"], ["comentarios", "comments"], ["escuchar", "audio-player"], ["escucha este artículo", "audio-player"],
    ["suscríbete", "subscription-pitch"], ["iniciar sesión", "subscription-pitch"], ["dona", "donation-ask"],
  ],
  it: [
    ["pubblicità", "advertisement"], ["contenuto sponsorizzato", "advertisement"], ["leggi anche", "recirculation-list"],
    ["potrebbe interessarti", "recirculation-list"], ["ti potrebbe interessare", "recirculation-list"], ["i più letti", "recirculation-list"],
    ["articoli correlati", "recirculation-list"], ["leggi di più", "recirculation-list"], ["condividi", "share-tools"], ["commenti", "comments"],
    ["ascolta l'articolo", "audio-player"], ["abbonati", "subscription-pitch"], ["dona ora", "donation-ask"],
  ],
  pt: [
    ["publicidade", "advertisement"], ["patrocinado", "advertisement"], ["leia também", "recirculation-list"], ["veja também", "recirculation-list"],
    ["mais lidas", "recirculation-list"], ["notícias relacionadas", "recirculation-list"], ["leia mais", "recirculation-list"],
    ["relacionadas", "recirculation-list"], ["compartilhe", "share-tools"], ["compartilhar", "share-tools"], ["partilhar", "share-tools"],
    ["comentários", "comments"], ["ouça esta matéria", "audio-player"], ["assine", "subscription-pitch"],   ],
  nl: [
    ["advertentie", "advertisement"], ["gesponsord", "advertisement"], ["lees ook", "recirculation-list"], ["lees meer", "recirculation-list"],
    ["meer over", "recirculation-list"], ["meest gelezen", "recirculation-list"], ["gerelateerde artikelen", "recirculation-list"],
    ["delen", "share-tools"], ["deel dit artikel", "share-tools"], ["reacties", "comments"], ["luister dit artikel", "audio-player"],
    ["word abonnee", "subscription-pitch"], ["inloggen", "subscription-pitch"], ["doneer", "donation-ask"],
  ],
};
