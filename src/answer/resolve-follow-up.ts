import { foldText } from '../text/fold.js';
import { isContent } from '../search/analyzer.js';
import { hasReferringPhrase, isAskingWord, isSourcePreposition } from '../text/question-words.js';
import { STOPWORDS } from '../text/stopwords.js';
import { detectLanguage } from './detect-language.js';
import type { Turn } from './types.js';

export interface Resolution {
  /** The question to retrieve with when it is a follow-up: the previous subject and the new question. */
  resolved: string;
  /** The turn leans on the previous one for its subject. */
  isFollowUp: boolean;
  /** "Was noch?" / "what else?": the same subject, other passages. */
  wantsMore: boolean;
  /** The turn it leans on was declined (so it has no subject to lean on). */
  previousDeclined: boolean;
  /**
   * The turn points back explicitly ("dort", "dafür", "darauf", "dieser Artikel"): whatever else
   * it names, its subject is the previous one's.
   */
  refersBack: boolean;
}

/** Opens a turn that continues the previous one ("Und das Land?", "and when?", "what about …"). */
const CONNECTOR = /^(und|aber|also|sowie|dann|and|but|what about|how about)\b/i;
const MORE = /\b(was noch|sonst noch|noch mehr|noch etwas|weiteres?|weitere|what else|anything else|more)\b/i;
/** "Was noch? Wie soll das organisiert werden?": asking for more at the start, whatever follows. */
const MORE_FIRST = /^(was noch|sonst noch|noch mehr|what else|anything else)\b/i;
/**
 * Words that point back to the previous subject. Articles are no references ("das Wetter"):
 * "das"/"dies"/"this"/"that" count only when no word follows ("Was kostet das?"). "es" is left
 * out: it is mostly expletive ("Wie viele Projekte gibt es?").
 */
/** A turn that sets a topic before its question ("What about X, …?", "Und was ist mit X: …?"). */
const TOPIC_FIRST = /^\s*(?:and\s+|und\s+)?(?:what about|how about|was ist mit|wie ist es mit|wie sieht es (?:mit|bei|in))\s+[^,;:?]+[,;:]\s*(?=\S)/iu;
// "sein" before a word is "his" ("sein Vorgänger"); at the end of a clause it is the verb ("eingeführt sein?").
const REFERENCE = /\b(dort|dorthin|dafür|dazu|davon|damit|darin|daran|dabei|darauf|darüber|daraus|dadurch|dagegen|danach|drauf|dran|drin|drüber|draus|drunter|hierfür|hierzu|hierbei|seitdem|seither|dessen|deren|er|ihn|ihm|ihr|ihre|ihren|ihrem|ihrer|ihres|sein(?=\s+\p{L})|seine|seinen|seinem|seiner|seines|it|they|them|there|its|their|he|she|him|his)\b|\b(das|dies|dieses|diese|this|that|these)\b(?!\s+[\p{L}\p{N}])/giu;
/**
 * German "das"/"dies" before a function word is a pronoun, not an article: an article stands
 * before its adjective or noun ("Warum ist das so wichtig?", "Was kostet das eigentlich?",
 * "Warum ist das laut Ulbrich wichtig?" point back; "Wann startet das Portal?" does not).
 */
const PRONOUN_BEFORE = /\b(?:das|dies)\s+([\p{L}]+)/giu;
/** A count without the thing counted ("Wie viele waren es am Anfang?", "How many were there in 2019?"): what the previous turn counted. */
const BARE_COUNT = /^\s*(?:und\s+|and\s+)?(?:wie\s*viele?|how\s+many)\s+(?:waren|sind|wären|werden|wurden|gibt|gab|were|are|was|is|will)\s+(?:es|das|sie|there|they|it)\b/iu;
/**
 * English only: "her" is a German particle too ("Wo kommen die Leute her?"); "of that" is a part of
 * what was said ("how much of that does …", not "in September of that year"); "one" without a noun
 * after it stands for one said before ("Can companies get one too?", "Is there one for companies?").
 */
const ENGLISH_REFERENCE = /\bher\b|\bof (?:that|this|it|these|those)\b(?!\s+(?!(?:does|do|did|is|was|are|were|will|would|has|have|had|can|could|goes|went)\b)\p{L})|\bone\b(?=\s*(?:$|[?!.,;]|(?:too|as well|also|either|for|in|at|from|with|there|here|yet|now|already|of (?:them|those|these))\b))/iu;
/**
 * German "eins", "keins" without a noun, like English "one": it stands for one said before ("Wie
 * viele Menschen haben schon eins?", "Kann ich auch eines bekommen?"); not a number that counts
 * or ranks ("eins zu eins", "Platz eins"): only where the clause ends or a particle or verb follows.
 */
