/**
 * Word tables for two model features: how much a block speaks to the reader ("you", "vous",
 * "du", "voi", …) and whether it opens with an imperative ("subscribe", "abonnez-vous",
 * "iscriviti", …). Asks are addressed to the reader; reporting is about third parties. Only
 * forms that are unambiguous in their language are listed (German "Sie" and Spanish "su" are
 * also "they"/"her"), in the languages the phrase tables cover.
 */

export const SECOND_PERSON_WORDS: ReadonlySet<string> = new Set([
  // en
  "you", "your", "yours", "yourself", "you're", "you'll", "you've", "you'd",
  // de
  "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure",
  // fr
  "vous", "votre", "vos", "tu", "ton", "ta", "tes", "toi",
  // es
  "usted", "ustedes", "tú", "tus", "vosotros", "vuestro", "vuestra",
  // it
  "voi", "vostro", "vostra", "vostri", "tuo", "tua", "tuoi",
  // pt
  "você", "vocês", "teu", "tua", "vosso",
  // nl
  "jij", "jou", "jouw", "uw",
  // sv, pl, ru
  "din", "ditt", "dina", "twój", "twoja", "wasz", "wasza", "вы", "ваш", "ваша", "вас", "ты", "твой",
]);

export const IMPERATIVE_OPENINGS: ReadonlySet<string> = new Set([
  // en
  "subscribe", "sign", "join", "donate", "support", "follow", "share", "read", "click", "download", "get", "listen",
  "watch", "register", "log", "learn", "discover", "see", "check", "try", "become", "give", "help", "tap", "visit",
  "enter", "like", "save", "explore", "find", "shop", "buy", "order", "contact", "email", "tell", "send", "leave",
  "keep", "stay", "start", "continue", "upgrade", "unlock", "claim", "book", "don't", "please", "connect", "install",
  // de
  "abonnieren", "abonniere", "abonnieren", "melde", "melden", "folge", "folgen", "lies", "lesen", "teile", "teilen",
  "unterstütze", "unterstützen", "registriere", "spende", "spenden", "höre", "hören", "entdecke", "entdecken", "jetzt", "hier",
  // fr
  "abonnez", "abonnez-vous", "inscrivez", "inscrivez-vous", "suivez", "soutenez", "partagez", "lisez", "découvrez",
  "téléchargez", "écoutez", "cliquez", "recevez", "rejoignez", "faites", "donnez", "retrouvez", "lire", "voir",
  // es
  "suscríbete", "suscríbase", "síguenos", "sigue", "comparte", "lee", "descubre", "descarga", "escucha", "únete",
  "apoya", "dona", "regístrate", "recibe", "haz",
  // it
  "abbonati", "iscriviti", "seguici", "segui", "condividi", "leggi", "scopri", "scarica", "ascolta", "clicca",
  "sostieni", "ricevi", "registrati", "accedi",
  // pt
  "assine", "inscreva", "inscreva-se", "siga", "compartilhe", "leia", "descubra", "baixe", "ouça", "clique", "apoie",
  "receba", "cadastre",
  // nl
  "abonneer", "schrijf", "volg", "deel", "lees", "ontdek", "luister", "klik", "steun", "doneer", "ontvang", "registreer",
]);
