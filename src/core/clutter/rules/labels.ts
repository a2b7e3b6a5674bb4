/**
 * Signal table: labels, one table per language. A label is the WHOLE text of a short block
 * ("Advertisement", "Read more", "Most popular") or the lead-in of a link line
 * ("Related: <link>", "Lesen Sie auch: <link>"). They name the component that follows or
 * that they sit in: an ad slot, a recirculation list, a share bar. Matching is on the block's
 * text lower-cased with surrounding punctuation, arrows and counters trimmed; see
 * labelOf() in block-signals.ts. Per language, the labels
 * of each reason; add a language by adding a key.
 */
import type { ClutterReason } from "../reasons.js";

export type LabelsByReason = Partial<Record<ClutterReason, readonly string[]>>;

export const LABELS: Record<string, LabelsByReason> = {
  en: {
    advertisement: ["advertisement", "advertising", "ad", "sponsored", "sponsored content", "paid content", "story continues below advertisement", "continue reading below", "article continues below", "story continues below"],
    "recirculation-list": ["related", "related articles", "related stories", "related posts", "related content", "related coverage", "related news", "read more", "read next", "see more", "more stories", "more articles", "more news", "more from", "more on this", "more on this story", "also read", "read also", "don't miss", "you may also like", "you might also like", "recommended", "recommended for you", "trending", "trending now", "most popular", "most read", "latest news", "top stories", "editor's picks", "up next", "watch next", "in case you missed it"],
    "share-tools": ["share", "share this", "share this article", "share this story", "share on facebook", "share on twitter", "share via email", "copy link"],
    "subscription-pitch": ["subscribe", "sign in", "log in"],
    "newsletter-signup": ["sign up"],
    "donation-ask": ["donate"],
    "audio-player": ["listen to this article"],
    comments: ["comments", "leave a comment", "join the conversation", "show comments", "view comments", "add a comment"],
    "author-bio": ["about the author", "about the authors", "view author archive", "email the author"],
    "follow-author": ["follow on twitter", "follow us"],
    navigation: ["skip to content", "skip to main content", "back to top"],
    "gallery-controls": ["enlarge image", "enlarge this image", "view gallery", "toggle caption", "loading content", "this slideshow requires javascript"],
  },
  de: {
    advertisement: ["anzeige", "werbung", "gesponsert"],
    "recirculation-list": ["mehr zum thema", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren", "meistgelesen", "meistgelesene artikel", "weitere artikel", "verwandte artikel", "empfohlen", "lesen sie mehr", "weiterlesen"],
    "share-tools": ["teilen", "artikel teilen", "drucken"],
    comments: ["kommentare"],
    "audio-player": ["artikel anhören"],
    "author-bio": ["über den autor", "über die autorin"],
    "subscription-pitch": ["jetzt abonnieren", "anmelden"],
    "donation-ask": ["jetzt spenden"],
  },
  fr: {
    advertisement: ["publicité", "contenu sponsorisé"],
    "recirculation-list": ["à lire aussi", "lire aussi", "sur le même sujet", "les plus lus", "voir aussi", "à voir également", "à voir aussi", "lire la suite", "articles similaires"],
    "share-tools": ["partager", "partager cet article", "imprimer"],
    comments: ["commentaires"],
    "audio-player": ["écouter cet article"],
    "author-bio": ["à propos de l'auteur"],
    "subscription-pitch": ["s'abonner", "je m'abonne", "se connecter"],
    "donation-ask": ["faire un don"],
  },
  es: {
    advertisement: ["publicidad", "anuncio", "contenido patrocinado"],
    "recirculation-list": ["lee también", "lea también", "te puede interesar", "le puede interesar", "más leídas", "lo más leído", "noticias relacionadas", "relacionado", "relacionadas", "leer más", "ver más"],
    "share-tools": ["compartir"],
    comments: ["comentarios"],
    "audio-player": ["escuchar", "escucha este artículo"],
    "subscription-pitch": ["suscríbete", "iniciar sesión"],
    "donation-ask": ["dona"],
  },
  it: {
    advertisement: ["pubblicità", "contenuto sponsorizzato"],
    "recirculation-list": ["leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "i più letti", "articoli correlati", "leggi di più"],
    "share-tools": ["condividi"],
    comments: ["commenti"],
    "audio-player": ["ascolta l'articolo"],
    "subscription-pitch": ["abbonati"],
    "donation-ask": ["dona ora"],
  },
  pt: {
    advertisement: ["publicidade", "patrocinado"],
    "recirculation-list": ["leia também", "veja também", "mais lidas", "notícias relacionadas", "leia mais", "relacionadas"],
    "share-tools": ["compartilhe", "compartilhar", "partilhar"],
    comments: ["comentários"],
    "audio-player": ["ouça esta matéria"],
    "subscription-pitch": ["assine"],
  },
  nl: {
    advertisement: ["advertentie", "gesponsord"],
    "recirculation-list": ["lees ook", "lees meer", "meer over", "meest gelezen", "gerelateerde artikelen"],
    "share-tools": ["delen", "deel dit artikel"],
    comments: ["reacties"],
    "audio-player": ["luister dit artikel"],
    "subscription-pitch": ["word abonnee", "inloggen"],
    "donation-ask": ["doneer"],
  },
  ru: {
    advertisement: ["реклама", "на правах рекламы"],
    "recirculation-list": ["читайте также", "по теме", "самое читаемое", "популярное", "похожие статьи", "другие новости"],
    "share-tools": ["поделиться"],
    comments: ["комментарии"],
    "subscription-pitch": ["подписаться"],
  },
  pl: {
    advertisement: ["reklama", "materiał sponsorowany"],
    "recirculation-list": ["czytaj także", "czytaj też", "zobacz także", "zobacz też", "najczęściej czytane", "polecane"],
    "share-tools": ["udostępnij"],
    comments: ["komentarze"],
    "subscription-pitch": ["subskrybuj"],
  },
  sv: {
    advertisement: ["annons"],
    "recirculation-list": ["läs också", "läs även", "läs mer", "mest läst", "relaterat"],
    "share-tools": ["dela", "dela artikeln"],
    comments: ["kommentarer"],
    "subscription-pitch": ["logga in"],
    "donation-ask": ["ge en gåva"],
  },
  ja: {
    advertisement: ["広告"],
    "recirculation-list": ["関連記事", "あわせて読みたい", "人気記事", "よく読まれている記事", "ランキング", "おすすめ記事"],
    "share-tools": ["シェア"],
    comments: ["コメント"],
    "subscription-pitch": ["ログイン"],
  },
  zh: {
    advertisement: ["广告", "廣告"],
    "recirculation-list": ["相关阅读", "相关文章", "相關文章", "延伸阅读", "延伸閱讀", "热门文章", "推荐阅读"],
    "share-tools": ["分享"],
    comments: ["评论", "評論"],
  },
};