const GERMAN_ONE = /(?<!(?:zu|Platz|Nummer|Stufe|Phase)\s)(?<!\p{L})(?:eins|eines|keins|keines)(?!\p{L})(?=\s*(?:$|[?!.,;]|(?:auch|schon|noch|davon|bekommen|haben|hat|beantragen|machen|anlegen|einrichten|nutzen|braucht|brauche|brauchen)(?!\p{L})))/iu;
/**
 * A demonstrative before a noun ("dieser Artikel", "that strategy", "diese Behörde"): a reference
 * when the previous turn (its question or its answer) names that noun.
 */
const DEMONSTRATIVE = /\b(?:diese[rsmn]?|jene[rsmn]?|selbige[rsmn]?|this|that|these|those)\s+([\p{L}][\p{L}-]+)/giu;
/** Says that the subject changes ("Ganz anderes Thema: …", "Switching to Schleswig-Holstein: …", "Zurück zu MV: …"). */
const NEW_TOPIC =
  /\b(anderes thema|andere frage|neues thema|neue frage|themawechsel|themenwechsel|(?:et)?was (?:ganz )?anderes|noch eine frage|different topic|another topic|new topic|new question|different question|another question|switching topics?|changing (?:the )?(?:topic|subject)|on another note|something else|unrelated)\b|^\s*(?:switching|moving on|turning|back|zurück|wechsel|jetzt|nun)\s+(?:to|zu|zum|zur|nach)\s+[^,;:?]+:/i;
const MAX_RESOLVED_WORDS = 40;

/**
 * Decides whether a turn leans on the previous one for its subject: it says "what else", opens
 * with a connector ("Und …", "and …"), points back ("dort", "dafür", "das?"), or has no content
 * word of its own ("Bis wann?") or, given `isNoun`, no noun ("bis wann solls überall laufen?"). A turn that announces a new topic never does. The engine still
 * answers a connector turn on its own when it names its own subject. Pure.
 */
export function resolveFollowUp(
  question: string,
  history: Turn[] | undefined,
  /** Tells a noun (a subject a question can name); without it only content-less turns lean on the previous one. */
  isNoun?: (word: string, start: number) => boolean,
): Resolution {
  const prev = history?.at(-1);
  const plain = { resolved: question, isFollowUp: false, wantsMore: false, previousDeclined: false, refersBack: false };
  if (!prev || NEW_TOPIC.test(question)) return plain;
  const words = question.match(/[\p{L}\p{N}-]+/gu) ?? [];
  const content = words.filter((w) => isContent(foldText(w)));
  const short = words.length <= 5;
  const wantsMore = (short && MORE.test(question)) || MORE_FIRST.test(question.trim());
  const refersBack = pointsAtPrevious(question, prev);
  // "bis wann solls überall laufen?": no noun, so no subject of its own.
  const nounless = !!isNoun && ![...question.matchAll(/[\p{L}\p{N}-]+/gu)].some((m) => isContent(foldText(m[0])) && !isAskingWord(m[0]) && isNoun(m[0], m.index));
  const isFollowUp = wantsMore || refersBack || CONNECTOR.test(question.trim()) || content.length === 0 || nounless;
  if (!isFollowUp) return plain;
  // "Was noch? Wie soll das organisiert werden?": what follows the request for more is asked too.
  const rest = wantsMore ? question.trim().replace(MORE_FIRST, '').replace(/^[\s?!.,:;]+/, '') : question;
  const restHasContent = (rest.match(/[\p{L}\p{N}-]+/gu) ?? []).some((w) => isContent(foldText(w)) && !MORE.test(w));
  return {
    resolved: combine(WHOLE.test(question) ? withEarlierTurn(history!) : prev.resolvedQuestion, wantsMore && !restHasContent ? '' : rest),
    isFollowUp,
    wantsMore,
    previousDeclined: !!prev.abstained && !prev.subjectFound,
    refersBack,
  };
}

/** "das Ganze", "the whole thing": the matter the conversation is about, which a turn before the previous one may have named. */
const WHOLE = /(?<!\p{L})(?:das|dem|des) Ganzen?(?!\p{L})|(?<!\p{L})(?:the whole (?:thing|project|matter)|all of it)(?!\p{L})/iu;

/** The previous turn's resolved question, after the one before it when that stood apart ("Wer baut …? Wann wird der Vertrag unterschrieben?"). */
function withEarlierTurn(history: Turn[]): string {
  const prev = history.at(-1)!;
  const earlier = history.at(-2);
  if (!earlier || earlier.abstained || prev.resolvedQuestion.includes(earlier.resolvedQuestion)) return prev.resolvedQuestion;
  return combine(earlier.resolvedQuestion, prev.resolvedQuestion);
}

/** The turn points at the previous one: a pronoun, a pronominal adverb, a phrase or a demonstrative that refers back. */
function pointsAtPrevious(question: string, prev: Turn): boolean {
  // "What about Baden-Württemberg, what's their big project?": the topic it sets is what its pronouns point at.
  const topicSet = TOPIC_FIRST.exec(question);
  const pointing = topicSet ? topicSet[0] : question;
  return (
    hasReference(pointing) ||
    hasReferringPhrase(question) ||
    BARE_COUNT.test(question) ||
    (ENGLISH_REFERENCE.test(question) && detectLanguage(question) === 'en') ||
    (GERMAN_ONE.test(question) && detectLanguage(question) === 'de') ||
    pointsBack(question, prev)
  );
}

