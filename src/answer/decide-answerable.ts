import { statesSuperlative, type AnswerType } from './answer-type.js';
import type { RankedSentence } from './rank-sentences.js';

/** Thresholds of the decision (config: ABSTAIN_MIN_COVERAGE, ANSWER_MIN_SENTENCE_COVERAGE, FACT_MIN_SUBJECT_COVERAGE). */
export interface DecisionThresholds {
  /** Least IDF-weighted share of the question found in the best passage. */
  minPassageCoverage: number;
  /** Least share of the question found in the answering sentence itself. */
  minSentenceCoverage: number;
  /** Least share of the question in a sentence that holds the asked fact (date, number, amount, name). */
  minFactSubjectCoverage: number;
}

/** The named features the decision looks at; `ask --explain` prints them. */
export interface DecisionFeatures {
  answerType: AnswerType;
  /** Coverage of the question by the best passage (0..1). */
  passageCoverage: number;
  /** Coverage of the question by the chosen sentence (0..1). */
  sentenceCoverage: number;
  /** The chosen sentence holds a fact of the asked type; and next to the asked subject. */
  factFound: boolean;
  factNearSubject: boolean;
  /** Identifiers with digits the documents never mention ("Vark-42"). */
  unknownIdentifiers: string[];
  /** Names (capitalised words no dictionary knows) the documents never mention ("Kanada"). */
  unknownNames: string[];
  /** The question is mostly about words the documents never use (two or more unknown, at most one known). */
  mostlyUnknown: boolean;
  /** Numbers and years of the question missing from the chosen passage ("im Jahr 2020"). */
  missingNumbers: string[];
  /** The previous turn was declined and this one leans on it. */
  followUpOfDeclined: boolean;
  /** A count question counts something the documents never name. */
  countedUnknown: boolean;
  /** The type's fact was preferred, not required. */
  factOptional?: boolean;
}

export interface Decision {
  answer: boolean;
  /** Why, in words (English, for developers): the first rule that declined, or what carried the answer. */
  reason: string;
  features: DecisionFeatures;
  /** The sentence to answer with (undefined when declined). */
  chosen?: RankedSentence;
  /**
   * Declined only because no sentence holds the asked fact next to a subject the documents do
   * cover: a follow-up about that subject ("Und was macht das?") is asked on its own merits.
   */
  subjectFound?: boolean;
}

/** Share of the sentence threshold the sentence must reach on its own (the rest may come from its context). */
export const SENTENCE_OWN_SHARE = 0.4;

/** Types whose fact must be in the answering sentence. */
const FACT_TYPES: ReadonlySet<AnswerType> = new Set(['date', 'number', 'money', 'person', 'place']);

/**
 * Answer or decline, in one place. Declines when any of these holds, in this order:
 * the question leans on a declined turn; names an identifier or a name the documents never
 * mention; is mostly about unknown words; the best passage covers too little of it; no sentence
 * covers enough of it; a date/number/amount/person question finds no sentence holding such a
 * fact next to its subject; a number the question gives is missing where the answer stands (a year
 * a count or amount is asked for: before the fact or in its sentence); or an
 * untyped follow-up would only get the previous answer's statement again.
 * Otherwise answers with the best sentence (for a fact question, the best that holds the fact).
 */
