import { pointsBack } from '../text/cohesion.js';
import { isHeadline } from '../ingest/chunk-document.js';
import { publisherWords } from '../ingest/source-link.js';
import { splitSentences } from '../ingest/split-sentences.js';
import type { Analyzer } from '../search/analyzer.js';
import type { RetrievedPassage } from '../search/retriever.js';
import { wordSpans } from '../text/fold.js';
import { quotationOf } from '../text/quotation.js';
import { factSpans, isRateWord, NEGATION, type AnswerType, type FactSpan } from './answer-type.js';
import { isDateLine, isMetadataSentence, statementRange } from './metadata-lines.js';
import type { TermMatcher } from './pick-sentences.js';

/**
 * Weights of the sentence score (one place; see {@link rankSentences}):
 * - `coverage`: IDF-weighted share of the question's terms in the sentence itself;
 * - `context`: the same share, where a term the sentence lacks but its context holds (the
 *   document's title, the section headings, the heading and the sentences just before it) counts
 *   {@link CONTEXT_DISCOUNT} — "Kühnlein ist seit Anfang 2021 …" after "… Melitta Kühnlein als
 *   neue Leiterin des Fachbereichs …"; the decision's subject threshold reads this share (as a
 *   score weight it changed nothing on the tuning sets, so it is not one);
 * - `passage`: the same share over the whole passage (context the sentence stands in);
 * - `fact`: the sentence holds a fact of the asked type (date, number, amount, name, reason)
 *   that is not itself a word of the question;
 * - `near`: that fact stands next to the asked subject (the counted noun of "wie viele …",
 *   or any question term within a few words);
 * - `cue`: a date fact opens with the preposition the question asks with ("bis wann" → "bis Ende 2013"),
 *   or, for a question what an abbreviation stands for, the sentence spells it out in brackets,
 *   or, for a question for a meaning, the second sentence of a pair explains the first ("Das heißt, …"),
 *   or, for a question what something is, the sentence is the first of its document to name it,
 *   or, for a question for the current version, the sentence holds the latest date next to the subject
 *   (it then ranks first: {@link preferLatest});
 * - `similarity`: meaning-level similarity of sentence and question (offline n-gram vectors);
 * - `rank`: retrieval's order of the passage, as a tie-breaker;
 * - `turn`: for a follow-up searched with the previous subject, the share of the turn's own words
 *   the sentence (with its context) holds: "Was kam dadurch ins Grundgesetz?" after a turn on a
 *   reform asks about the Grundgesetz, not the reform the previous answer already named.
 */
