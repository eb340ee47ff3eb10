import { foldText } from './fold.js';

/**
 * Words that only questions use to ask (folded): interrogatives the stop list lacks ("wem",
 * "wofür"), colloquial contractions ("gibt's", "solls", "fürs", "whats"), the forms of the modal
 * verbs the stop list lacks ("müssen", "darf", "sollten": "Ab wann müssen die Behörden …" asks
 * about the duty, which the answer states in its own words), English function words the stop list
 * lacks ("one" in "Can companies get one too?", which the dictionary would make "eins"; "according",
 * "whether", "actually"), the qualifier of an English date ("in mid 2020": the year says which), the modal particles of spoken German ("mal", "überhaupt": "Wurde der
 * seitdem mal geändert?") and the adverb that asks for detail ("Was ändert sich konkret …?"), the pronominal adverbs that point back to the previous turn and the stop
 * list lacks ("seitdem", "davon", "hierfür", and the spoken "drauf", "dran" for "darauf", "daran") and the adverb of an
 * interrogative phrase ("wie hoch", "wie oft", "how long"). They say what is asked, not what about:
 * as query terms the documents never use, they would count as unknown words. Documents are indexed
 * without this list (a relative "wem" is a function word there too, and the stop list is the
 * index's, so changing it would need a reindex).
 */
const QUESTION_ONLY = new Set(
  `wem wen wessen wofur wozu worauf woran worin woruber wodurch wobei wonach wovon woraus wieviel wieviele weswegen inwiefern inwieweit
   worum wogegen mid
   gibts gabs solls wirds ists fürs furs ans ums drum ne nen whats whos hows wheres whens whose
   musst mussen mussten musstest durfen darf darfst durfte durften kannst konnt konnten sollst sollten willst wollt wollte wollten mogen mag magst mochte mochten
   uberhaupt seitdem seither davon daruber danach hierfur hierzu hierbei dorthin drauf dran drin druber draus drunter paar
   konkret going one ones via according regarding concerning whether although though however even actually really currently exactly`.split(/\s+/).filter(Boolean),
);
/**
 * A request in the imperative at the start of a turn ("Nenn mir ein paar davon.", "Nennen Sie bitte
 * einige.", "Erklär mal, …", "Tell me about …", "List the …"): it asks as an interrogative does,
 * and its verb and pronoun say nothing about the subject (as query terms the documents never use,
 * they would count as unknown words). German du- and Sie-forms of the verbs of asking for
 * something to be named, listed, explained or described; their English imperatives.
 */
const REQUEST =
  /^\s*(?:(?:ok(?:ay)?|gut|und|and|so|also|bitte|please)[,\s]+)*(?:(?:nenne?|zähle?|sage?|erkläre?|beschreibe?|schildere?|fasse?)(?:\s+(?:mir|uns))?|(?:nennen|zählen|sagen|erklären|beschreiben|schildern|fassen|geben|listen)\s+sie(?:\s+(?:mir|uns))?|gib(?:\s+(?:mir|uns))?|tell\s+(?:me|us)|give\s+(?:me|us)|(?:name|list)(?=\s+(?:the|all|some|a|an|any|two|three|four|five|several|\d+)\s)|describe|explain|summari[sz]e|outline)(?:[,\s]+(?:bitte|mal|doch|please))*(?![\p{L}-])/iu;

/** The turn opens with a request in the imperative ({@link REQUEST}): "Nenn mir ein paar davon." */
export function opensWithRequest(question: string): boolean {
  return REQUEST.test(question);
}

/**
 * Secondary prepositions made of a preposition and a noun that lives only in them ("im Zuge der
 * Richtlinie", "im Laufe des Jahres", "im Hinblick auf", "in Bezug auf", "im Vorfeld", "mit Blick
 * auf"): the noun is grammar, not a subject (as a query term the documents never use, "Zuge" would
 * count as an unknown word). The preposition stays.
 */
const SECONDARY_PREPOSITION = /(?<!\p{L})(im|in|mit)\s+(?:zuge|laufe|hinblick|bezug|vorfeld|blick)(?=\s+(?:der|des|dem|den|auf|von|eines|einer|[\p{Ll}]+e[rsmn]?\s))/giu;

/** "wie hoch", "wie oft", "how long": the adverb belongs to the interrogative. */
const INTERROGATIVE_PHRASE = /\b(wie|how)\s+(hoch|oft|teuer|lange?|weit|gross|groß|viel|viele|much|many|long|often|high|large|far)\b/giu;

/**
 * "Ende 2020", "Anfang Juni": the qualifier of a date says when in the year or month, which
 * the documents give by another date ("im Dezember 2020"); the year or month says which (as "mid" in "in mid 2020").
 */
const DATE_QUALIFIER =
  /(?<!\p{L})(?:ende|anfang|mitte|beginn)\s+(?=(?:19|20)\d{2}(?!\p{N})|(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|june|july|october|december)(?!\p{L}))/giu;

/**
 * "Wie heißt die Chefin …", "Wie lautet der Name …": the verb asks for a name; the documents give
 * the name without it ("heißt" would match "Das heißt, …" anywhere).
 */
const NAME_PHRASE = /(?<!\p{L})(wie)\s+(?:heißt|heisst|heißen|heissen|hieß|hiess|lautet|lauten|lautete)(?!\p{L})/giu;
/**
 * "Was heißt …", "Was bedeutet …": the verb asks for a meaning; the answer explains the term in
 * its own words ("heißt" would match "Das heißt, …" of any other explanation).
 */
