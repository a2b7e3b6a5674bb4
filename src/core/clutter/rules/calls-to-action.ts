/**
 * Signal table: calls to action in text, one table per language. A row is
 * [pattern, reason, strength]: "strong" phrases are addressed to the reader and almost never
 * occur in reporting ("already a subscriber?", "sign up for our newsletter"); "weak" ones are
 * words that clutter uses but prose uses too ("newsletter", "donation"). Text alone never
 * removes a block: the classifier adds these to structure and attribute signals, and prose
 * protection vetoes them for sentence-like paragraphs (see classify-block.ts).
 *
 * All languages are tried on every page (pages mix languages, and `lang` is often wrong).
 * Patterns are matched case-insensitively against whitespace-normalised text with typographic
 * apostrophes folded to "'". Adding a language or a phrase is one row here plus a test.
 */
import type { ClutterReason } from "../reasons.js";

export type Strength = "strong" | "weak";
export type CtaRow = readonly [pattern: RegExp, reason: ClutterReason, strength: Strength];

// Social networks, for "follow X on …" rows.
const NET = "(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube|telegram|whatsapp)";

export const CALLS_TO_ACTION: Record<string, readonly CtaRow[]> = {
  en: [
    [/\bsign(?:ing)? up (?:for|to) (?:our|my|this) (?:free |daily |weekly )?(?:[\w'-]+ ){0,3}(?:newsletters?|briefing|digest|emails?)\b/i, "newsletter-signup", "strong"],
    [/\bsubscribe to (?:our|my) (?:free |daily |weekly )?(?:[\w'-]+ ){0,3}(?:newsletters?|briefing|digest|emails?|podcast|channel)\b/i, "newsletter-signup", "strong"],
    // "the"/"a" newsletter only as an imperative opening a sentence ("Sign up for the newsletter").
    [/(?:^|[.!?:]\s+)(?:sign up|subscribe|register) (?:for|to)\b.{0,80}\b(?:newsletters?|briefing|digest)\b/i, "newsletter-signup", "strong"],
    [/\b(?:in|to|into|straight to|delivered to) your inbox\b/i, "newsletter-signup", "strong"],
    [/\bget (?:our|the) latest (?:news|stories|headlines)\b/i, "newsletter-signup", "strong"],
    [/\bsubscribe to get\b/i, "newsletter-signup", "strong"],
    [/\benter your e-?mail(?: address)?\b/i, "newsletter-signup", "strong"],
    [/\bnewsletters?\b/i, "newsletter-signup", "weak"],
    [/\bsign up\b/i, "newsletter-signup", "weak"],
    [/\balready (?:a |an )?(?:subscriber|member|registered)\b/i, "subscription-pitch", "strong"],
    [/\bsubscribe (?:now|today|for (?:just |only )?[$£€]|and save)\b/i, "subscription-pitch", "strong"],
    [/\b(?:log|sign) ?in (?:to|and) (?:continue|keep reading|read)\b/i, "subscription-pitch", "strong"],
    [/\bto (?:continue|keep) reading\b/i, "subscription-pitch", "strong"],
    [/\bunlimited (?:digital )?access\b/i, "subscription-pitch", "strong"],
    [/\b(?:for|exclusive to) (?:paid |paying )?subscribers(?: only)?\b/i, "subscription-pitch", "weak"],
    [/\bsubscribe\b|\bsubscription\b/i, "subscription-pitch", "weak"],
    [/\b(?:make|making) a (?:recurring |one-time |monthly |tax-deductible |small )?(?:donation|gift|contribution)\b/i, "donation-ask", "strong"],
    [/\bsupport (?:our|independent|quality|local|nonprofit|this) (?:[\w-]+ )?(?:journalism|reporting|newsroom|work)\b/i, "donation-ask", "strong"],
    [/\b(?:donate|give|contribute) (?:now|today)\b/i, "donation-ask", "strong"],
    [/\bhelp (?:us )?keep\b.{0,60}\b(?:free|open|independent)\b/i, "donation-ask", "strong"],
    [/\bbecome a (?:member|supporter|patron|sustaining member)\b/i, "donation-ask", "strong"],
    [/\bdonat(?:e|ion|ions)\b|\bchip in\b/i, "donation-ask", "weak"],
    [/\bwas this (?:article|page|story|post|information|content|answer) (?:helpful|useful)\b/i, "feedback-widget", "strong"],
    [/\bdid you (?:find|like|enjoy) this (?:article|story|post)\b/i, "feedback-widget", "strong"],
    [/\bsorry to hear that\b|\bgive us another try\b|\bthanks? (?:you )?for your feedback\b/i, "feedback-widget", "strong"],
    [new RegExp(`^follow (?:[\\w.'@-]+ ){1,4}on ${NET}\\b`, "i"), "follow-author", "strong"],
    [new RegExp(`\\bfollow (?:him|her|them|us|me) (?:on|at) ${NET}\\b`, "i"), "follow-author", "strong"],
    [/\blisten to (?:this|the) (?:article|story)\b|\baudio version of this\b/i, "audio-player", "strong"],
    [/\bdownload (?:our|the) (?:free )?(?:[\w-]+ ){0,3}app\b|\bget (?:our|the) (?:free )?(?:[\w-]+ ){0,3}app\b/i, "app-promo", "strong"],
  ],
  de: [
    [/\bnewsletter\b.{0,50}\b(?:abonnieren|bestellen|anmelden|registrieren)\b/i, "newsletter-signup", "strong"],
    [/\bjetzt (?:kostenlos )?(?:zum newsletter )?anmelden\b/i, "newsletter-signup", "strong"],
    [/\bin (?:ihr(?:em)?|dein(?:em)?) (?:e-mail-)?(?:postfach|posteingang)\b/i, "newsletter-signup", "strong"],
    [/\b(?:bereits|schon) abonnent\b/i, "subscription-pitch", "strong"],
    [/\bjetzt (?:\w+ )?abonnieren\b|\babo abschließen\b|\bzum abo\b/i, "subscription-pitch", "strong"],
    [/\bum (?:den artikel )?weiterzulesen\b|\bweiterlesen mit\b/i, "subscription-pitch", "strong"],
    [/\babonn|\babo\b/i, "subscription-pitch", "weak"],
    [/\bjetzt spenden\b|\bunterstützen sie (?:unseren?|den|unabhängigen) (?:\w+ )?journalismus\b|\bmitglied werden\b/i, "donation-ask", "strong"],
    [/\bspende\b|\bspenden\b/i, "donation-ask", "weak"],
    [/\bwar (?:dieser|der) (?:artikel|beitrag) hilfreich\b|\bhat ihnen (?:dieser|der) (?:artikel|beitrag) gefallen\b/i, "feedback-widget", "strong"],
    [new RegExp(`\\bfolgen sie (?:uns|[\\w.-]+ [\\w.-]+) (?:auf|bei) ${NET}\\b`, "i"), "follow-author", "strong"],
    [/\b(?:artikel|beitrag) (?:vor)?lesen lassen\b|\b(?:artikel|beitrag) anhören\b/i, "audio-player", "strong"],
    [/\b(?:laden sie|holen sie sich) (?:unsere|die) (?:[\w-]+ ){0,2}app\b|\bapp (?:herunterladen|laden)\b/i, "app-promo", "strong"],
  ],
  fr: [
    [/\b(?:inscrivez-vous|abonnez-vous) à (?:notre|la|nos) (?:newsletter|lettre|infolettre)s?\b/i, "newsletter-signup", "strong"],
    [/\bdans votre boîte (?:mail|e-mail|aux lettres|de réception)\b/i, "newsletter-signup", "strong"],
    [/\bdéjà abonnée?\b/i, "subscription-pitch", "strong"],
    [/\b(?:réservée?s? aux abonnés)\b|\bpour lire la suite\b|\babonnez-vous\b/i, "subscription-pitch", "strong"],
    [/\babonnement\b|\babonnés?\b/i, "subscription-pitch", "weak"],
    [/\bfaites un don\b|\bsoutenez (?:notre|le|un|l') ?(?:\w+ )?journalisme\b|\bdevenez (?:membre|adhérent)\b/i, "donation-ask", "strong"],
    [/\bdons?\b/i, "donation-ask", "weak"],
    [/\bcet article vous a-t-il été utile\b|\bcet article vous a plu\b/i, "feedback-widget", "strong"],
    [new RegExp(`\\bsuivez(?:-nous| [\\w.-]+(?: [\\w.-]+)?) sur ${NET}\\b`, "i"), "follow-author", "strong"],
    [/\bécouter (?:cet|l') ?article\b/i, "audio-player", "strong"],
    [/\btéléchargez (?:notre|l') ?(?:application|app)\b/i, "app-promo", "strong"],
  ],
  es: [
    [/\b(?:suscríbete|suscribete|suscríbase|regístrate) (?:a|en) (?:nuestro|nuestra|el|la|nuestros) (?:boletín|newsletter|boletines)\b/i, "newsletter-signup", "strong"],
    [/\ben tu (?:bandeja de entrada|correo|email)\b/i, "newsletter-signup", "strong"],
    [/\bya eres suscriptora?\b|\b¿ya tienes (?:una )?cuenta\b/i, "subscription-pitch", "strong"],
    [/\bsuscríbete\b|\bsuscribete\b|\bexclusivo para suscriptores\b|\bpara seguir leyendo\b/i, "subscription-pitch", "strong"],
    [/\bsuscripci[oó]n\b|\bsuscriptores\b/i, "subscription-pitch", "weak"],
    [/\bhaz una donación\b|\bdona ahora\b|\bapoya (?:nuestro|el|al) (?:\w+ )?periodismo\b|\bhazte (?:socio|socia|miembro)\b/i, "donation-ask", "strong"],
    [/\bdonaci[oó]n(?:es)?\b/i, "donation-ask", "weak"],
    [/\b(?:te|le) (?:ha )?(?:resultado|parecido) útil\b|\b(?:fue|ha sido|es) útil (?:este|esta) (?:artículo|nota|información)\b/i, "feedback-widget", "strong"],
    [new RegExp(`\\bsíguenos en ${NET}\\b|\\bsigue a [\\w.-]+(?: [\\w.-]+)? en ${NET}\\b`, "i"), "follow-author", "strong"],
    [/\bescucha (?:este|esta|el|la) (?:artículo|nota|noticia)\b/i, "audio-player", "strong"],
    [/\bdescarga (?:nuestra|la) (?:[\w-]+ )?app\b/i, "app-promo", "strong"],
  ],
  it: [
    [/\biscriviti alla (?:nostra )?newsletter\b/i, "newsletter-signup", "strong"],
    [/\bnella tua (?:casella|inbox|posta)\b/i, "newsletter-signup", "strong"],
    [/\b(?:sei )?già abbonat[oa]\b|\briservato agli abbonati\b|\bper continuare a leggere\b/i, "subscription-pitch", "strong"],
    [/\babbonati (?:ora|subito)\b/i, "subscription-pitch", "strong"],
    [/\babbonament[oi]\b|\babbonati\b/i, "subscription-pitch", "weak"],
    [/\bfai una donazione\b|\bdona ora\b|\bsostieni (?:il nostro |il |l')?(?:\w+ )?giornalismo\b|\bdiventa (?:socio|membro|sostenitore)\b/i, "donation-ask", "strong"],
    [/\bdonazion[ei]\b/i, "donation-ask", "weak"],
    [/\bquesto articolo (?:ti )?è stato utile\b|\bti è piaciuto (?:questo|l') ?articolo\b/i, "feedback-widget", "strong"],
    [new RegExp(`\\bseguici su ${NET}\\b|\\bsegui [\\w.-]+(?: [\\w.-]+)? su ${NET}\\b`, "i"), "follow-author", "strong"],
    [/\bascolta (?:questo |l')articolo\b/i, "audio-player", "strong"],
    [/\bscarica (?:la nostra |l')app\b/i, "app-promo", "strong"],
  ],
  pt: [
    [/\b(?:assine|inscreva-se|cadastre-se|receba)(?: (?:a|na|em) nossa| (?:a|na))? newsletter\b/i, "newsletter-signup", "strong"],
    [/\bna sua caixa de (?:entrada|e-mail|correio)\b/i, "newsletter-signup", "strong"],
    [/\bjá é assinante\b|\bconteúdo exclusivo para assinantes\b|\bpara continuar (?:lendo|a ler)\b|\bassine (?:já|agora)\b/i, "subscription-pitch", "strong"],
    [/\bassinatura\b|\bassinantes?\b/i, "subscription-pitch", "weak"],
    [/\bfaça uma doação\b|\bdoe agora\b|\bapoie o (?:nosso )?jornalismo\b|\bseja (?:sócio|membro|apoiador)\b/i, "donation-ask", "strong"],
    [/\bdoaç(?:ão|ões)\b/i, "donation-ask", "weak"],
    [/\b(?:esta|este) (?:matéria|notícia|reportagem|artigo) (?:foi|lhe foi) útil\b/i, "feedback-widget", "strong"],
    [new RegExp(`\\bsiga-nos n[oa] ${NET}\\b|\\bsiga (?:o|a) [\\w.-]+(?: [\\w.-]+)? n[oa] ${NET}\\b`, "i"), "follow-author", "strong"],
    [/\bouça (?:esta|este|a|o) (?:matéria|notícia|reportagem|artigo)\b/i, "audio-player", "strong"],
    [/\bbaixe (?:o nosso |o )?app\b/i, "app-promo", "strong"],
  ],
  nl: [
    [/\b(?:meld je|schrijf je) (?:nu )?(?:aan|in) voor (?:onze|de) (?:[\w-]+ )?nieuwsbrief\b/i, "newsletter-signup", "strong"],
    [/\bin je (?:mailbox|inbox)\b/i, "newsletter-signup", "strong"],
    [/\bnieuwsbrief\b/i, "newsletter-signup", "weak"],
    [/\b(?:ben je |bent u )?al abonnee\b|\bneem (?:nu )?een abonnement\b|\bword(?:t)? abonnee\b|\bom verder te lezen\b/i, "subscription-pitch", "strong"],
    [/\babonnement\b|\babonnees?\b/i, "subscription-pitch", "weak"],
    [/\bdoneer (?:nu|vandaag)\b|\bsteun (?:onze|onafhankelijke|de) (?:\w+ )?journalistiek\b|\bword (?:lid|donateur)\b/i, "donation-ask", "strong"],
    [/\bdonatie\b|\bgift\b/i, "donation-ask", "weak"],
    [/\bwas dit artikel (?:nuttig|behulpzaam)\b/i, "feedback-widget", "strong"],
    [new RegExp(`\\bvolg (?:ons|[\\w.-]+(?: [\\w.-]+)?) op ${NET}\\b`, "i"), "follow-author", "strong"],
    [/\bluister (?:naar )?(?:dit|het) artikel\b/i, "audio-player", "strong"],
    [/\bdownload (?:onze|de) (?:[\w-]+ )?app\b/i, "app-promo", "strong"],
  ],
};