export const SENTENCE_WEIGHTS = { coverage: 1, passage: 0.3, fact: 0.35, near: 0.25, cue: 0.3, similarity: 0.3, rank: 0.08, turn: 0.5, proximity: 0.3 } as const;
/** A news item's dateline as the answer to "wann": weaker than a date the sentence states itself. */
const DATELINE_STRENGTH = 0.8;
/** A fact counts as next to the subject within this many characters of a subject word. */
const NEAR_CHARS = 60;
/** A sentence with the fact and its predecessor with the subject: their coverage counts this much, up to this length. */
const PAIR_DISCOUNT = 0.85;
/** A second sentence that cannot stand alone ("Das heißt, …", "Er trat …") makes one statement with the first. */
export const LEANING_PAIR_DISCOUNT = 0.95;
const MAX_PAIR_CHARS = 600;
/** For a question for the latest date, sentences covering this share of the best dated one compete ({@link preferLatest}). */
const LATEST_MIN_SHARE = 0.5;
/** A sentence without the fact pairs with the next one holding it only when it covers this share of the question. */
const FACT_PAIR_MIN_COVERAGE = 0.5;
/** A pair longer than this is stated by its second sentence alone (the quote shows the first as context). */
const MAX_PAIR_STATEMENT = 260;
const MAX_HEADING_CHARS = 90;
/** Opens a sentence that explains the one before it. */
const EXPLANATION = /^[„"»]?(das heißt|d\.\s?h\.|das bedeutet|dies bedeutet|gemeint ist|mit anderen worten|that is|this means)/iu;
/**
 * Opens a sentence with a consequence of what the previous one says ("Deshalb tendieren Bund und
 * Länder …"): the reason a "warum" question asks for is then the previous sentence, so the
 * connective is a reason only together with it.
 */
const CONSEQUENCE = /^[„"»]?(deshalb|daher|darum|deswegen|folglich|aus diesem grunde?|therefore|that is why|this is why|hence)\b/iu;
/**
 * A date given as a bound: the time by which ("bis Ende 2013", "spätestens 2025", "zum 1. Januar
 * 2020") or from which ("ab 2022") something holds. Only such a date answers "Bis wann …?": a point
 * in time ("am Montag (20.08.2018) unterzeichnen") dates an event, not a deadline.
 */
const DEADLINE = /^(?:bis|ab|zum|ende|spätestens|spaetestens)(?![\p{L}])/iu;
/** The words before a date that make it a bound ("bis spätestens", "spätestens bis zum", "bis Ende"). */
const DEADLINE_BEFORE = /(?<![\p{L}])(?:bis|spätestens|ab)\s+(?:(?:zum|zur|spätestens|Ende|Anfang|Mitte)\s+)*$/iu;
/** A short or long form in brackets after what it names ("das eGovernment-Gesetz Mecklenburg-Vorpommern (eGovG M-V)", "FITKO (Föderale IT-Kooperation)"): two capitals at least. */
const SHORT_FORM = /\((?=[^()]*\p{Lu}[^()]*\p{Lu})[\p{L}\d][\p{L}\d .-]{1,40}\)/u;
/** Makes the word after it the unit of a rate ("pro Tag", "je Einwohner", "im Jahr", "per year"; not "an einem Tag"). */
const DISTRIBUTIVE = /^(?:pro|je|per|jede[nmrs]?|am|im|a|each|every)$/iu;
/** Words after the preposition within which the asked noun (or a synonym) must stand ("nach den Vorgaben"). */
const PHRASE_WORDS = 3;
/** A term found only in a sentence's context counts this much of a term in the sentence. */
export const CONTEXT_DISCOUNT = 0.5;
/** How many sentences before a sentence (after its nearest heading) are its context. */
const CONTEXT_SENTENCES = 2;
/** Least share of the question a question heading must ask for the sentences under it to answer it. */
const HEADING_ANSWER_SHARE = 0.5;
/** Fragments shorter than this (headings) score half. */
const SHORT_SENTENCE = 25;
/** A statement the previous answer gave scores this much as the answer to an untyped follow-up. */
const REPEAT_DISCOUNT = 0.8;

export interface SentenceFeatures {
  coverage: number;
  context: number;
  /**
   * For a date question: like `context`, counting only strong matches (the word itself, its forms, a compound it heads, a
   * translation; no synonym, no compound part), and of the context only the text around the sentence (heading, sentences
   * before it) and the source it names: a title that reports an event ("… in Kraft getreten") does not date it by a later
   * sentence on something else ("Die Pflicht … gilt ab dem 1. Januar 2020").
   */
  strong?: number;
  /** Every name the question gives (an acronym, a proper noun) stands in the sentence or its context. */
  names: boolean;
  /** Not `names`, but the names the sentence and its context lack are names its document uses throughout. */
  docNames?: boolean;
  /** A name the question gives stands nowhere in the sentence's document: it speaks of something else. */
  nameless?: boolean;
  /** For an untyped follow-up: the statement (mostly) repeats one the previous answer gave. */
  repeat?: boolean;
  /** A follow-up's own words (not the previous turns'): their share in the sentence with its context. */
  turn?: number;
  passage: number;
  fact: boolean;
  near: boolean;
  cue: boolean;
  similarity: number;
  rank: number;
  /** Share of the question's neighbouring word pairs that stand together in the sentence too ("eigenes Konto"). */
  proximity?: number;
  /** The word a focus particle of the question marks ("auch Vereine") stands in the sentence itself. */
  focus?: boolean;
  /** The towns the question names stand in the sentence or its context ({@link RankInput.towns}). */
  towns?: boolean;
  /**
   * For a date question whose event verb the document's title reports ("eGovernment-Gesetz in Kraft
   * getreten"): the verb, a form or a synonym of it, stands in the sentence or the text just before
   * it too. The title's event is the report's; another date of the text (when a provision applies)
   * dates something else.
   */
  event?: boolean;
}

/** A sentence of a retrieved passage, scored as an answer to the question. */
export interface RankedSentence {
  /** Index of the passage in the retrieval's hits. */
  hit: number;
  /** The sentence, `[start, end)` relative to its passage's text. */
  start: number;
  end: number;
  /** The statement part (no dateline, no "mehr..."), relative to the passage's text. */
  statementStart: number;
  statementEnd: number;
  /** Facts of the asked type in the sentence, relative to the passage's text. */
  facts: FactSpan[];
  features: SentenceFeatures;
  score: number;
}

export interface RankInput {
  hits: RetrievedPassage[];
  matchers: TermMatcher[];
  type: AnswerType;
  analyzer: Analyzer;
  /** Index terms of the question (facts made only of these are not answers). */
  questionTerms: ReadonlySet<string>;
  /** Matcher of the noun a count question counts, if the question has one the documents know. */
  counted?: TermMatcher;
  /** Matcher of the noun whose size a "Wie hoch ist …?" question asks ({@link measuredNoun}): a number beside it beats one beside another word. */
  measured?: TermMatcher;
  /** "Seit wann ist X Minister?": only a date given with the question's preposition ("seit") answers ({@link asksTenure}). */
  tenure?: boolean;
  /** "Bis wann …?", "By when …?": only a date given as a bound ("bis Ende 2013", "ab 2022", "spätestens 2025") answers ({@link DEADLINE}). */
  deadline?: boolean;
  /** "Wie heißt das Gesetz?": the noun of the thing whose name is asked ({@link askedName}); only such names are facts. */
  thingName?: string;
  /** "Vorname von Herrn Lenz": the surname a full name must hold ({@link namedPersonOf}). */
  surname?: string;
  /** The question negates ("nicht abgerufen"): a fact answers only in a sentence with a negation or exception ({@link NEGATION}). */
  negated?: boolean;
  /** "Wo hat … seinen Sitz?": a place answers only in a sentence saying that something sits there. */
  seat?: boolean;
  /** Kinds of place the dictionary gives a name ("Bayern": region): a name in a place phrase though the lexicon knows the word, if of the asked kind. */
  placeKinds?: (word: string) => ReadonlySet<string>;
  /** The asked kind of place in German (an English kind's translations: "district" → "Bezirk", "Kreis"). */
  kindNouns?: string[];
  /** The question counts persons without saying which ("Wie viele Leute …", {@link countsAnyPersons}): tells a noun of persons by role or trade. */
  countsPersons?: (word: string) => boolean;
  /** The counted noun is a thing, not money ("Wie viele Landkreise …", not "Wie viele Millionen …"): amounts of money are no count of it. */
  countsThings?: boolean;
  similarity?: (sentence: string) => number;
  /** Facts weaker than this do not count (a "wer leitet" question wants a person's name, not an institution). */
  minFactStrength?: number;
  /** The preposition of a date question ("bis", "seit", "ab"). */
  cue?: string;
  /** "Nach welchen Regeln …?": the preposition and the matcher of its noun ({@link askedPrepositionPhrase}). */
  phrase?: { preposition: string; noun: TermMatcher };
  /** True for a word a dictionary knows as a common word (so "Landes Mecklenburg" is no person's name). */
  isCommonWord?: (word: string) => boolean;
  /** The kind of body a "welche(s) …" question asks for ({@link askedKind}). */
  kind?: string;
  /** "Wer ist Denis Alt?", "Was ist sie von Beruf?": the question asks the role or trade of a person it names, so a noun of a role answers it ({@link asksRole}). */
  role?: boolean;
  /** A noun that names a person by role or trade ({@link Lexicon.isPersonNoun}, with compounds). */
  isPersonNoun?: (word: string) => boolean;
  /** The question asks when something will happen ({@link asksFuture}): a news item's dateline does not answer it. */
  future?: boolean;
  /** The question asks when the text appeared ({@link asksPublication}): its dateline answers, whatever dates it reports. */
  published?: boolean;
  /** The question asks for a length of time: durations count as date facts. */
  duration?: boolean;
  /** The question asks for a day: dates without one do not count. */
  day?: boolean;
  /** The question asks for the current or latest one ("die aktuelle Fassung", "the latest version"): the latest date wins ({@link asksLatest}). */
  latest?: boolean;
  /** The question asks for the first figure ("am Anfang", "initially"): the one dated earliest wins ({@link asksEarliest}). */
  earliest?: boolean;
  /** The question asks for a first or full name: a title and surname do not count. */
  fullName?: boolean;
  /** The question asks for a thing known by its name ("Welches Office-Programm …?"): such names count as facts. */
  named?: boolean;
  /** Matchers of the names the question gives ("eGo-MV", "FITKO", "Petershagen"). */
  names?: TermMatcher[];
  /** Those of them that name towns ("Rostock"): what is said of one town, or of the whole state, is not said of another town. */
  towns?: TermMatcher[];
  /** Those of them that name states or regions ("Mecklenburg-Vorpommern"): a sentence naming another one is not about them. */
  regions?: TermMatcher[];
  /** The dictionary names the word as a state or region ("Baden-Württemberg", "Bayerns"). */
  isRegion?: (word: string) => boolean;
  /** Numbers the question gives ("Hannover's 48 million euro fund"): a count or amount made of them only is what was given, not what is asked. */
  givenNumbers?: string[];
  /** Matcher of the word a focus particle marks ("Können auch Vereine …?"): it must stand in the answering sentence. */
  focus?: TermMatcher;
  /** The person an interview document is with ({@link interviewee}): the context of the answers to its later questions. */
  addresseeOf?: (docId: string) => string | undefined;
  /** The terms a document uses throughout ({@link termsThroughout}): names a sentence lacks may stand there. */
  termsThroughout?: (docId: string) => ReadonlySet<string> | undefined;
  /** Those names spelled as the documents spell them, acronyms aside ("LibreOffice", "InnoLab"): an untyped question is not answered from a document without them. */
  ownNames?: TermMatcher[];
  /** Every term a document uses ({@link termsOfDocument}). */
  termsOfDocument?: (docId: string) => ReadonlySet<string> | undefined;
  /** Matcher of the unit of a rate asked for ("pro Tag"): a count or amount answers only beside it. */
  unit?: TermMatcher;
  /** The unit as a German word ("Jahr"), so that "jährlich" states the rate too. */
  unitWord?: string;
  /** The question asks what something means ({@link asksMeaning}). */
  meaning?: boolean;
  /** For a follow-up searched with the previous subject: which matchers are the turn's own words. */
  turnTerms?: boolean[];
  /** For a date question: which matchers are the verbs that name its event ("getreten", "gegründet"). */
  eventTerms?: boolean[];
  /** The question names its event by a noun no other event shares ("in Kraft"): a sentence must name it, whatever the title reports. */
  eventAsked?: boolean;
  /** The head noun of what a meaning question asks about ({@link meaningHead}). */
  meaningHead?: string;
  /** The abbreviation the question asks to spell out ({@link askedAbbreviation}). */
  abbreviation?: string;
  /** The question asks for the short form of what it names ("What is the abbreviation of …?"): a sentence giving one in brackets answers. */
  shortForm?: boolean;
  /** The question asks what something is ("Was ist …?"). */
  definition?: boolean;
  /**
   * The statements the previous answer gave, for a follow-up: one that asks something new without
   * an answer type ("Was kam dadurch ins Grundgesetz?") is not answered by repeating one of them.
   */
  said?: string[];
  /** The short names a document gives the companies it names in full ({@link documentCompanies}). */
  companiesOf?: (docId: string) => readonly string[];
  /** The question asks who said something ({@link asksSpeaker}): a quotation's speaker is next to all of it. */
  speaker?: boolean;
  /** Tells a place name (the Ding dictionary's geographical entries): a source link's host named after a place names no publisher. */
  isPlaceName?: (word: string) => boolean;
}

/**
 * Every statement-worthy sentence of the retrieved passages with its features and score, best
 * first. Metadata sentences ("Quelle: …", bare links, datelines) are left out. Pure.
 */
export function rankSentences(input: RankInput): RankedSentence[] {
  const { hits, matchers, type, analyzer } = input;
  const total = matchers.reduce((a, m) => a + m.weight, 0) || 1;
  const turnTotal = input.turnTerms ? matchers.reduce((a, m, i) => a + (input.turnTerms![i] ? m.weight : 0), 0) : 0;
  const W = SENTENCE_WEIGHTS;
  // The question's preposition ("seit", "bis") as a fact must begin with it; built once per ranking.
  const cueRe = input.cue ? new RegExp(`^${input.cue}\\b`, 'i') : undefined;
  const out: RankedSentence[] = [];
  // "Nach diesem Prinzip …" takes up "das Once-Only-Prinzip" and says what it means.
  const takesUpHead = input.meaningHead ? new RegExp(`\\b(?:diese[mnrs]?|jene[mnrs]?)\\s+${input.meaningHead.replace(/[^\p{L}]/gu, '')}`, 'iu') : undefined;
  const acr = input.abbreviation?.replace(/[^\p{L}\p{N}]/gu, '');
  // "FITKO (Föderale …)", "(FITKO)", "(Identifikationsnummerngesetz – IDNrG)".
  const spelledOut = acr ? new RegExp(`(?<![\\p{L}])${acr}\\s*\\(|\\(${acr}\\)|\\(\\p{Lu}[^()]{3,}\\s[–-]\\s${acr}\\)`, 'u') : input.shortForm ? SHORT_FORM : undefined;
  // "In welchem Kreis …?": the kind is the head of the answer ("Neckar-Odenwald-Kreis"), not what the question already says.
  const kindTerms = type === 'place' && input.kind ? new Set(analyzer.terms([input.kind, ...(input.kindNouns ?? [])].join(' '))) : undefined;
  const said = type === 'other' ? (input.said ?? []).map(squash).filter(Boolean) : [];
  hits.forEach((h, hi) => {
    const text = h.passage.text;
    // A headline states a number, an amount or a name ("Kreisreform spart jährlich 90 Millionen Euro"); its date is
    // the report's, and what a thing is or why needs the text itself.
    const headline = isHeadline(h.passage);
    // "Welche Firma …?": the short names the passage gives the companies it names in full ("die Wemacom").
    const companies = type === 'person' && input.kind ? (input.companiesOf?.(h.passage.docId) ?? []) : [];
    // The title reports the event the date question asks about ("… in Kraft getreten").
    const titleTerms = type === 'date' && input.eventTerms ? new Set(analyzer.terms(h.passage.title)) : undefined;
    const eventMin = input.eventAsked ? STRONG_MATCH : 0;
    const eventInTitle = (!!titleTerms && matchers.some((m, i) => input.eventTerms![i] && strength(m, titleTerms) > 0)) || (type === 'date' && !!input.eventAsked);
    if (headline && !((type === 'number' && !input.counted) || type === 'money' || type === 'person' || (type === 'date' && input.published))) return;
    const sentences = analyzePassage(h.passage, analyzer, input.addresseeOf?.(h.passage.docId), input.isPlaceName).map(({ start, end, sentence, words, context, near, leans, st, asked }) => {
      let facts =
        type === 'other'
          ? []
          : factSpans(sentence, type, {
              ...(input.isCommonWord ? { isCommonWord: input.isCommonWord } : {}),
              ...(input.kind ? { kind: input.kind } : {}),
              ...(input.role ? { role: true } : {}),
              ...(input.isPersonNoun ? { isPersonNoun: input.isPersonNoun } : {}),
              ...(input.duration ? { duration: true } : {}),
              ...(input.day ? { day: true } : {}),
              ...(input.fullName ? { fullName: true, ...(input.surname ? { surname: input.surname } : {}) } : {}),
              ...(input.named ? { named: true } : {}),
              ...(input.countsThings ? { count: true } : {}),
              ...(input.thingName ? { thingName: input.thingName } : {}),
              ...(input.seat ? { seat: true } : {}),
              ...(input.placeKinds ? { placeKinds: input.placeKinds } : {}),
              ...(input.kindNouns ? { kindNouns: input.kindNouns } : {}),
              ...(companies.length ? { companies: [...companies] } : {}),
            })
              .map((f) => ({ ...f, start: start + f.start, end: start + f.end }))
              .filter((f) => !onlyQuestionWords(words, f, input.questionTerms, type === 'person' && (!!input.kind || !input.role), kindTerms))
              .filter((f) => !givesOnly(text.slice(f.start, f.end), type, input.givenNumbers))
              // "drei Abteilungen, den dazugehörigen Dezernaten": a number counts the noun right after it, not the one asked for.
              .filter((f) => !(type === 'number' && input.counted && input.countsThings && countsOtherNoun(text, f.end, words, input.counted, analyzer)))
              // "Wie viele Leute …?" counts persons: "33 Kategorien" counts something else.
              .filter((f) => !(type === 'number' && input.countsPersons && countsNonPersons(text, f.end, input.countsPersons)))
              // "nur eine einzige Großstadt" counts cities: it answers only a question about them.
              .filter((f) => !SINGLE.test(text.slice(f.start, f.end)) || words.some((w) => w.start >= f.end && w.start <= f.end + 2 && matchers.some((m) => m.weight > 0 && strength(m, w.terms) > 0)));
      // A dateline is metadata: the date of the report, not of what it reports…
      const stated = facts.filter((f) => f.start >= start + st.start && f.end <= start + st.end);
      // …unless nothing else dates the sentence: then the report's date answers "wann" (a news item
      // "[23.08.2024] … hat die Stadt Ulm den Innovationsmotor gestartet"), shown with its dateline.
      // Not for "seit/bis/ab wann" nor "wie lange": the report's date is no beginning, deadline or duration;
      // nor for what is still to come ("Wann wird …", "When will …"): the report's date is past.
      const dateline =
        type === 'date' && ((!input.cue && !input.duration && !input.future && !stated.length && reportsDoneEvent(sentence.slice(st.start, st.end))) || input.published) && st.start > 0
          ? facts.filter((f) => f.end <= start + st.start).map((f) => ({ ...f, strength: input.published ? 1 : DATELINE_STRENGTH, whole: true }))
          : [];
      // A headline's own date is the report's ("Pressemitteilung Innenministerium M-V (Juni 2025): …").
      facts = dateline.length ? dateline : input.published && !headline ? [] : stated;
      if (input.tenure && cueRe) facts = facts.filter((f) => cueRe.test(text.slice(f.start, f.end)));
      if (input.deadline) facts = facts.filter((f) => DEADLINE.test(text.slice(f.start, f.end)) || DEADLINE_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start)));
      // "Wie viel Geld wurde nicht abgerufen?": a fact answers only where the sentence negates or excepts too.
      if (input.negated && !NEGATION.test(sentence)) facts = [];
      return { start, end, words, facts, context, near, leans, asked, statementStart: start + (dateline.length ? 0 : st.start), statementEnd: start + st.end };
    });
    const candidate = (parts: typeof sentences, discount: number, whole = false): RankedSentence => {
      const last = parts.at(-1)!;
      const words = parts.flatMap((p) => p.words);
      // Under a question heading ("Welche Ziele haben Sie sich gesetzt?") a sentence answers that question: its words are the sentence's own.
      const present = new Set([...words.flatMap((w) => [...w.terms]), ...(parts[0]!.asked ?? [])]);
      const around = parts[0]!.context;
      let got = 0;
      let inContext = 0;
      let strongContext = 0;
      let turnGot = 0;
      matchers.forEach((m, i) => {
        const here = strength(m, present);
        const withContext = Math.max(here, CONTEXT_DISCOUNT * strength(m, around));
        got += m.weight * here;
        inContext += m.weight * withContext;
        // Only a date question asks for it (decideAnswerable): not computed for the others.
        if (type === 'date') strongContext += m.weight * Math.max(strength(m, present, STRONG_MATCH), CONTEXT_DISCOUNT * strength(m, parts[0]!.near, STRONG_MATCH));
        if (input.turnTerms?.[i]) turnGot += m.weight * withContext;
      });
      const coverage = (got / total) * discount;
      const proximity = phraseShare(words, matchers);
      const context = (inContext / total) * discount;
      const strong = type === 'date' ? (strongContext / total) * discount : undefined;
      const turn = turnTotal ? (turnGot / turnTotal) * discount : undefined;
      const statementStart = !whole && parts.length > 1 && last.statementEnd - parts[0]!.statementStart > MAX_PAIR_STATEMENT ? last.statementStart : parts[0]!.statementStart;
      // Only facts inside the statement count: the answer must show what it claims.
      const facts = parts
        .flatMap((p, i) => (type === 'reason' && i === 0 ? p.facts.filter((f) => !opensWithConsequence(text, p, f)) : p.facts))
        .filter((f) => f.start >= statementStart && (input.minFactStrength === undefined || (f.strength ?? 1) >= input.minFactStrength));
      const subjectWords = input.counted
        ? words.filter((w) => strength(input.counted!, w.terms) > 0)
        : words.filter((w) => matchers.some((m) => m.weight > 0 && strength(m, w.terms) > 0));
      // "Er trat am 1. April 2010 in Kraft": a pronoun opening the sentence stands for the subject its
      // context names; so does a sentence naming none of the question's words ("Zum Beginn des Jahres
      // 2023 wurde das neue Landesamt gegründet" after sentences on the ZDMV): it continues that subject.
      if (!input.counted && (parts[0]!.leans || !subjectWords.length) && matchers.some((m) => strength(m, around) > 0)) {
        const at = parts[0]!.statementStart;
        subjectWords.push({ start: at, end: at + 3, terms: new Set() });
      }
      // A rate ("pro Tag") is answered only by a sentence that names its unit ("71 Menschen pro Quadratkilometer" is no rate per day).
      const wordAt = (k: number) => text.slice(words[k]!.start, words[k]!.end);
      const unitHere =
        !input.unit ||
        words.some((w, k) => (k > 0 && strength(input.unit!, w.terms) > 0 && DISTRIBUTIVE.test(wordAt(k - 1))) || (!!input.unitWord && isRateWord(wordAt(k), input.unitWord)));
      // A speaker said all of the quotation a reporting clause attributes to them („…“, wird Innenminister Thomas Strobl … zitiert).
      const quotations = type === 'person' && input.speaker ? facts.map((f) => quotationOf(text, f.start, f.end)) : [];
      const nearWords = unitHere
        ? subjectWords.filter((w) =>
            facts.some((f, k) => f.whole || (w.start < f.end + NEAR_CHARS && f.start - NEAR_CHARS < w.end) || (!!quotations[k] && w.start >= quotations[k]![0] && w.end <= quotations[k]![1])),
          )
        : [];
      const near = nearWords.length > 0;
      // A count of the counted noun itself ("114 kommunalen Ämtern") beats one of a related word ("100 … Behörden").
      const sized = input.counted ?? input.measured;
      const nearStrength = sized && near ? Math.max(...nearWords.map((w) => strength(sized, w.terms))) : 1;
      const similarity = input.similarity ? Math.max(0, input.similarity(text.slice(parts[0]!.start, last.end))) : 0;
      // A question for a meaning ("Was bedeutet …?") is answered by the sentence that explains its predecessor ("Das heißt, …").
      const explains =
        !!input.meaning &&
        ((parts.length === 2 && EXPLANATION.test(text.slice(last.statementStart, last.statementEnd))) ||
          (!!takesUpHead && takesUpHead.test(text.slice(parts[0]!.statementStart, last.statementEnd))));
      // "Wofür steht FITKO?": the sentence that spells it out in brackets ("FITKO (Föderale IT-Kooperation)", "… (FITKO)").
      const spellsOut = !!spelledOut && spelledOut.test(text.slice(parts[0]!.statementStart, last.statementEnd));
      // "Nach welchen Regeln …?": the sentence says "nach den Vorgaben …".
      const phrase =
        !!input.phrase &&
        words.some((w, k) => samePreposition(wordAt(k), input.phrase!.preposition) && words.slice(k + 1, k + 1 + PHRASE_WORDS).some((n) => strength(input.phrase!.noun, n.terms) > 0));
      // Under a question heading that asks most of the question ("Welche Ziele haben Sie sich gesetzt?"), a sentence of the
      // answer is what a reason or an untyped question asks for, as a sentence holding the fact is for a typed one.
      const asked = parts[0]!.asked;
      const answersHeading = !!asked && (type === 'reason' || type === 'other') && shareIn(matchers, asked, total) >= HEADING_ANSWER_SHARE;
      const cue = explains || spellsOut || phrase || answersHeading || (!!cueRe && facts.some((f) => cueRe.test(text.slice(f.start, f.end))));
      const factStrength = facts.reduce((m, f) => Math.max(m, f.strength ?? 1), 0);
      // The names must stand where the fact does, or before it: a later sentence of the pair that does not take the first up names
      // something else ("Etwa 71 Menschen sind es … Nur im Saarland … leben noch weniger Menschen." gives no density of the Saarland).
      const lastFact = input.names?.length && facts.length ? Math.max(...facts.map((f) => parts.findIndex((p) => f.start < p.end))) : parts.length - 1;
      const named = lastFact < parts.length - 1 && !parts.slice(lastFact + 1).every((p) => p.leans)
        ? new Set([...parts.slice(0, lastFact + 1).flatMap((p) => p.words.flatMap((w) => [...w.terms])), ...(parts[0]!.asked ?? [])])
        : present;
      const names = (input.names ?? []).every((m) => strength(m, named) >= 0.5 || strength(m, around) >= 0.5);
      // A report on Baden-Württemberg's e-file quotes its minister without naming the state again.
      // Not where the sentence names another state or region than the one asked about ("Der Landtag von Baden-Württemberg …"
      // in a series on Mecklenburg-Vorpommern): it says what it says of that one.
      const elsewhere = !names && !!input.regions?.length && !!input.isRegion && namesOtherRegion(text.slice(parts[0]!.start, last.end), input.regions, input.isRegion, analyzer);
      const throughout = !names && !elsewhere && input.termsThroughout?.(h.passage.docId);
      const docNames = !!throughout && (input.names ?? []).every((m) => strength(m, named) >= 0.5 || strength(m, around) >= 0.5 || strength(m, throughout) >= 0.5);
      const inDocument = !names && !docNames && input.termsOfDocument?.(h.passage.docId);
      const nameless = !!inDocument && (input.ownNames ?? []).some((m) => strength(m, inDocument) === 0);
      const features: SentenceFeatures = {
        coverage, context, ...(strong !== undefined ? { strong } : {}), ...(turn !== undefined ? { turn } : {}), names, ...(docNames ? { docNames } : {}), ...(nameless ? { nameless } : {}), passage: h.coverage, fact: facts.length > 0, near, cue, similarity, rank: 1 / (1 + hi), proximity,
        ...(input.focus ? { focus: strength(input.focus, present) >= 0.5 } : {}),
        ...(input.towns?.length ? { towns: input.towns.every((m) => strength(m, named) >= 0.5 || strength(m, around) >= 0.5) } : {}),
        // "in Kraft" is an idiom: its noun itself ("Kraft", "Rechtskraft"), not the thesaurus's senses of strength ("Energie", "Leistungsfähigkeit").
        ...(eventInTitle ? { event: matchers.some((m, i) => input.eventTerms![i] && (strength(m, present, eventMin) > 0 || strength(m, parts[0]!.near, eventMin) > 0)) } : {}),
      };
      let score =
        W.proximity * proximity +
        W.coverage * coverage + W.passage * h.coverage + W.fact * factStrength + (near ? W.near * factStrength * nearStrength : 0) + (cue ? W.cue : 0) + W.similarity * similarity + W.rank * features.rank + W.turn * (turn ?? 0);
      if (answersHeading) score += W.fact + W.near;
      if (last.end - parts[0]!.start < SHORT_SENTENCE) score *= 0.5;
      // Said before: the shown statement (perhaps a part of it) makes up at least half of this one.
      const statement = said.length ? squash(text.slice(statementStart, last.statementEnd)) : '';
      // Unless it answers what the turn asks with its own phrase ("Und nach welchem Prinzip …?": "nach dem Einer-für-Alle-Prinzip").
      if (!phrase && said.some((line) => statement.includes(line) && line.length * 2 >= statement.length)) {
        score *= REPEAT_DISCOUNT;
        features.repeat = true;
      }
      return { hit: hi, start: parts[0]!.start, end: last.end, statementStart, statementEnd: last.statementEnd, facts, features, score };
    };
    // A sentence that introduces a list ("… definiert die Ziele des Gesetzes: …, um" + "1. …", "2. …") is stated with the
    // list, never alone: its items are what it says.
    const lists = sentences.map((x, i) => {
      const items = listAfter(sentences, i, text);
      return INTRODUCES_LIST.test(text.slice(x.statementStart, x.statementEnd)) || itemsTakeUp(x, items) ? items : [];
    });
    sentences.forEach((x, i) => {
      const items = lists[i]!;
      const single = candidate(items.length ? [x, ...items] : [x], 1, items.length > 0);
      out.push(single);
      if (items.length) return;
      // A sentence that leans on its predecessor ("Er trat am 1. April 2010 in Kraft.", "Das heißt,
      // …", "Es ist dem Ministerium … zugeordnet."), or a fact beside the sentence naming its
      // subject: the two together, discounted, are a candidate too.
      const next = sentences[i + 1];
      // What the previous answer stated, taken up by the next sentence ("… elf Programmpunkte enthält." + "Dazu gehören …"):
      // the pair, stated by its second sentence, is what an untyped follow-up asks next ("Nenn mir ein paar davon.").
      const saidBefore = !!next && next.leans && x.end <= next.start && said.some((line) => squash(text.slice(x.statementStart, x.statementEnd)).includes(line));
      if (!next || x.end > next.start || (next.end - x.start > MAX_PAIR_CHARS && !saidBefore)) return;
      // Nor does such a sentence end a pair: its list comes with it.
      if (lists[i + 1]!.length) return;
      // A pair too long to state whole is stated by its second sentence alone: worth it only when that one
      // brings the fact the first lacks, or explains it. Otherwise the first sentence's words (and fact) would be credited
      // to a statement that does not show them ("Still und leise … verabschiedet. Damit hat …").
      // A question for a meaning is answered by the second sentence that explains the first ("Das heißt, …").
      const stateable =
        next.statementEnd - x.statementStart <= MAX_PAIR_STATEMENT || (!x.facts.length && next.facts.length > 0) || (!!input.meaning && next.leans) || saidBefore;
      if (!stateable) return;
      const leans = next.leans;
      if (leans || x.facts.length || next.facts.length) {
        const pair = candidate([x, next], leans ? LEANING_PAIR_DISCOUNT : PAIR_DISCOUNT);
        // The second sentence brings the fact the first lacks ("… die geringste Einwohnerdichte … auf. Etwa 71 Menschen sind es …"): a candidate even when it adds no word of the question.
        // Only when the first states at least half the question: a single shared word ("tagt" ~ "Tag") makes no subject.
        const bringsFact = !x.facts.length && next.facts.length > 0 && single.features.coverage >= FACT_PAIR_MIN_COVERAGE;
        if (pair.features.coverage > single.features.coverage || ((leans || bringsFact) && pair.features.coverage >= single.features.coverage * PAIR_DISCOUNT)) out.push(pair);
      }
    });
  });
  // "Was ist das ZDMV?": a text says what its subject is where it first names it, so of the
  // sentences naming the subject the first of each document is preferred.
  if (input.definition) {
    const best = Math.max(0, ...out.map((s) => s.features.coverage));
    const first = new Map<string, RankedSentence>();
    for (const s of out) {
      if (s.features.coverage < best * 0.5) continue;
      const doc = hits[s.hit]!.passage.docId;
      const at = hits[s.hit]!.passage.start + s.start;
      const seen = first.get(doc);
      if (!seen || at < hits[seen.hit]!.passage.start + seen.start) first.set(doc, s);
    }
    for (const s of first.values()) {
      s.features.cue = true;
      s.score += W.cue;
    }
  }
  if (input.latest && type === 'date') preferLatest(out, hits);
  if (input.earliest && type === 'number') preferEarliest(out, hits);
  return out.sort((a, b) => b.score - a.score || a.hit - b.hit || a.start - b.start);
}