/** Adverbs that point at the time of what was said before ("kurz danach", "seitdem"), not at its words. */
const IN_TIME = /(?<!\p{L})(?:danach|seitdem|seither|davor|zuvor|afterwards|since then|before that|after that)(?!\p{L})/iu;

/**
 * The turn points back only in time ("Und wie viele Nutzerkonten gab es kurz danach, im September?"): the
 * previous subject holds, but what it asks may stand in another text than the previous answer's.
 */
export function pointsBackOnlyInTime(question: string, history: Turn[] | undefined): boolean {
  const prev = history?.at(-1);
  if (!prev || !IN_TIME.test(question)) return false;
  return !pointsAtPrevious(question.replace(new RegExp(IN_TIME.source, 'giu'), ' '), prev);
}

/** The turn says that the subject changes ("Anderes Thema: …", "different question: …"). */
export function announcesNewTopic(question: string): boolean {
  return NEW_TOPIC.test(question);
}

/** The turn opens with a connector ("Und …", "Aber …", "and …", "what about …"). */
export function opensWithConnector(question: string): boolean {
  return CONNECTOR.test(question.trim());
}

/** The previous subject followed by the new question, kept to a bounded length. */
export function combine(previous: string, question: string): string {
  const joined = `${previous} ${question}`.trim().split(/\s+/);
  return joined.slice(-MAX_RESOLVED_WORDS).join(' ');
}

/** Word stems of a text (folded, a crude suffix cut: enough to tell "Strategie" in "der Strategie"). */
function stems(text: string): Set<string> {
  return new Set((foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => isContent(w)).map(stemOf));
}

export function stemOf(folded: string): string {
  return folded.length > 5 ? folded.replace(/(en|er|es|em|n|s|e)$/u, '') : folded;
}

/** A pointing word; an acronym spelled like one ("IT" in "IT-Planungsrat") is none. */
function hasReference(question: string): boolean {
  for (const m of question.matchAll(REFERENCE)) {
    const after = question[m.index + m[0].length];
    if (after === '-' || (m[0].length > 1 && m[0] === m[0].toUpperCase())) continue;
    // "Wie viele Kommunen sind schon im Portal dabei?": "dabei sein" (to take part) points at nothing ("Welche Rolle spielt er dabei?" does).
    if (/^dabei$/iu.test(m[0]) && /^\s*[?!.]*\s*$/u.test(question.slice(m.index + m[0].length)) && /(?<!\p{L})(?:ist|sind|war|waren|sein|wäre|wären|bin|bist|seid)(?!\p{L})/iu.test(question)) continue;
    return true;
  }
  // "sie" inside a question is "she"/"they" ("Was ist sie von Beruf?"); capitalised it may be the polite "you".
  if (/(?<!\p{L})sie(?!\p{L})/u.test(question)) return true;
  for (const m of question.matchAll(PRONOUN_BEFORE)) {
    const next = foldText(m[1]!);
    if (/^\p{Ll}/u.test(m[1]!) && (STOPWORDS.has(next) || isAskingWord(m[1]!) || isSourcePreposition(m[1]!))) return true;
  }
  return false;
}

/** What the previous turn said: its question and its answer's first statement (up to the first citation mark). */
function said(prev: Turn): string {
  return `${prev.question} ${prev.answerText.split(/\[\d+\]/)[0] ?? ''}`;
}

/** "that strategy", "dieser Artikel": a demonstrative before a noun the previous turn names. */
function pointsBack(question: string, prev: Turn): boolean {
  const before = stems(said(prev));
  for (const m of question.matchAll(DEMONSTRATIVE)) {
    const word = foldText(m[1]!);
    const noun = stemOf(word);
    // "diese Nummer" after "Identifikationsnummerngesetz": the modifier of a compound said before (its
    // head would name the kind only: "dieses Gesetz über Breitband" after "Grundgesetz" is another law).
    if (before.has(noun) || (word.length >= 5 && [...before].some((b) => b.length > word.length && b.includes(noun) && !b.endsWith(noun) && !b.endsWith(word)))) return true;
  }
  return false;
}

/**
 * Content-word stems of a question that the previous turn (question and answer) does not hold:
 * what the question adds. "Und was will das Gesetz erreichen?" after a turn about the
 * E-Government-Gesetz adds only "erreichen": it still asks about that law.
 */
export function newWords(question: string, prev: Turn | undefined): string[] {
  const before = prev ? stems(said(prev)) : new Set<string>();
  // Parts of compounds count too: "Gesetz" is named by "E-Government-Gesetz".
  for (const s of [...before]) for (const part of s.split('-')) before.add(part);
  const words = (foldText(question).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => isContent(w)).map(stemOf);
  return [...new Set(words)].filter((w) => ![...before].some((b) => b === w || (w.length >= 5 && b.endsWith(w))));
}