const MEANING_PHRASE = /(?<!\p{L})(was)\s+(?:heißt|heisst|bedeutet|bedeuten)(?!\p{L})/giu;

/**
 * "Wie kommt es, dass …", "Woran liegt es, dass …", "how come": a phrase that asks why; its verb
 * says nothing about the subject ("kommt" would match "kommt dabei schlecht weg").
 */
const REASON_PHRASE = /(?<!\p{L})(?:(?:wie\s+(?:kommt|kam)|woran\s+(?:liegt|lag))\s+(?:es|das)|how\s+come)(?!\p{L})/giu;

/**
 * "Von wann ist der Artikel über …", "When was the report on … published": the noun names the kind
 * of text whose date is asked, not what it is about ("Artikel" would match "Artikel 2 des Gesetzes").
 */
const PUBLICATION_PHRASE =
  /(?<!\p{L})((?:von\s+)?wann\s+(?:ist|stammt|war|wurde|erschien|kam)|when\s+(?:was|did))\s+(?:der|die|das|dieser|diese|dieses|the|this|that)\s+(?:artikel|bericht|beitrag|meldung|pressemitteilung|pressemeldung|nachricht|article|report|press\s+release|news\s+item|piece|story)(?!\p{L})/giu;

/**
 * Noun phrases that only point at what was said ("das Ganze", "die Sache", "the whole thing", "all
 * that"): a pronoun in effect, so their words are no subject ("gesamt", "Ding" would be searched).
 */
const REFERRING_PHRASE = /(?<!\p{L})(?:(?:das|dem|des)\s+ganzen?|(?:die|der)\s+(?:ganzen?\s+)?sache|the\s+whole\s+thing|all\s+(?:this|that))(?![\p{L}-])/giu;

const REFERRING_PHRASE_ONCE = new RegExp(REFERRING_PHRASE.source, 'iu');

/** The turn points back with a noun phrase that only stands for what was said ({@link REFERRING_PHRASE}). */
export function hasReferringPhrase(question: string): boolean {
  return REFERRING_PHRASE_ONCE.test(question);
}

/**
 * "Ganz anderes Thema:", "Andere Frage:", "Zurück zu …", "Different topic:", "Unrelated question:"
 * at the start of a turn: they say that the subject changes, not what it is ("Thema" would have
 * to be covered like a content word).
 */
const TOPIC_SWITCH =
  /^\s*(?:(?:ok(?:ay)?|gut|so|und|and)[,\s]+)?(?:(?:ganz\s+)?(?:anderes|neues)\s+thema|andere\s+frage|noch\s+eine\s+frage|themawechsel|(?:et)?was\s+(?:ganz\s+)?anderes|zurück\s+zu[mr]?|(?:a\s+|an\s+)?(?:different|another|new|unrelated|other)\s+(?:topic|question|subject)|(?:switching|changing)\s+(?:the\s+)?(?:topics?|subjects?)|on\s+another\s+note|something\s+else|unrelated|back\s+to)(?!\p{L})[\s:,.;!-]*/iu;

/** German prepositions naming where something is said. */
const GERMAN_SOURCE = 'laut|gemäß|zufolge';
/**
 * "laut Rechnungshof", "according to the CIO interview": the preposition names where an answer
 * is said, not what it says; as a query term it would match "Laut Ministerium …" anywhere.
 */
const SOURCE_PREPOSITION = new RegExp(`(?<!\\p{L})(?:${GERMAN_SOURCE}|according\\s+to|as\\s+per)(?!\\p{L})`, 'giu');

/** "laut", "gemäß", "zufolge": a preposition naming where something is said. */
const GERMAN_SOURCE_WORD = new RegExp(`^(?:${GERMAN_SOURCE}|gemass)$`, 'iu');
export function isSourcePreposition(word: string): boolean {
  return GERMAN_SOURCE_WORD.test(word);
}

/** A word that only asks ("wem", "solls", "whats"). */
/** Modal particles that are nouns when capitalised ("mal" in "Wurde der mal geändert?", but "zum ersten Mal"). */
const LOWER_CASE_PARTICLES = new Set(['mal', 'eben']);

export function isAskingWord(word: string): boolean {
  if (LOWER_CASE_PARTICLES.has(word)) return true;
  return QUESTION_ONLY.has(foldText(word).replace(/['’]/g, ''));
}

/** The question without the words that only ask (see {@link QUESTION_ONLY}), a topic switch at its start, phrases asking why and source prepositions, for query analysis. */
/** The question without a topic switch at its start ("Unrelated question: …", "Anderes Thema: …"). */
export function withoutTopicSwitch(question: string): string {
  return question.replace(TOPIC_SWITCH, ' ');
}

export function withoutAskingWords(question: string): string {
  return question
    .replace(TOPIC_SWITCH, ' ')
    .replace(REQUEST, ' ')
    .replace(SECONDARY_PREPOSITION, '$1')
    .replace(INTERROGATIVE_PHRASE, '$1')
    .replace(DATE_QUALIFIER, ' ')
    .replace(NAME_PHRASE, '$1')
    .replace(MEANING_PHRASE, '$1')
    .replace(SOURCE_PREPOSITION, ' ')
    .replace(REASON_PHRASE, ' warum ')
    .replace(PUBLICATION_PHRASE, '$1')
    .replace(REFERRING_PHRASE, ' ')
    .replace(/[\p{L}'’]+/gu, (w) => (isAskingWord(w) ? ' ' : w));
}