/** A year of a date fact ("03.11.2023", "Juni 2025", "2019"); the latest when it names several. */
function yearOf(text: string): number | undefined {
  const years = [...text.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) => Number(m[0]));
  return years.length ? Math.max(...years) : undefined;
}

/**
 * "Von wann ist die aktuelle Fassung?": of the sentences that date the subject (a date next to it,
 * covering at least {@link LATEST_MIN_SHARE} of what the best of them covers), those with the latest
 * year are the answer; the others name earlier versions. They get the score of the best, plus the cue.
 */
function preferLatest(out: RankedSentence[], hits: RetrievedPassage[]): void {
  const yearOfSentence = (s: RankedSentence) => Math.max(...s.facts.map((f) => yearOf(hits[s.hit]!.passage.text.slice(f.start, f.end)) ?? 0));
  promoteDated(out, yearOfSentence, (years) => Math.max(...years));
}

/**
 * "Wie viele waren es am Anfang?": of the sentences with a figure next to the subject that also
 * name a year, those naming the earliest year are the answer ("… im September 2019 waren es 117").
 */
function preferEarliest(out: RankedSentence[], hits: RetrievedPassage[]): void {
  const firstYear = (s: RankedSentence) => {
    const years = [...hits[s.hit]!.passage.text.slice(s.statementStart, s.statementEnd).matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((m) => Number(m[0]));
    return years.length ? Math.min(...years) : undefined;
  };
  promoteDated(out, firstYear, (years) => Math.min(...years));
}

/**
 * Of the sentences with the fact next to the subject and a year (covering at least
 * {@link LATEST_MIN_SHARE} of what the best of them covers), those whose year is the one `pick`
 * chooses get the score of the best, plus the cue. A chosen year of 0 (none) changes nothing.
 */
function promoteDated(out: RankedSentence[], yearOfSentence: (s: RankedSentence) => number | undefined, pick: (years: number[]) => number): void {
  const dated = out.filter((s) => s.features.near && s.facts.length && yearOfSentence(s) !== undefined);
  if (!dated.length) return;
  const best = Math.max(...dated.map((s) => s.features.coverage));
  const eligible = dated.filter((s) => s.features.coverage >= best * LATEST_MIN_SHARE);
  const chosen = pick(eligible.map((s) => yearOfSentence(s)!));
  if (!chosen) return;
  const top = Math.max(...out.map((s) => s.score));
  for (const s of eligible)
    if (yearOfSentence(s) === chosen) {
      s.features.cue = true;
      s.score = Math.max(s.score, top) + SENTENCE_WEIGHTS.cue;
    }
}

/** Prepositions fused with an article ("im" = "in dem", "zur" = "zu der"). */
const CONTRACTIONS: Record<string, string> = { im: 'in', ins: 'in', am: 'an', ans: 'an', zum: 'zu', zur: 'zu', vom: 'von', beim: 'bei', aufs: 'auf', fürs: 'für', übers: 'über', ums: 'um', durchs: 'durch' };

/** "im" is "in" (fused with its article), as is "In". */
function samePreposition(word: string, preposition: string): boolean {
  const w = word.toLowerCase();
  return w === preposition || (Object.hasOwn(CONTRACTIONS, w) && CONTRACTIONS[w] === preposition);
}

/** Text with its whitespace collapsed, for comparing a statement with an answer's line. */
function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** A statement-worthy sentence of a passage with what does not depend on the question. */
export interface AnalyzedSentence {
  start: number;
  end: number;
  sentence: string;
  words: { start: number; end: number; terms: Set<string> }[];
  /** Terms of its context: title, section path, publisher of its source link, nearest heading, up to CONTEXT_SENTENCES sentences before it. */
  context: Set<string>;
  /** Terms of its text around it: the nearest heading, the sentences before it and the publisher its source link names (not the title nor the section path). */
  near: Set<string>;
  /** Opens with a word that points back to the previous sentence. */
  leans: boolean;
  /** Terms of the question the sentence answers: its section's heading when that is a question (an interview's, an FAQ's), with the person it is put to. */
  asked?: Set<string>;
  /** Its statement part, relative to the sentence. */
  st: { start: number; end: number };
}

/**
 * Analyses of passages by id (they do not change while an index is loaded; a new index brings new
 * ids). About 45 KB each for a passage of 1,500 characters (measured), so at most ≈ 45 MB; the
 * oldest is dropped first.
 */
const analyses = new Map<string, AnalyzedSentence[]>();
export const MAX_ANALYSES = 1000;

/**
 * The sentences of a passage that may be statements (no metadata, no headings), each with its
 * words' index terms and its context. Question-independent, so kept per passage: the cost of a
 * question is then the features, not the analysis.
 */
export function analyzePassage(passage: RetrievedPassage['passage'], analyzer: Analyzer, addressee?: string, isPlaceName?: (word: string) => boolean): AnalyzedSentence[] {
  // An interview's later questions ("Welche Ziele haben Sie sich gesetzt?") address the person its first one names ("Herr Lenz, …"): that name is their context too.
  const addressed = !!addressee && addressesReader(passage.section?.at(-1));
  // Under any of its questions, the interviewee answers: "ich", "mein …" are that person ("… nehme ich nun als IT-Beauftragter wahr").
  const speaker = addressee && /\?\s*$/u.test(passage.section?.at(-1) ?? '') ? new Set(analyzer.terms(addressee)) : undefined;
  // The id names the text (its hash); title and headings are the context, so they are part of the key too.
  const key = `${passage.id}\u0000${passage.text.length}\u0000${passage.title}\u0000${passage.url ?? ''}\u0000${(passage.section ?? []).join('\u0001')}${speaker ? `\u0000${addressee}` : ''}${isPlaceName ? '\u0000p' : ''}`;
  const cached = analyses.get(key);
  if (cached) return cached;
  const text = passage.text;
  const termsOf = (t: string) => new Set(analyzer.terms(t));
  // The publisher its source link names is context too: "laut NDR", "according to the Behörden Spiegel piece" name the text, not a sentence of it.
  // (A portal named after a place — "schleswig-holstein.de" — names its owner, not a medium a question would cite: the text names the place where it matters.)
  const host = publisherWords(passage.url);
  const publisher = host && !(isPlaceName && host.split(' ').some((w) => isPlaceName(w))) ? host : undefined;
  const docContext = termsOf(`${passage.title}\n${(passage.section ?? []).join('\n')}${addressed ? `\n${addressee}` : ''}${publisher ? `\n${publisher}` : ''}`);
  const sourceTerms = publisher ? termsOf(publisher) : new Set<string>();
  const question = passage.section?.at(-1);
  const asked = question && /\?\s*$/u.test(question) ? termsOf(`${question}${addressed ? `\n${addressee}` : ''}`) : undefined;
  let heading = new Set<string>();
  let since: Set<string>[] = [];
  const out: AnalyzedSentence[] = [];
  // A date line ("Stand: 05.10.2023 05:55 Uhr") is the dateline of the sentence after it, as "[04.09.2024]" is of its own.
  let dateLine: number | undefined;
  for (const range of splitSentences(text)) {
    const { end } = range;
    if (isMetadataSentence(text.slice(range.start, end))) {
      dateLine = isDateLine(text.slice(range.start, end)) ? range.start : undefined;
      continue;
    }
    const start = dateLine ?? range.start;
    dateLine = undefined;
    const sentence = text.slice(start, end);
    // A headline is the document's first statement, however short ("Gebietsreform spart jährlich 70 Millionen Euro").
    if (isHeading(sentence) && !isHeadline(passage)) {
      heading = termsOf(sentence);
      since = [];
      continue;
    }
    const words = wordSpans(sentence).map((w) => ({
      start: start + w.start,
      end: start + w.end,
      terms: speaker && FIRST_PERSON.test(w.word) ? new Set([...analyzer.terms(w.word), ...speaker]) : new Set(analyzer.terms(w.word)),
    }));
    const near = new Set([...heading, ...since.flatMap((t) => [...t]), ...sourceTerms]);
    const context = new Set([...docContext, ...near]);
    since = [...since, new Set(words.flatMap((w) => [...w.terms]))].slice(-CONTEXT_SENTENCES);
    const st = statementRange(sentence);
    out.push({ start, end, sentence, words, context, near, leans: pointsBack(sentence.slice(st.start, st.end)), st, ...(asked ? { asked } : {}) });
  }
  if (analyses.size >= MAX_ANALYSES) analyses.delete(analyses.keys().next().value!);
  analyses.set(key, out);
  return out;
}

/** A count or an amount whose numbers are all numbers the question gives. */
function givesOnly(fact: string, type: AnswerType, given: string[] | undefined): boolean {
  if (!given?.length || (type !== 'number' && type !== 'money')) return false;
  const numbers = numbersOf(fact);
  return numbers.length > 0 && numbers.every((n) => given.includes(n));
}

/** The numbers a text gives, as the analyzer writes them ("35.300" → "35300", "1,6" stays). */
export function numbersOf(text: string): string[] {
  return text.replace(/(\d)[.'’](?=\d{3}(?!\d))/gu, '$1').match(/\d+(?:,\d+)?/gu) ?? [];
}

/** A sentence that ends open, announcing what follows: a colon, or a final clause cut before its list ("…, um"). */
const INTRODUCES_LIST = /(?::|,\s*(?:um|damit|wie folgt|und zwar|nämlich|insbesondere))\s*$/iu;
/** A list item: a numbered or bulleted line. */
const LIST_ITEM = /^\s*(?:[-–•*▪]|\d+[.)])\s/u;
/** Items of a list stated with the sentence introducing it, at most. */
const MAX_LIST_ITEMS = 4;
/** …and in characters from the start of the introducing sentence. */
const MAX_LIST_CHARS = 700;

/** The list items right after sentence `i` (consecutive, within the passage), up to the limits above. */
function listAfter<T extends { start: number; end: number }>(sentences: T[], i: number, text: string): T[] {
  const first = sentences[i]!;
  const out: T[] = [];
  for (let k = i + 1; k < sentences.length && out.length < MAX_LIST_ITEMS; k++) {
    const s = sentences[k]!;
    if (!LIST_ITEM.test(text.slice(s.start, s.end)) || s.end - first.start > MAX_LIST_CHARS) break;
    out.push(s);
  }
  return out;
}

/** Words at the start of a list item within which it takes up a noun of the sentence before the list. */
const ITEM_HEAD_WORDS = 5;

/**
 * A sentence ending in a full stop introduces the list after it when each item opens by taking up one of its words
 * ("Das ZDMV besteht aus drei Abteilungen, …" + "• Die Allgemeine Abteilung …", "• Die Abteilung IT Betrieb …"):
 * lexical cohesion (repetition, Halliday & Hasan 1976) ties the items to it as a colon would.
 */
function itemsTakeUp(sentence: { words: { terms: Set<string> }[] }, items: { words: { terms: Set<string> }[] }[]): boolean {
  const own = new Set(sentence.words.flatMap((w) => [...w.terms]));
  return items.length >= 2 && items.every((item) => item.words.slice(0, ITEM_HEAD_WORDS).some((w) => [...w.terms].some((t) => own.has(t))));
}

/** A count of one by "einzige"/"single" ("eine einzige Großstadt"): what it counts is the noun after it. */
const SINGLE = /(?:einzige[nmrs]?|single|only one)$/iu;

/** First-person singular pronouns and possessives. */
const FIRST_PERSON = /^(?:ich|mich|mir|meine?[mnrs]?|i|me|my)$/iu;

/** An interview question put to someone in the polite form ("Welche Ziele haben Sie sich gesetzt?", "What are your goals?"). */
function addressesReader(heading: string | undefined): boolean {
  return !!heading && /\?\s*$/u.test(heading) && /(?<!\p{L})(?:Sie|Ihnen|Ihre[nmrs]?|Ihr|you|your)(?!\p{L})/u.test(heading);
}

/**
 * The person an interview is with, from its first question ("Herr Lenz, warum ist …?" → "Herr Lenz"):
 * a heading that opens with a form of address and a name, then a comma.
 */
export function interviewee(heading: string): string | undefined {
  return /^\s*((?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?)\s+(?:(?:Dr|Prof)\.\s+)*\p{Lu}[\p{L}-]+)\s*,[^?]*\?\s*$/u.exec(heading)?.[1];
}

/** A short line without final punctuation is a heading: context, not a statement; a list item ("- beauftragt …") is none. */
function isHeading(sentence: string): boolean {
  return sentence.length <= MAX_HEADING_CHARS && !/[.!?…:;"“”»«)]\s*$/u.test(sentence) && !/^\s*(?:[-–•*▪]|\d+[.)])\s/u.test(sentence);
}

/** The fact is the consequence connective the sentence opens with (see {@link CONSEQUENCE}). */
/** Weighted share of the matchers found among the given terms. */
function shareIn(matchers: TermMatcher[], terms: ReadonlySet<string>, total: number): number {
  return total > 0 ? matchers.reduce((a, m) => a + m.weight * strength(m, terms), 0) / total : 0;
}

function opensWithConsequence(text: string, sentence: { statementStart: number; statementEnd: number }, f: FactSpan): boolean {
  const m = CONSEQUENCE.exec(text.slice(sentence.statementStart, sentence.statementEnd));
  return !!m && f.start < sentence.statementStart + m[0].length;
}

/** Words of scale or share between a number and what it counts ("1,6 Millionen Einwohner", "80 Prozent der Kommunen"). */
const SCALE_WORD = /^(?:Millionen|Million|Milliarden|Milliarde|Tausend|Mio|Mrd|Prozent|Hundert|Dutzend)$/u;

/** The sentence names a state or region ({@link RankInput.isRegion}) that none of the asked ones matches. */
function namesOtherRegion(sentence: string, regions: TermMatcher[], isRegion: (word: string) => boolean, analyzer: Analyzer): boolean {
  for (const m of sentence.matchAll(/(?<![\p{L}-])\p{Lu}[\p{L}-]*\p{L}/gu)) {
    if (!isRegion(m[0])) continue;
    const terms = new Set(analyzer.terms(m[0]));
    if (!regions.some((r) => strength(r, terms) > 0)) return true;
  }
  return false;
}

/**
 * A number counts the noun right after it (adjectives between allowed): a count of persons only if
 * that noun names persons, by role or trade (the lexicon) or as a body of persons or their posts
 * ("Menschen", "Beschäftigte", "Stellen"). A number without a noun after it may count anything.
 */
function countsNonPersons(text: string, end: number, isPersonNoun: (word: string) => boolean): boolean {
  const m = nounAfterNumber(text, end);
  if (!m || SCALE_WORD.test(m[1]!)) return false;
  return !PERSONS_HEAD.test(m[1]!) && !isPersonNoun(m[1]!);
}
/** The noun right after a number (up to two words in small letters between: adjectives): the match, the noun in group 1. */
function nounAfterNumber(text: string, end: number): RegExpExecArray | null {
  return /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)/u.exec(text.slice(end, end + 80));
}
/** Heads of nouns that count persons or their posts (closed class; "Landesbedienstete", "Vollzeitstellen"). */
const PERSONS_HEAD = /(?:menschen|personen|leute|nutzer(?:innen)?|bürger(?:innen)?|einwohner(?:innen)?|mitarbeiter(?:innen)?|köpfe|beschäftigten?|mitarbeitenden?|bediensteten?|angestellten?|stellen|arbeitsplätze|teilnehmenden?|nutzenden?|einwohnenden?)$/iu;

/**
 * A cardinal quantifies the noun phrase that follows it: a noun right after the number (adjectives
 * between allowed) that is not the counted noun nor a word of scale says what else the number counts.
 */
function countsOtherNoun(text: string, end: number, words: { start: number; terms: Set<string> }[], counted: TermMatcher, analyzer: Analyzer): boolean {
  const m = nounAfterNumber(text, end);
  if (!m || SCALE_WORD.test(m[1]!)) return false;
  const head = end + m.index + m[0].length - m[1]!.length;
  // Only where the sentence names the counted noun after the number, beside another head ("drei Abteilungen, den dazugehörigen Dezernaten"):
  // a synonym the matcher does not know ("71 Menschen" for "Einwohner") still counts.
  return strength(counted, new Set(analyzer.terms(m[1]!))) === 0 && words.some((w) => w.start > head && strength(counted, w.terms, STRONG_MATCH) > 0);
}

/**
 * Matches at least this strong are the question's word itself: its forms (0.8–1), a compound it
 * heads or a translation of it (0.7); not a thesaurus synonym (0.6) nor a compound part (≤ 0.6).
 */
const STRONG_MATCH = 0.7;

function strength(m: TermMatcher, terms: ReadonlySet<string>, min = 0): number {
  let best = 0;
  // A word has a term or two, a question term dozens of variants (synonyms, compounds): walk the smaller side.
  if (terms.size < m.variants.size) {
    for (const t of terms) {
      const w = m.variants.get(t);
      if (w !== undefined && w >= min && w > best) best = w;
    }
    return best;
  }
  for (const [term, w] of m.variants) if (w >= min && terms.has(term)) best = Math.max(best, w);
  return best;
}

/** A fact whose words are all words of the question ("2011" in "Was ist der Masterplan 2011?") answers nothing. */
/**
 * The sequential-dependence feature of term-proximity ranking (Metzler & Croft 2005): the share
 * of the question's neighbouring content-word pairs, in order, that also stand in order in the
 * sentence with at most one content word between them ("ein eigenes Konto" → "ohne eigenes
 * Konto"). A pair counts by its weaker word, out of its stronger one.
 */
function phraseShare(words: { terms: Set<string> }[], matchers: TermMatcher[]): number {
  const content = words.filter((w) => w.terms.size);
  let total = 0;
  let got = 0;
  for (let i = 0; i + 1 < matchers.length; i++) {
    const a = matchers[i]!;
    const b = matchers[i + 1]!;
    const weight = Math.min(a.weight, b.weight);
    if (weight <= 0) continue;
    // Out of the stronger word's weight: a pair with a weak word ("in Schwerin") counts little.
    total += Math.max(a.weight, b.weight);
    if (content.some((w, k) => strength(a, w.terms) > 0 && content.slice(k + 1, k + 1 + PHRASE_WINDOW).some((n) => strength(b, n.terms) > 0))) got += weight;
  }
  return total ? got / total : 0;
}
/** The second word of a pair may follow the first within this many content words. */
const PHRASE_WINDOW = 2;

function onlyQuestionWords(
  words: { start: number; end: number; terms: Set<string> }[],
  f: FactSpan,
  questionTerms: ReadonlySet<string>,
  person = false,
  kindTerms?: ReadonlySet<string>,
): boolean {
  const inside = words.filter((w) => w.start >= f.start && w.end <= f.end && w.terms.size);
  const asked = (w: { terms: Set<string> }) => [...w.terms].some((t) => questionTerms.has(t) && !kindTerms?.has(t));
  if (inside.length > 0 && inside.every(asked)) return true;
  // "Digitalisierungsminister Dirk Schrödter" when the question names Dirk Schrödter and asks for a
  // kind of thing ("In welcher Partei …?") or for someone else ("Wer war vor Denis Alt CIO?"): the
  // title adds no one new. ("Wer ist …?" asks for the title.)
  return person && inside.length >= 3 && inside.slice(1).every(asked);
}

/**
 * The sentence reports something done, in the perfect or the passive past ("hat … gestartet",
 * "wurde … gewählt"): a news item's dateline dates that. In the present ("…, sagt Staatssekretär
 * Denis Alt") it dates only the report, not when he became what he is.
 */
function reportsDoneEvent(statement: string): boolean {
  return DONE_EVENT.test(statement);
}
const DONE_EVENT = /(?<!\p{L})(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|has|have|had|was|were)(?!\p{L})[^.!?]*?(?<!\p{L})(?:ge\p{Ll}{2,}(?:t|en)|(?:be|er|ver|zer|ent|emp|miss)\p{Ll}{2,}(?:t|en)|\p{Ll}{2,}iert|\p{Ll}+ge\p{Ll}+(?:t|en)|\p{Ll}+ed)(?!\p{L})/u;
