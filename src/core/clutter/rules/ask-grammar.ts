/**
 * Word classes for asks in a shape no phrase row has seen (composed-ask.ts): who the line speaks
 * to, who speaks, how it opens, and what it offers. A phrase row names one ask; these name the
 * parts every ask is built from, so a new ask that combines them is caught without a row of its
 * own. Lower-case words, per language; a word ending in "*" is a prefix.
 */
import type { ClutterReason } from "../reasons.js";

/**
 * Addressed to the reader: "you", "vous", "tu", "du" (German's "Sie" is read by case, see
 * composed-ask.ts). Not French "ton" nor Spanish "os": English has "a ton of" and "OS".
 */
export const READER_WORDS = [
  "you", "your", "you're", "yours", "yourself",
  "vous", "votre", "vos", "tu", "ta", "tes", "te", "toi",
  "ti", "tuo", "tua", "tuoi", "tue", "vostro", "vostra", "vostri", "vostre",
  "du", "dein", "deine", "deinen", "deinem", "deiner", "dich", "dir",
  "tú", "tus", "usted", "ustedes", "vosotros",
];

/** The outlet speaking about itself: "we", "our", "nous", "unser" ("US" in capitals is a country, see composed-ask.ts). */
export const SELF_WORDS = [
  "we", "our", "us", "we're", "we've", "ours",
  "nous", "notre", "nos",
  "noi", "nostro", "nostra", "nostri", "nostre",
  "wir", "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "uns",
  "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras",
];

/** Verbs that open an ask as an imperative (the first word of a sentence). */
export const IMPERATIVE_WORDS = [
  "get", "join", "sign", "subscribe", "support", "donate", "give", "listen", "follow", "share", "send", "download",
  "try", "allow", "turn", "enable", "tap", "click", "become", "help", "don't", "start", "upgrade", "switch", "register",
  "abonnez-vous", "soutenez-nous", "rejoignez", "recevez", "activez", "envoyez", "écoutez", "partagez", "offrez", "téléchargez", "inscrivez-vous", "aidez-nous", "suivez",
  "iscriviti", "abbonati", "sostienici", "attiva", "ricevi", "scarica", "ascolta", "segui", "condividi", "manda", "invia", "regala", "unisciti", "diventa", "aiutaci",
  "abonniere", "unterstütze", "aktiviere", "hol", "lade", "hör", "folge", "teile",
  "suscríbete", "únete", "apóyanos", "recibe", "descarga", "escucha", "sigue", "envía", "comparte", "regala", "hazte", "ayúdanos", "activa", "apúntate",
];

/** What an ask offers or asks for, and so which reason it is. */
export const OFFER_WORDS: Partial<Record<ClutterReason, readonly string[]>> = {
  "subscription-pitch": [
    "subscribe*", "subscription*", "subscriber*", "premium", "membership*", "paywall", "ad-free",
    "abonn*", "abbonat*", "abbonament*", "abo", "abos", "suscri*", "socios", "socias",
  ],
  "newsletter-signup": [
    "newsletter*", "inbox", "notifications", "alerts",
    "infolettre", "courriel", "alertes", "notifiche", "mitteilungen", "benachrichtigung*", "postfach", "boletín", "notificaciones", "alertas",
  ],
  "donation-ask": [
    "donate", "donation*", "donor*", "donating",
    "dons", "donateur*", "donazion*", "donatori", "spende*", "spenden", "donación", "donaciones", "donante*",
  ],
  "audio-player": ["podcast*", "pódcast*"],
  "share-tools": ["whatsapp"],
  // The network, not the verb: "Follow these six tips" is a how-to's first line.
  "follow-author": ["twitter", "instagram", "facebook", "pinterest", "tiktok", "youtube", "linkedin", "bluesky", "mastodon"],
  "app-promo": ["app"],
};

/** Reported speech: a line that reports what someone said is news, whatever it offers. */
export const SPEECH_WORDS = [
  "said", "says", "told", "according", "announced",
  "dit", "déclaré", "selon", "affirmé", "annoncé",
  "detto", "secondo", "dichiarato", "annunciato",
  "sagte", "sagt", "laut", "erklärte", "kündigte",
  "dijo", "según", "afirmó", "anunció", "declaró",
];