export function decideAnswerable(
  input: {
    answerType: AnswerType;
    passageCoverage: number;
    ranked: RankedSentence[];
    unknownIdentifiers: string[];
    unknownNames: string[];
    mostlyUnknown: boolean;
    questionNumbers: string[];
    /** Text of the passage a sentence belongs to, by hit index (to check the question's numbers). */
    passageText: (hit: number) => string;
    /** Title and heading path of a sentence's passage, by hit index (a year there dates the whole text). */
    documentTitle?: (hit: number) => string;
    followUpOfDeclined: boolean;
    /** A date question whose event an earlier turn named (a follow-up searched with its subject), or a text's publication date: its own words need not name an event. */
    eventNamedBefore?: boolean;
    /** The question asks for the most or least of something: the answer must rank things itself ({@link statesSuperlative}). */
    superlative?: boolean;
    /** A count question counts something the documents never name. */
    countedUnknown?: boolean;
    /** The fact of the type is preferred, not required ("Wo liegen die Schwerpunkte?" may be answered without a place). */
    factOptional?: boolean;
  },
  t: DecisionThresholds,
): Decision {
  const needsFact = FACT_TYPES.has(input.answerType) && !input.factOptional;
  // Numbers and years the question gives ("im Jahr 2020") must stand in the passage or the title
  // of its document ("Pressemitteilung (Juni 2023)"): sentences elsewhere answer another question.
  // A year a count or an amount is asked for ("im September 2019") dates the fact: it stands before the fact or in its
  // sentence, not only in a later one ("… auf 100 Leistungen aufgestockt. Im Vergleich zum Start im Juni 2019 …").
  const countsAt = input.answerType === 'number' || input.answerType === 'money';
  const upToFact = (s: RankedSentence) => {
    const text = input.passageText(s.hit);
    if (!countsAt || !s.facts.length) return text;
    const after = Math.max(...s.facts.map((f) => f.end));
    const stop = SENTENCE_END.exec(text.slice(after, s.end));
    return text.slice(0, stop ? after + stop.index + 1 : s.end);
  };
  const missingIn = (s: RankedSentence) =>
    input.questionNumbers.filter((n) => !containsNumber(`${input.documentTitle?.(s.hit) ?? ''}\n${YEAR.test(n) ? upToFact(s) : input.passageText(s.hit)}`, n));
  // A follow-up's own words ("Und wie hat die Landesregierung darauf reagiert?") must be covered
  // like a question's, whatever the previous subject's words cover.
  const answersTurn = (s: RankedSentence) => s.features.turn === undefined || s.features.turn >= t.minSentenceCoverage;
  const byNumbers = input.questionNumbers.length ? input.ranked.filter((s) => !missingIn(s).length) : input.ranked;
  // An untyped follow-up asks something new: the previous answer's statement again is no answer to it.
  // "Welches Land hat die meisten Einwohner?": a sentence that ranks nothing answers another question.
  const ranks = (s: RankedSentence) => !input.superlative || statesSuperlative(input.passageText(s.hit).slice(s.start, s.end));
  // "Können auch Vereine …?": a sentence without the focused word answers another question.
  // An untyped question is not answered from a document that never names what the question names ("… auf LibreOffice umstellen?").
  // Measured on the tuning sets: 3 won, 0 lost; with acronyms too ("MV" where a text writes "M-V") and names the documents
  // know only by a synonym ("Login" ~ "Zugang"): 3 won, 5 lost.
  const pool = byNumbers.filter((s) => answersTurn(s) && !s.features.repeat && ranks(s) && s.features.focus !== false && (needsFact || !s.features.nameless));
  // The fact must stand next to the asked subject (for a count, next to the counted noun).
  // …and in the context of every name the question gives ("Wer ist Geschäftsführer vom eGo-MV?" is
  // not answered by another company's managing directors).
  // A follow-up's subject was established by the previous answer: its own words count as well ("Wie viel davon zahlt der Bund?").
  const subjectCoverage = (s: RankedSentence) => Math.max(s.features.context, s.features.turn ?? 0);
  // A date dates an event: the question's own words must name it there, not only their synonyms or
  // compound parts ("Bis wann soll der Ausbau abgeschlossen sein?" is not answered by a contract's
  // signing date). A follow-up's event was named before; a text's publication date needs no event.
  const namesEvent = (s: RankedSentence) => input.answerType !== 'date' || !!input.eventNamedBefore || ((s.features.strong ?? 1) >= t.minFactSubjectCoverage && s.features.event !== false);
  const factNear = (s: RankedSentence) => s.features.fact && s.features.near && subjectCoverage(s) >= t.minFactSubjectCoverage && namesEvent(s);
  const withFactHere = pool.filter((s) => factNear(s) && s.features.names);
  // Only when no sentence names them where it stands: a name its document uses throughout (the state a report is about).
  const withFact = withFactHere.length ? withFactHere : pool.filter((s) => factNear(s) && s.features.docNames);
  // Without a fact to hold, the answer still stands where the towns the question names do ("Was konnte man in Rostock …?"
  // is not answered by what the portal offered everywhere): the best such sentence that covers enough, if there is one.
  const covers = (s: RankedSentence) => s.features.context >= t.minSentenceCoverage && s.features.coverage >= SENTENCE_OWN_SHARE * t.minSentenceCoverage;
  const best = needsFact ? withFact[0] : pool[0]?.features.towns === false ? (pool.find((s) => s.features.towns && covers(s)) ?? pool[0]) : pool[0];
  // When nothing satisfies the numbers, the best sentence otherwise says which numbers are missing.
  const chosen = best ?? (pool.length ? undefined : (byNumbers[0] ?? input.ranked[0]));
  const missingNumbers = chosen ? missingIn(chosen) : [];
  // The passage holding the chosen sentence is where the answer stands: its coverage counts, and it covers at least what the sentence covers.
  const passageCoverage = Math.max(input.passageCoverage, chosen?.features.coverage ?? 0, chosen?.features.passage ?? 0);
  const features: DecisionFeatures = {
    answerType: input.answerType,
    passageCoverage: round(passageCoverage),
    sentenceCoverage: round(chosen?.features.coverage ?? input.ranked[0]?.features.coverage ?? 0),
    factFound: !!chosen?.features.fact,
    factNearSubject: !!chosen?.features.near,
    unknownIdentifiers: input.unknownIdentifiers,
    unknownNames: input.unknownNames,
    mostlyUnknown: input.mostlyUnknown,
    missingNumbers,
    followUpOfDeclined: input.followUpOfDeclined,
    countedUnknown: !!input.countedUnknown,
    ...(input.factOptional ? { factOptional: true } : {}),
  };
  const decline = (reason: string): Decision => ({ answer: false, reason, features });
  if (input.followUpOfDeclined) return decline('follow-up to a declined turn');
  if (input.unknownIdentifiers.length) return decline(`identifier unknown to the documents: ${input.unknownIdentifiers.join(', ')}`);
  if (input.unknownNames.length) return decline(`name unknown to the documents: ${input.unknownNames.join(', ')}`);
  if (input.mostlyUnknown) return decline('mostly words the documents never use');
  if (input.countedUnknown) return decline('the question counts something the documents never name');
  if (passageCoverage < t.minPassageCoverage) return decline(`passage coverage ${features.passageCoverage} < ${t.minPassageCoverage}`);
  if (!input.ranked.length) return decline('no sentence to answer with');
  if (chosen?.features.repeat) return decline('the answer would only repeat the previous one');
  if (!needsFact && chosen?.features.nameless) return decline("a name the question gives stands nowhere in the answer's document");
  if (chosen && !answersTurn(chosen)) return decline(`the turn's own words are covered ${round(chosen.features.turn ?? 0)} < ${t.minSentenceCoverage}`);
  if (input.superlative && chosen && !ranks(chosen)) return decline('the question asks for the most or least of something; no sentence ranks it');
  if (missingNumbers.length) return decline(`numbers of the question missing from the passage: ${missingNumbers.join(', ')}`);
  if (needsFact && !chosen) return { ...decline(`no sentence holds a ${input.answerType} next to the subject with ≥ ${t.minFactSubjectCoverage} of the question`), subjectFound: true };
  // The sentence with its context must cover enough of the question, and (unless it holds the
  // asked fact next to the subject) the sentence itself some of it.
  if (!chosen || (needsFact ? subjectCoverage(chosen) : chosen.features.context) < t.minSentenceCoverage || (!needsFact && chosen.features.coverage < SENTENCE_OWN_SHARE * t.minSentenceCoverage))
    return decline(`sentence coverage ${features.sentenceCoverage} (with its context ${round(chosen?.features.context ?? 0)}) < ${t.minSentenceCoverage}`);
  return {
    answer: true,
    reason: needsFact ? `a sentence holds the ${input.answerType} asked for${chosen.features.near ? ' next to the subject' : ''}` : 'the question is covered',
    features,
    chosen,
  };
}

