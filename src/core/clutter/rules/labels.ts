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
    "recirculation-list": ["related", "related articles", "related stories", "related posts", "related content", "related coverage", "related news", "read more", "read next", "see more", "more stories", "more articles", "more news", "more from", "more on this", "more on this story", "also read", "read also", "don't miss", "you may also like", "you might also like", "recommended", "recommended for you", "trending", "trending now", "most popular", "most read", "latest news", "top stories", "editor's picks", "up next", "watch next", "in case you missed it", "keep reading", "related reading", "recommended reading", "recommended stories", "what to read next", "read this next", "more like this", "more stories like this", "more to read", "you may be interested in", "you might be interested in", "you may have missed", "most viewed", "most shared", "popular now", "latest stories", "explore more", "more coverage", "related topics", "load more", "load more stories", "you may also enjoy", "you might also enjoy", "posts you may enjoy", "other posts you may enjoy"],
    "share-tools": ["share", "share this", "share this article", "share this story", "share on facebook", "share on twitter", "share via email", "copy link", "share this page", "share this post", "share article", "share story", "share via", "share on whatsapp", "share on linkedin", "email this article", "send to a friend", "gift this article", "gift article"],
    "subscription-pitch": ["subscribe", "sign in", "log in", "subscribe now", "subscribe today", "upgrade to paid", "join now"],
    "newsletter-signup": ["sign up", "get alerts", "turn on notifications", "get breaking news alerts"],
    "donation-ask": ["donate", "support us", "donate now", "support our journalism", "support our work"],
    "audio-player": ["listen to this article", "listen", "listen now", "listen to the podcast", "listen on apple podcasts", "listen on spotify", "listen to this story"],
    comments: ["comments", "leave a comment", "join the conversation", "show comments", "view comments", "add a comment", "what do you think", "be the first to comment", "leave a reply", "post a comment", "write a comment", "no comments yet", "comments are closed"],
    "author-bio": ["about the author", "about the authors", "view author archive", "email the author"],
    "follow-author": ["follow on twitter", "follow us", "follow", "follow author", "follow this author", "get email updates", "email updates", "sign up for email updates"],
    navigation: ["skip to content", "skip to main content", "back to top"],
    "gallery-controls": ["enlarge image", "enlarge this image", "view gallery", "toggle caption", "loading content", "this slideshow requires javascript"],
    "affiliate-disclosure": ["affiliate disclosure", "disclosure"],
  },
  de: {
    advertisement: ["anzeige", "werbung", "gesponsert"],
    "recirculation-list": ["mehr zum thema", "lesen sie auch", "auch interessant", "das könnte sie auch interessieren", "meistgelesen", "meistgelesene artikel", "weitere artikel", "verwandte artikel", "empfohlen", "lesen sie mehr", "weiterlesen", "auch lesenswert", "zum thema", "weitere nachrichten", "passend zum thema", "das könnte sie interessieren", "mehr aus dem ressort", "zum weiterlesen", "lesetipp", "lesetipps", "beliebte artikel", "neueste artikel", "schon gelesen", "das könnte dich auch interessieren", "das könnte dich interessieren", "ähnliche beiträge", "weitere beiträge", "lade weitere inhalte", "mehr laden", "meistdiskutierte artikel", "meistdiskutiert", "vorschau auf den nächsten artikel"],
    "share-tools": ["teilen", "artikel teilen", "drucken", "artikel verschenken", "beitrag teilen"],
    comments: ["kommentare", "kommentare schreiben", "kommentar schreiben", "schreibe einen kommentar", "noch keine kommentare", "kommentieren", "keine kommentare"],
    "audio-player": ["artikel anhören", "podcast hören", "jetzt anhören"],
    "author-bio": ["über den autor", "über die autorin"],
    "subscription-pitch": ["jetzt abonnieren", "anmelden"],
    "donation-ask": ["jetzt spenden", "jetzt unterstützen", "unterstützen sie uns"],
    "follow-author": ["autor folgen", "autorin folgen", "folgen"],
    "gallery-controls": ["bild anzeigen", "bilder anzeigen", "zum vergrößern klicken"],
  },
  fr: {
    advertisement: ["publicité", "contenu sponsorisé"],
    "recirculation-list": ["à lire aussi", "lire aussi", "plus d'actualités", "recommandé pour vous", "sur le même sujet", "les plus lus", "voir aussi", "à voir également", "à voir aussi", "lire la suite", "articles similaires", "à lire également", "lire également", "à découvrir", "à découvrir aussi", "vous aimerez aussi", "vous pourriez aimer", "vous pourriez aussi aimer", "dans la même rubrique", "sur le même thème", "nos derniers articles", "derniers articles", "les plus partagés", "les plus consultés", "plus d'articles", "autres articles", "du même auteur", "pour aller plus loin", "à ne pas manquer", "à lire", "charger plus", "voir plus d'articles"],
    "share-tools": ["partager", "partager cet article", "imprimer", "partager sur facebook", "partager par e-mail", "partager par email", "partager sur x", "partager l'article", "offrir cet article", "offrir l'article", "envoyer par e-mail", "partagez"],
    comments: ["commentaires", "laisser un commentaire", "réagir", "réagissez"],
    "audio-player": ["écouter cet article", "écouter", "écouter le podcast", "écouter l'article"],
    "author-bio": ["à propos de l'auteur"],
    "subscription-pitch": ["s'abonner", "je m'abonne", "se connecter", "devenir abonné", "découvrir les offres"],
    "donation-ask": ["faire un don", "je soutiens", "soutenez-nous", "je fais un don", "nous soutenir"],
    "follow-author": ["suivre", "suivre cet auteur", "suivre l'auteur", "suivre cette autrice", "suivre ce journaliste"],
  },
  es: {
    advertisement: ["publicidad", "anuncio", "contenido patrocinado"],
    "recirculation-list": ["lee también", "lea también", "te puede interesar", "recomendado para ti", "le puede interesar", "más leídas", "lo más leído", "noticias relacionadas", "relacionado", "relacionadas", "leer más", "ver más", "te recomendamos", "más noticias", "también te puede interesar", "lo más visto", "contenido relacionado", "te puede gustar", "últimas noticias", "lea más", "lee más", "puedes ver", "puede ver", "mira también", "lea", "lee", "cargar más", "también puede leer", "mira"],
    "share-tools": ["compartir", "compartir en facebook", "comparte"],
    comments: ["comentarios", "deja un comentario", "escribe un comentario"],
    "audio-player": ["escuchar", "escucha este artículo", "escuchar el pódcast", "escuchar el podcast"],
    "subscription-pitch": ["suscríbete", "iniciar sesión"],
    "donation-ask": ["dona", "apóyanos"],
    "follow-author": ["seguir al autor", "seguir"],
  },
  it: {
    advertisement: ["pubblicità", "contenuto sponsorizzato"],
    "recirculation-list": ["leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "i più letti", "articoli correlati", "leggi di più", "potrebbe interessarti anche", "ti potrebbe interessare anche", "potrebbero interessarti", "da non perdere", "leggi altro", "altri articoli", "ultime notizie", "articoli consigliati", "consigliati per te", "più letti", "i più visti", "altre notizie", "sullo stesso argomento", "vedi anche", "guarda anche", "ti consigliamo", "correlati", "approfondisci", "approfondimenti", "dello stesso autore", "ultimi articoli", "leggi pure", "carica altri"],
    "share-tools": ["condividi", "condividi su facebook", "condividi questo articolo", "condividi l'articolo", "regala questo articolo", "regala l'articolo", "condividi via email"],
    comments: ["commenti", "lascia un commento"],
    "audio-player": ["ascolta l'articolo", "ascolta", "ascolta il podcast", "ascolta la puntata"],
    "subscription-pitch": ["abbonati"],
    "donation-ask": ["dona ora", "sostienici", "sostieni", "dona"],
    "follow-author": ["segui", "segui l'autore", "segui l'autrice"],
  },
  pt: {
    advertisement: ["publicidade", "patrocinado"],
    "recirculation-list": ["leia também", "veja também", "mais lidas", "notícias relacionadas", "leia mais", "relacionadas", "saiba mais", "mais notícias", "você pode gostar", "recomendados para você", "leia a seguir", "últimas notícias", "carregar mais"],
    "share-tools": ["compartilhe", "compartilhar", "partilhar"],
    comments: ["comentários", "deixe um comentário"],
    "audio-player": ["ouça esta matéria", "ouça o podcast"],
    "subscription-pitch": ["assine"],
    "follow-author": ["siga o autor", "seguir"],
    "donation-ask": ["apoie"],
  },
  nl: {
    advertisement: ["advertentie", "gesponsord"],
    "recirculation-list": ["lees ook", "lees meer", "meer over", "meest gelezen", "gerelateerde artikelen", "meer nieuws", "ook interessant", "gerelateerd", "aanbevolen", "dit vind je misschien ook interessant", "laatste nieuws"],
    "share-tools": ["delen", "deel dit artikel"],
    comments: ["reacties"],
    "audio-player": ["luister dit artikel", "luister de podcast", "luister naar de podcast"],
    "subscription-pitch": ["word abonnee", "inloggen"],
    "donation-ask": ["doneer", "steun ons"],
    "follow-author": ["volg", "volg deze auteur", "volg de auteur"],
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