/** A year (1900–2099), as the question gives it. */
const YEAR = /^(?:19|20)\d{2}$/;
/** The end of a sentence: a full stop, question or exclamation mark before a space or the end. */
const SENTENCE_END = /[.!?](?=\s|$)/;

function containsNumber(text: string, n: string): boolean {
  const number = new RegExp(`(^|[^\\d])${n.replace(/\./g, '\\.')}($|[^\\d])`);
  if (number.test(text.replace(/(\d)\.(?=\d{3}\b)/g, '$1'))) return true;
  // The analyzer joins digits across dots and hyphens ("20.08.2018" → 20082018): so does this check.
  if (number.test(text.replace(/(\d)[.\-'’](?=\d)/g, '$1'))) return true;
  // A small number may be written as a word ("zwei", "zweite", "second").
  const words = NUMBER_WORDS[Number(n)];
  return !!words && new RegExp(`(?<!\\p{L})(?:${words})`, 'iu').test(text);
}

/** German and English words for 2–10, cardinal and ordinal stems (index = the number). */
const NUMBER_WORDS: Record<number, string> = {
  2: 'zwei|second|two', 3: 'drei|dritt|third|three', 4: 'vier|fourth|four', 5: 'fünf|fifth|five', 6: 'sechs|sixth|six',
  7: 'sieben|siebt|seventh|seven', 8: 'acht|eighth|eight', 9: 'neun|ninth|nine', 10: 'zehn|tenth|ten(?!\\p{L})',
};

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
