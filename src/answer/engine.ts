import type { BilingualDictionary } from '../lexicon/bilingual-dictionary.js';
import { isMetadataOnly } from './metadata-lines.js';
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import { OfflineEmbedder } from '../embedding/offline-embedder.js';
import type { Logger } from '../logger.js';
import type { Analyzer } from '../search/analyzer.js';
import { indexText, type LoadedIndex, type StoredPassage } from '../search/index-format.js';
import { termsOfDocument, termsThroughout } from '../search/document-terms.js';
import { documentCompanies } from './company-names.js';
import { MERGED_ID_SEPARATOR, retrieve, type Retrieval, type RetrievedPassage } from '../search/retriever.js';
import { isHeadline } from '../ingest/chunk-document.js';
import { splitSentences } from '../ingest/split-sentences.js';
import { composeAnswer, locationOf } from './compose-answer.js';
import { detectLanguage } from './detect-language.js';
import type { LinguisticResources } from '../lexicon/load-linguistic-resources.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { joinSeparableVerbs } from '../lexicon/separable-verbs.js';
import { joinSplitCompounds } from '../search/join-split-compounds.js';
import { ALTERNATIVE_WEIGHTS, englishTranslator, germanAlternatives, genitiveCompoundAlternatives, isAdjectiveAsNoun, phraseSynonymAlternatives,
  participleSynonymAlternatives, prepositionalVerbAlternatives, type Translation, type WordAlternative } from '../lexicon/word-expansions.js';
import { foldLetters, foldText, wordSpans } from '../text/fold.js';
import { isAskingWord, opensWithRequest, withoutTopicSwitch } from '../text/question-words.js';
import type { IndexHandle } from './index-handle.js';
import type { Topic } from './load-topics.js';
import type { TermMatcher } from './pick-sentences.js';
import { alternativeWords, askedAbbreviation, askedName, asksPartOf, chainAnswerType, quantifiedNoun, askedPlaceKind, asksEarliest, isNegated, namedPersonOf, asksPlaceName, asksSeat, seatWords, asksTenure, askedPrepositionPhrase, askedKind, countsMoney, countsTime, asksDay, asksFuture, asksRole, asksSpeaker, ROLE_FRAME, asksSuperlative, ordinalNumbers, spanNumbers, asksPublication, asksLatest, asksDefinition, asksDuration, asksFullName, asksMeaning, meaningHead, countedNoun, countedNounFollowers, measuredNoun, countsAnyPersons, hasOwnInterrogative, isPolarQuestion, namedKind, nonAcronymParts, dateCue, rateUnit, expectedAnswerType, focusedWord, latestTypedQuestion, wantsPersonName, type AnswerType } from './answer-type.js';
import { decideAnswerable, type Decision } from './decide-answerable.js';
import { turnOf } from './turn-of.js';
import { leadAndQuestion, splitQuestion } from './split-question.js';
import { combineAnswers } from './combine-answers.js';
import { analyzePassage, interviewee, MAX_ANALYSES, numbersOf, rankSentences, type RankedSentence } from './rank-sentences.js';
import { normalizeQuestion, withoutAskerContext, writeOutStateCodes } from './normalize-question.js';
import { announcesNewTopic, combine, newWords, opensWithConnector, pointsBackOnlyInTime, resolveFollowUp, stemOf } from './resolve-follow-up.js';
import { sanitizeQuestion } from './sanitize-question.js';
import { specificNames } from './specific-names.js';
import { isMostlyUnknown, knownWordCount } from './mostly-unknown.js';
import type { Answer, AnswerService, AskOptions, IndexInfo, Lang, PassageView, ReindexSummary, TopicSummary, Turn } from './types.js';
import { translateNamesAndTerms } from './glossary-en-de.js';

/** A question naming this many things the documents never mention is about something else ({@link AnswerEngine.unknownNouns}). */
const MIN_UNKNOWN_NOUNS = 2;
/** Shortest head noun taken from a compound ("Mittel" in "Ausweismittel"). */
const HEAD_MIN = 5;
/** Longest turn taken for an elliptical follow-up ("Und die aktuelle Fassung?"). */
const MAX_ELLIPTICAL_WORDS = 6;
/** Words of a question without a verb that is a fragment of the previous turn's ("In welchem Projekt genau?"), at most. */
const MAX_FRAGMENT_WORDS = 5;
/** Two or more capitalised English words in a row, a name ("Lower Saxony", "North Rhine-Westphalia"); not at the question's start. */
const ENGLISH_NAME_OF_WORDS = /(?<=\p{L}[^.?!:;]*\s)\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+/gu;

/** Nouns that only point at what was said ("das Ganze", "die Sache", "the whole thing"): no subject of their own. */
const REFERRING_NOUN = /^(?:ganze[ns]?|sache|dinge?|thing|things|stuff|whole)$/iu;
/** A token that is a file name or a link: a slash, backquote or underscore, or a dot before a letter. */
const FILE_OR_LINK = /[/`_]|\.\p{L}/u;

/** The whitespace-delimited token of `text` around position `at`. */
function tokenAt(text: string, at: number): string {
  let start = at;
  let end = at;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  while (end < text.length && !/\s/u.test(text[end]!)) end++;
  return text.slice(start, end);
}

/** Passages read to learn how the documents spell a word typed in lower case. */
const SPELLING_PASSAGES = 8;
/** Weight of the previous turns' words in a resolved follow-up's sentence choice (its own words weigh 1). */
const HISTORY_TERM_WEIGHT = 0.5;
/** Weight factor of the word a focus particle marks ("auch Vereine") in choosing the sentence. */
const FOCUS_TERM_WEIGHT = 2;
/** The noun of "in Kraft treten" (folded), as a German question or the translation of "come into force" writes it. */
const LEGAL_FORCE = 'kraft';
/**
 * Score factor in retrieval of passages from the document the previous answer quoted first, for
 * every later turn (not after a declined turn or a new topic): a conversation stays with its
 * document unless the question's words lead elsewhere ("What's the goal?" after a turn on an
 * agreement asks for that agreement's goal). 1.25–3 measured alike on the tuning sets; 2 kept.
 */
const DOC_PRIOR = 2;
/** A question for what someone does ("Was macht das Büro eigentlich?"), with its verb; also after a lead ("… . Was macht diese Stelle?"). */
const TASK_QUESTION = /(?:^|[.!?:]\s+)(?:und\s+)?was\s+(macht|tut)\b/iu;
/** How documents state what someone does: the task verb of such a question may match these. */
const TASK_WORDS: WordAlternative[] = ['Aufgabe', 'Aufgaben', 'zuständig'].map((word) => ({ word, weight: ALTERNATIVE_WEIGHTS.synonym }));
/** "Wie ist das ZDMV aufgebaut?", "How is it structured?": a question for the parts something is made of. */
const STRUCTURE_QUESTION = /\b(?:wie\s+(?:ist|sind|war|waren|wird|werden)|how\s+(?:is|are|was|were))\b[^?!.]{0,80}?\b(?:aufgebaut|gegliedert|strukturiert|organisiert|structured|organi[sz]ed)\b/iu;
/** Its participle, in the question or in its German translation. */
const STRUCTURE_PARTICIPLE = /^(?:aufgebaut|gegliedert|strukturiert|organisiert|structured|organi[sz]ed)$/iu;
/** How documents state what something is made of ("besteht aus drei Abteilungen", "gliedert sich in"). */
const STRUCTURE_WORDS: WordAlternative[] = ['besteht', 'bestehen', 'gliedert', 'untergliedert', 'zusammengesetzt'].map((word) => ({ word, weight: ALTERNATIVE_WEIGHTS.synonym }));
/** A year (1900–2099) as a number of a statement. */
const YEAR_NUMBER = /^(?:19|20)\d{2}$/;

/** Shortest word that typed-apart words are joined into ("e government" → "egovernment"; "in mv" is no compound). */
const MIN_JOINED_COMPOUND = 6;
/** Words whose lexicon verdict is kept (≈ 100 bytes each). */
const MAX_KNOWN_WORDS = 50_000;
/** English questions (and their words) translated and kept per index. */
const MAX_CACHED_TRANSLATIONS = 2000;

export type EngineConfig = Pick<
  Config,
  | 'RETRIEVAL_CANDIDATES'
  | 'RETRIEVAL_TOP_K'
  | 'FUSION_RRF_K'
  | 'FUSION_KEYWORD_WEIGHT'
  | 'ABSTAIN_MIN_COVERAGE'
  | 'UNKNOWN_TERM_WEIGHT'
  | 'ANSWER_MIN_SENTENCE_COVERAGE'
  | 'FACT_MIN_SUBJECT_COVERAGE'
  | 'MAX_QUESTION_CHARS'
  | 'HISTORY_TURNS'
>;

export interface EngineDeps {
  config: EngineConfig;
  index: IndexHandle;
  embedder: Embedder;
  analyzer: Analyzer;
  topics: Topic[];
  logger: Logger;
  /** Optional lexicon, thesaurus and dictionary (see src/lexicon); the engine works without them. */
  resources?: LinguisticResources;
  /** Runs an incremental reindex (the engine reloads the index afterwards). */
  reindex?: () => Promise<ReindexSummary>;
}

/**
 * English words left untranslated by the glossary may still be covered in other words by the
 * German text: they count less than unknown German words.
 */
const EN_UNKNOWN_SHARE = 0.7;
/** Sentence vectors kept for similarity (4 KiB each: 20,000 ≈ 80 MiB at most). */
const SENTENCE_VECTOR_CACHE = 20_000;
/** Time the engine may spend preparing passages at start ({@link AnswerEngine.warm}); ≈ 400 passages a second here. */
const WARM_BUDGET_MS = 1500;
/** One question of each kind the engine tells apart, German and English, some as follow-ups ({@link AnswerEngine.warmUp}). */
const WARM_QUESTIONS = [
  'Was ist das Serviceportal?',
  'Bis wann soll das Projekt umgesetzt sein?',
  'Und seit wann gilt das Gesetz?',
  'Wie viele Projekte gibt es im Land?',
  'Was hat der Ausbau des Portals gekostet?',
  'Wer leitet das Ministerium?',
  'Welche Stadt hat das Portal gestartet?',
  'Welcher Minister hat den Vertrag unterzeichnet?',
  'Warum ist die Digitalisierung wichtig?',
  'Was bedeutet das Once-Only-Prinzip?',
  'Wofür steht die Abkürzung OZG?',
  'Wie dicht ist das Land besiedelt?',
  'Von wann ist die aktuelle Fassung?',
  'Was noch?',
  'Ganz anderes Thema: Wie kommt es, dass die Umsetzung stockt?',
  'When will the e-file be introduced?',
  'How many user accounts are there?',
  'How much does the portal cost?',
  'Who heads the digital agency of the state?',
  'Which German state wants to be the first to introduce a digitally sovereign workplace in its administration?',
  'and why?',
  'What does the state audit office criticise according to the report?',
];
/** Best-ranked sentences listed in an answer's explanation. */
const EXPLAIN_CANDIDATES = 5;
/** Passages whose sentences compete for the answer (the answer cites RETRIEVAL_TOP_K at most). */
const CANDIDATE_PASSAGES = 6;
/** Topic overviews: passages searched, statements shown, and the least share of the topic's terms a statement must hold. */
const TOPIC_PASSAGES = 8;
const TOPIC_STATEMENTS = 6;
const TOPIC_MIN_SENTENCE_COVERAGE = 0.2;

const NO_PLACE_KINDS: ReadonlySet<string> = new Set();
/** Translations of an English kind of place tried as its German head ("district" → "Bezirk", "Kreis", …). */
const PLACE_KIND_TRANSLATIONS = 8;

/** Verbs that assert, modify or stand in for another ("ist", "hat", "wird", "soll", "gibt es", "machen"): they name no event. */
const LIGHT_VERBS = new Set(['sein', 'haben', 'werden', 'können', 'sollen', 'müssen', 'dürfen', 'wollen', 'mögen', 'geben', 'lassen', 'machen', 'tun', 'gehen', 'kommen', 'stehen', 'liegen']);

/**
 * The answer engine: cleans the question, resolves follow-ups, retrieves (hybrid), abstains
 * when the evidence is weak, and composes an extractive answer with numbered citations.
 * Knows nothing of Discord or the terminal.
 */
export class AnswerEngine implements AnswerService {
  private readonly sentenceEmbedder = new OfflineEmbedder({ dimensions: 1024 });
  private readonly sentenceVectors = new Map<string, Float32Array>();

  private readonly germanAlternatives: (word: string) => WordAlternative[];
  /**
   * A word the lexicon knows, a compound of such words, a noun formed with a derivational
   * suffix ("Digitalisierung", "Sicherheit", "Souveränität"), or an adjective used as a noun
   * ("Digitales": the lexicon has no adjectives, the thesaurus has "digital"): no part of a name.
   */
  private readonly isCommonWord = (word: string): boolean => {
    const lexicon = this.deps.resources?.lexicon;
    if (!lexicon) return false;
    // Asked for every capitalised word of every candidate sentence of a "wer" question: kept.
    let common = this.commonWords.get(word);
    if (common === undefined) {
      common =
        lexicon.has(word) ||
        DERIVED_NOUN.test(word) ||
        isCompoundOfWords(word, lexicon) ||
        isAdjectiveAsNoun(word, this.deps.resources?.thesaurus) ||
        isAdjectiveNounCompound(word, lexicon, this.deps.resources?.thesaurus);
      if (this.commonWords.size >= MAX_KNOWN_WORDS) this.commonWords.clear();
      this.commonWords.set(word, common);
    }
    return common;
  };
  private readonly commonWords = new Map<string, boolean>();
  /**
   * A noun naming a person by role or trade ({@link Lexicon.isPersonNoun}), or a compound headed by
   * one ("Rechnungshofpräsidentin", "Digitalisierungsminister": German compounds are right-headed).
   */
  private readonly isPersonNoun = (word: string): boolean => {
    const lexicon = this.deps.resources?.lexicon;
    if (!lexicon) return false;
    const last = word.split('-').at(-1)!;
    if (lexicon.isPersonNoun(last)) return true;
    for (let i = 1; i <= last.length - HEAD_MIN; i++) if (lexicon.isPersonNoun(last[i]!.toUpperCase() + last.slice(i + 1))) return true;
    return false;
  };
  /** A place the German–English dictionary names ({@link BilingualDictionary.isPlaceName}); false without it. */
  private readonly isPlaceName = (word: string): boolean => this.deps.resources?.dictionary?.isPlaceName(word) ?? false;
  private readonly placeKinds = (word: string): ReadonlySet<string> => this.deps.resources?.dictionary?.placeKinds(word) ?? NO_PLACE_KINDS;
  private readonly isRegion = (word: string): boolean => this.placeKinds(word).has('region');

  constructor(private readonly deps: EngineDeps) {
    this.germanAlternatives = germanAlternatives(deps.resources);
  }

  /**
   * Does the question-independent work of answering ahead of the first question: the passages
   * that are all metadata, the sentences of the loaded index's passages with their terms and context, and their similarity vectors
   * (as many as the caches hold). Front ends call it once after loading; answers do not change.
   */
  warm(budgetMs = WARM_BUDGET_MS): { passages: number; ms: number } {
    const t0 = performance.now();
    // Which passages are all metadata (retrieval leaves them out): found once per index, here rather than at the first question.
    this.metadataOnly(this.deps.index.current);
    let passages = 0;
    for (const p of this.deps.index.current.passages.slice(0, MAX_ANALYSES)) {
      // A large corpus is prepared as far as the budget goes; the rest is prepared when first asked about.
      if (performance.now() - t0 > budgetMs) break;
      passages++;
      for (const s of analyzePassage(p, this.deps.analyzer, undefined, this.isPlaceName)) {
        if (this.sentenceVectors.size >= SENTENCE_VECTOR_CACHE) break;
        if (!this.sentenceVectors.has(s.sentence)) this.sentenceVectors.set(s.sentence, this.sentenceEmbedder.embedSync(s.sentence));
      }
    }
    return { passages, ms: performance.now() - t0 };
  }

  /**
   * Asks a fixed set of questions of every kind, German and English, with a follow-up, and discards
   * the answers: the code paths, regular expressions and word look-ups of each kind of question are
   * compiled and cached before a user's first question of that kind (first-time questions took
   * 15–47 ms instead of 4–8 ms without it, measured). Answers do not change.
   */
  async warmUp(): Promise<{ questions: number; ms: number }> {
    const t0 = performance.now();
    let history: Turn[] = [];
    for (const question of WARM_QUESTIONS) {
      const answer = await this.ask(question, { history });
      history = [turnOf(answer)];
    }
    return { questions: WARM_QUESTIONS.length, ms: performance.now() - t0 };
  }

  /** The English question in German words (Ding dictionary, else the glossary); one question is translated once per index. */
  private translate(index: LoadedIndex, question: string): Translation {
    if (this.translations.index !== index) this.translations = { index, cache: new Map() };
    const cached = this.translations.cache.get(question);
    if (cached) return cached;
    // Hundreds of candidate compounds per question: the index rejects most by their first letters.
    const known = (w: string) => index.keyword.termIdOfWord(w) !== undefined;
    // "Unrelated question: …" says that the subject changes: its words are no part of the question (as in German, see withoutAskingWords).
    const out = englishTranslator(this.deps.resources, known, (prefix) => index.keyword.hasTermWithPrefix(prefix), { passagesOf: (w) => this.passagesOfWord(index, w), total: index.keyword.size })(withoutTopicSwitch(question));
    if (this.translations.cache.size >= MAX_CACHED_TRANSLATIONS) this.translations.cache.clear();
    this.translations.cache.set(question, out);
    return out;
  }
  private translations: { index?: LoadedIndex; cache: Map<string, Translation> } = { cache: new Map() };

  /** The passages that use a German word, or, for a verb, one of its forms ("sparen" → "spart"). */
  private passagesOfWord(index: LoadedIndex, word: string): ReadonlySet<number> {
    if (this.wordPassages.index !== index) this.wordPassages = { index, cache: new Map() };
    let out = this.wordPassages.cache.get(word);
    if (out) return out;
    out = new Set<number>();
    const lexicon = this.deps.resources?.lexicon;
    const forms = /^\p{Ll}/u.test(word) && lexicon ? lexicon.forms(word).filter((f) => !/\s/.test(f)) : [];
    for (const w of [word, ...forms]) {
      const id = index.keyword.termIdOfWord(w);
      if (id === undefined) continue;
      const passages = index.keyword.passagesOfTerm(id);
      for (let i = 0; i < passages.length; i++) out.add(passages[i]!);
    }
    if (this.wordPassages.cache.size >= MAX_CACHED_TRANSLATIONS) this.wordPassages.cache.clear();
    this.wordPassages.cache.set(word, out);
    return out;
  }
  private wordPassages: { index?: LoadedIndex; cache: Map<string, Set<number>> } = { cache: new Map() };

  /**
   * Capitalised words of the question that neither the documents nor a dictionary know: names
   * of things the documents never mention ("Kanada" in "Hauptstadt von Kanada"). Needs the lexicon;
   * without it, none (coverage and the unknown-word rule still decide).
   */
  private unknownNames(index: LoadedIndex, question: string, lang: Lang, queryTerms: Retrieval['queryTerms'] = []): string[] {
    const lexicon = this.deps.resources?.lexicon;
    if (!lexicon) return [];
    const out: string[] = [];
    for (const { word, start } of wordSpans(question)) {
      // A name of capitalised parts ("Ludwigslust-Parchim") is unknown when one part is: "Ludwigslust" alone is another place.
      if (/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})+$/u.test(word)) {
        const part = word.split('-').find((p) => this.unknownName(index, p, lang, queryTerms));
        if (part) out.push(word);
        continue;
      }
      // A capitalised word at the start of a sentence may be any word ("Ganz anderes Thema: …").
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || /(^|[.:!?;]\s*)$/u.test(question.slice(0, start).trimEnd() + (start ? ' ' : ''))) continue;
      if (this.unknownName(index, word, lang, queryTerms)) out.push(word);
    }
    return out;
  }

  /**
   * Names of an English question the documents never use. A name of several words is one name,
   * checked as the German one it translates to: by the glossary ("Mecklenburg-Western Pomerania")
   * or the dictionary ("Lower Saxony" → "Niedersachsen", checked as a German name).
   */
  private unknownEnglishNames(index: LoadedIndex, question: string, queryTerms: Retrieval['queryTerms']): string[] {
    const out = this.unknownNames(index, translateNamesAndTerms(question), 'en', queryTerms);
    const dictionary = this.deps.resources?.dictionary;
    if (!dictionary) return out;
    for (const m of question.matchAll(ENGLISH_NAME_OF_WORDS)) {
      const german = dictionary.toGerman(m[0], 1)[0];
      // Checked as a German name inside a sentence ("…" before it: a capital at a sentence's start is no sign of a name).
      if (german && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(german) && this.unknownNames(index, `… ${german}`, 'de', queryTerms).length) out.push(m[0]);
    }
    return out;
  }

  /** A capitalised word that neither the documents (as itself, a variant or a synonym) nor a dictionary know. */
  private unknownName(index: LoadedIndex, word: string, lang: Lang, queryTerms: Retrieval['queryTerms']): boolean {
    const lexicon = this.deps.resources!.lexicon!;
    const terms = this.deps.analyzer.terms(word);
    if (!terms.length || terms.some((t) => index.keyword.hasTerm(t))) return false;
    if (index.keyword.queryTerms(word).some((t) => t.variants.some((v) => v.weight >= 0.5))) return false;
    // A word whose synonym the documents use is a common word of theirs ("Login" ~ "Zugang"), no name they lack.
    const folded = foldText(word);
    if (queryTerms.some((t) => t.word === folded && t.variants.some((v) => v.weight >= 0.5))) return false;
    if (lang === 'en') {
      // English: a name when every translation is a capitalised word that neither the documents nor the lexicon know ("Canada" → "Kanada").
      const translations = this.deps.resources?.dictionary?.toGerman(word, 3) ?? [];
      const known = (g: string) => lexicon.has(g) || this.deps.analyzer.terms(g).some((t) => index.keyword.hasTerm(t));
      return translations.length > 0 && !translations.some((g) => !/^\p{Lu}/u.test(g) || known(g));
    }
    // A place the dictionary names ("Brandenburg") is a name, though it splits into words ("Brand", "Burg").
    if (!lexicon.has(word) && !lexicon.has(word.toLowerCase()) && this.isPlaceName(word)) return true;
    return !(lexicon.has(word) || lexicon.has(word.toLowerCase()) || inflectedLemma(word, lexicon) || isCompoundOfWords(word, lexicon, (w) => this.deps.analyzer.terms(w).some((t) => index.keyword.hasTerm(t))));
  }

  /**
   * Answers a turn. One that asks two things ("Wer leitet X, und woran hapert es?") may find its
   * parts in different passages: the second part is asked too, as a follow-up to the first, and
   * what it adds joins the answer. A turn declined as a whole is asked part by part, and what
   * the documents answer is given (see splitQuestion, combineAnswers).
   */
  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const t0 = performance.now();
    const whole = await this.answerTurn(question, options);
    const lexicon = this.deps.resources?.lexicon;
    const isVerb = (word: string) => !!lexicon && lexicon.lemmaInfo(word).some((l) => l.pos === 'verb');
    // The question as the answer holds it: sanitized and normalized once, in answerTurn.
    const asked = withoutAskerContext(whole.question);
    const parts = splitQuestion(asked, isVerb);
    if (parts.length < 2) return whole.abstained ? this.askAfterLead(whole, asked, options, t0) : whole;
    const [firstPart, secondPart] = parts as [string, string];
    const history = options.history ?? [];
    // Answered as a whole: that answer stands for the first part.
    const first = whole.abstained ? await this.answerTurn(firstPart, { ...options, lang: whole.lang }) : whole;
    // The second part asks about the first's subject ("und wann fiel der Beschluss?", "und woran hapert es ihrer Meinung nach?"), whether or not the documents answer the first.
    const second = await this.answerTurn(secondPart, { ...options, lang: whole.lang, history: [...history, turnOf(first)] }, true);
    if (!whole.abstained && second.abstained) return whole;
    const combined = combineAnswers(first, second, whole.lang);
    if (!combined) return whole;
    const answered = first.abstained ? second : first;
    return {
      ...combined,
      id: whole.id,
      question: whole.question,
      resolvedQuestion: whole.resolvedQuestion,
      ...(answered.explanation ? { explanation: { ...answered.explanation, reason: `in two parts: ${first.explanation?.reason ?? ''} | ${second.explanation?.reason ?? ''}` } } : {}),
      timings: { retrievalMs: whole.timings.retrievalMs + (first === whole ? 0 : first.timings.retrievalMs) + second.timings.retrievalMs, totalMs: performance.now() - t0 },
    };
  }

  /**
   * The verbs that name the event a date question asks about ("Wann ist das Gesetz in Kraft
   * getreten?", "… gegründet?"), as flags over the query terms; none for a question whose verbs
   * only assert or modify (auxiliaries, modals, "geben" of "es gibt"), or that has none.
   */
  private eventTermsOf(question: string, retrieval: Retrieval): { eventTerms: boolean[]; eventAsked?: boolean } | Record<string, never> {
    const lexicon = this.deps.resources?.lexicon;
    if (!lexicon) return {};
    const verbs = new Set(
      wordSpans(question)
        .map((w) => w.word)
        .filter((w) => /^\p{Ll}/u.test(w) && lexicon.lemmaInfo(w).some((l) => l.pos === 'verb') && !lexicon.lemmaInfo(w).some((l) => LIGHT_VERBS.has(l.lemma) || l.pos === 'noun'))
        .map((w) => foldText(w)),
    );
    // "in Kraft treten", "come into force" (translated so): the legal event is named by its noun, whatever the title reports.
    const force = retrieval.queryTerms.map((t) => t.word === LEGAL_FORCE);
    const flags = retrieval.queryTerms.map((t, i) => verbs.has(t.word) || force[i]!);
    // Then the noun names the event, not the verbs beside it ("treten", or "einfahren" for "enter" of "enter into force").
    return flags.some(Boolean) ? (force.some(Boolean) ? { eventTerms: force, eventAsked: true } : { eventTerms: flags }) : {};
  }

  /**
   * A turn declined as a whole that says something before it asks: its question proper is asked
   * as a follow-up to the lead, as if the lead had been a previous turn (see leadAndQuestion).
   */
  private async askAfterLead(whole: Answer, asked: string, options: AskOptions, t0: number): Promise<Answer> {
    const split = leadAndQuestion(asked);
    if (!split) return whole;
    const lead: Turn = { question: split.lead, resolvedQuestion: split.lead, answerText: '', abstained: false, citedPassageIds: [] };
    const proper = await this.answerTurn(split.question, { ...options, lang: whole.lang, history: [...(options.history ?? []), lead] });
    if (proper.abstained) return whole;
    const explanation = proper.explanation && { ...proper.explanation, reason: `question proper after a lead ("${split.lead}"): ${proper.explanation.reason}` };
    return { ...proper, id: whole.id, question: whole.question, ...(explanation ? { explanation } : {}), timings: { retrievalMs: whole.timings.retrievalMs + proper.timings.retrievalMs, totalMs: performance.now() - t0 } };
  }

  /** `secondPart`: the turn is the second question of a turn that asked two (see ask); the first, the last of `history`, gives its subject. */
  private async answerTurn(question: string, options: AskOptions = {}, secondPart = false): Promise<Answer> {
    const t0 = performance.now();
    const { config } = this.deps;
    const sanitized = sanitizeQuestion(question, config.MAX_QUESTION_CHARS);
    const index = this.deps.index.current;
    const written = writeOutStateCodes(normalizeQuestion(sanitized.text), (code) => index.keyword.termIdOfWord(code) !== undefined);
    // "… ? Brauche das Datum für meinen Artikel.": what is asked, without what the asker says of themself.
    const clean = { ...sanitized, text: withoutAskerContext(written) };
    const lang: Lang = options.lang ?? detectLanguage(clean.text);
    const notice = clean.truncated ? this.truncationNotice(lang) : undefined;
    if (!clean.text) return this.hint(question, lang, t0);
    const history = (options.history ?? []).slice(-config.HISTORY_TURNS);
    const asTurn = resolveFollowUp(clean.text, history, lang === 'de' && this.deps.resources?.lexicon ? this.isNoun : undefined);
    // "In welchem Projekt genau?": a question without a verb takes the previous turn's for its own.
    const fragment = !asTurn.isFollowUp && !!history.length && !announcesNewTopic(clean.text) && this.isQuestionFragment(clean.text, lang);
    const follow =
      (secondPart || fragment) && history.length
        ? { resolved: combine(history.at(-1)!.resolvedQuestion, clean.text), isFollowUp: true, wantsMore: false, previousDeclined: fragment && !!history.at(-1)!.abstained && !history.at(-1)!.subjectFound, refersBack: asTurn.refersBack }
        : asTurn;
    const exclude = follow.wantsMore
      ? new Set(history.flatMap((t) => t.citedPassageIds ?? []).flatMap((id) => id.split(MERGED_ID_SEPARATOR)))
      : undefined;
    const names = specificNames(clean.text, this.deps.analyzer, index.keyword);
    const previous = follow.isFollowUp ? history.at(-1)!.resolvedQuestion : '';
    const ownType = expectedAnswerType(clean.text);
    const ownCounted = countedNoun(clean.text);

    // The turn alone; a follow-up that names its own subject is answered on its own.
    const context = history.at(-1) && !history.at(-1)!.abstained && !announcesNewTopic(clean.text) ? this.docsOf(history.at(-1)) : undefined;
    const alone = await this.search(index, clean.text, lang, exclude, names.acronymTerms, context);
    let resolved = clean.text;
    let retrieval = alone;
    let answerType = ownType;
    let evaluated: { decision: Decision; ranked: RankedSentence[] };
    // It names its own subject: two or more words the documents know, and enough of it covered.
    const standsAlone =
      !follow.isFollowUp ||
      (!secondPart &&
      (!follow.wantsMore &&
        !follow.refersBack &&
        !this.elliptical(clean.text, lang) &&
        knownWordCount(alone.queryTerms) >= 2 &&
        alone.bestCoverage >= config.ABSTAIN_MIN_COVERAGE &&
        this.namesNewSubject(index, clean.text, alone, history.at(-1), lang)));
    if (standsAlone) evaluated = this.evaluate(index, alone, clean.text, answerType, ownCounted, lang, names, false);
    else {
      // What the question asks for comes from the turn itself; "Und das Land?" keeps the previous turn's.
      // "Was noch?" alone asks what the previous turn asked; "Was noch gehört zu seinen Schwerpunkten?" asks its own.
      const ownQuestion = hasOwnInterrogative(clean.text) || (isPolarQuestion(clean.text) && this.namesOwnSubject(clean.text, alone, lang));
      // …the previous turn's, when it asked something untyped of its own ("was ist der Kern davon?" after "seit wann …?"):
      // "und die Ziele?" then asks what that turn asked, not the date before it.
      const previousOwn = history.at(-1)!.question;
      const asked = expectedAnswerType(previousOwn) === 'other' && hasOwnInterrogative(previousOwn) && !opensWithRequest(previousOwn) ? previousOwn : latestTypedQuestion(previous);
      // "Nenn mir ein paar davon." asks for items of the previous subject, whatever that turn asked ("Wie viele …?").
      if (answerType === 'other' && (!ownQuestion || (!alone.queryTerms.length && !opensWithRequest(clean.text)))) answerType = expectedAnswerType(asked);
      // "Wie viel davon übernimmt der Bund?" after an amount asks for a part of that amount: an amount too.
      if (answerType === 'number' && asksPartOf(clean.text) && chainAnswerType(previous) === 'money') answerType = 'money';
      // A yes/no question asks whether, never who or where ("Ist sie deswegen zurückgetreten?" after "Wer ist …?").
      if (isPolarQuestion(clean.text) && (answerType === 'person' || answerType === 'place')) answerType = 'other';
      // What an earlier turn counted ("Wie viele Regionalkonferenzen …?") stays the subject of a count ("Und wie viele
      // davon …?") or of a turn without a noun of its own ("und wo haben die stattgefunden?"), not of "Welches Ministerium hat dabei …?".
      const earlier = ownCounted ? undefined : countedNoun(asked);
      const counted = ownCounted ?? (earlier && (answerType === 'number' || answerType === 'money' || !this.namesOwnSubject(clean.text, alone, lang)) ? earlier : undefined);
      resolved = follow.resolved;
      // "darauf", "dort", "dieser Artikel" point at what the previous answer quoted: the answer stands in the same documents, or nowhere.
      // Not "kurz danach", "seitdem": they point at the time of what was said, which another text may date.
      const previousDocs = follow.refersBack && !follow.wantsMore && !pointsBackOnlyInTime(clean.text, history) ? this.docsOf(history.at(-1)) : undefined;
      // Nor a turn that asks of a year the previous answer's text never mentions ("Wie viele Anträge sind bis 2023 darüber
      // eingegangen?" after a report of 2020): it asks of another time, which another text reports.
      const within = previousDocs && !this.yearsOutside(index, clean.text, previousDocs) ? previousDocs : undefined;
      retrieval = await this.search(index, resolved, lang, exclude, names.acronymTerms, context, within);
      // Unknown words and names of the turn itself are never rescued by the previous subject's words.
      // What the previous answer led with is what it said; a sentence that continued it may well answer this turn.
      evaluated = this.evaluate(index, retrieval, clean.text, answerType, counted, lang, names, follow.previousDeclined, alone, follow.wantsMore, statementsOf(history.at(-1)!.answerText).slice(0, 1));
    }
    const base = { id: randomUUID(), question: written, resolvedQuestion: resolved, lang };
    const { decision, ranked } = evaluated;
    const explanation = {
      reason: decision.reason,
      features: decision.features,
      resolvedQuestion: resolved,
      candidates: ranked.slice(0, EXPLAIN_CANDIDATES).map((s) => ({
        text: retrieval.hits[s.hit]!.passage.text.slice(s.start, s.end),
        docId: retrieval.hits[s.hit]!.passage.docId,
        score: Math.round(s.score * 1000) / 1000,
        features: s.features,
      })),
    };
    if (!decision.answer) {
      const abstention = follow.wantsMore && !follow.previousDeclined ? this.nothingMore(lang) : this.abstention(lang);
      return { ...base, ...abstention, ...(decision.subjectFound ? { subjectFound: true } : {}), emphasis: [], notice, explanation, timings: timings(retrieval, t0) };
    }
    // A name the answer gives short ("Die Wemacom beabsichtigt …") comes with the sentence of its document that gives it in full.
    const full = answerType === 'person' && decision.chosen ? this.fullNameMention(index, retrieval.hits, ranked, decision.chosen) : undefined;
    const hits = full?.hit ? [...retrieval.hits, full.hit] : retrieval.hits;
    const fullName = full && (full.hit ? { ...full.sentence, hit: retrieval.hits.length } : full.sentence);
    const composed = composeAnswer({
      hits,
      ranked: fullName && full?.hit ? [...ranked, fullName] : ranked,
      first: decision.chosen,
      matchers: this.matchers(index, retrieval),
      lang,
      analyzer: this.deps.analyzer,
      requireFact: answerType !== 'other' && answerType !== 'reason' && !decision.features.factOptional,
      // "Was gehört zum Maßnahmenkatalog?": the sentence after the one that names it lists what belongs to it.
      continuations: answerType === 'other' || answerType === 'reason',
      ...(fullName ? { fullName } : {}),
      maxSources: config.RETRIEVAL_TOP_K,
    });
    return { ...base, abstained: false, ...composed, suggestions: [], notice, explanation, timings: timings(retrieval, t0) };
  }

  /**
   * The sentence that gives in full a name the chosen one gives as a single word ("Die Wemacom
   * beabsichtigt …" → "… beauftragt die Wemacom Breitband GmbH …"; "sagte Johannsen" → "Präsidentin
   * Martina Johannsen"): a ranked sentence of the same document, else the first sentence of that
   * document that does (with its passage, `hit`, to add to the hits). A text introduces a name in full
   * and shortens it later; the answer names who it is (the antecedent of the short mention).
   */
  private fullNameMention(index: LoadedIndex, hits: RetrievedPassage[], ranked: RankedSentence[], chosen: RankedSentence): { sentence: RankedSentence; hit?: RetrievedPassage } | undefined {
    const text = hits[chosen.hit]!.passage.text;
    const doc = hits[chosen.hit]!.passage.docId;
    const names = chosen.facts.map((f) => shortNameOf(text.slice(f.start, f.end))).filter((n): n is string => !!n);
    if (!names.length) return undefined;
    const gives = (t: string) => names.some((n) => fullNameRe(n).test(t));
    const ranks = ranked.find((r) => r !== chosen && hits[r.hit]!.passage.docId === doc && r.facts.some((f) => gives(hits[r.hit]!.passage.text.slice(f.start, f.end))));
    if (ranks) return { sentence: ranks };
    for (const ordinal of this.ordinalsOfDocument(index, doc)) {
      const passage = index.passages[ordinal]!;
      if (isHeadline(passage)) continue;
      for (const n of names) {
        const m = fullNameRe(n).exec(passage.text);
        const sentence = m && splitSentences(passage.text).find((r) => r.start <= m.index && m.index < r.end);
        if (!m || !sentence) continue;
        const facts = [{ start: m.index, end: m.index + m[0].length }];
        return { hit: { passage, ordinal, score: 0, coverage: 0 }, sentence: { hit: -1, ...sentence, statementStart: sentence.start, statementEnd: sentence.end, facts, features: { ...chosen.features }, score: 0 } };
      }
    }
    return undefined;
  }

  /** The passages of a document, in order (computed once per index: a large index has many). */
  private ordinalsOfDocument(index: LoadedIndex, docId: string): number[] {
    let byDoc = this.documentOrdinals.get(index);
    if (!byDoc) {
      byDoc = new Map();
      index.passages.forEach((p, i) => {
        const list = byDoc!.get(p.docId);
        if (list) list.push(i);
        else byDoc!.set(p.docId, [i]);
      });
      this.documentOrdinals.set(index, byDoc);
    }
    return byDoc.get(docId) ?? [];
  }
  private readonly documentOrdinals = new WeakMap<LoadedIndex, Map<string, number[]>>();

  /**
   * Ranks the sentences of a retrieval and decides whether they answer the question. `own` is the
   * retrieval of the turn alone, whose unknown words count even when the previous subject is added.
   */
  private evaluate(
    index: LoadedIndex,
    retrieval: Retrieval,
    question: string,
    answerType: AnswerType,
    counted: string | undefined,
    lang: Lang,
    names: { unknownIdentifiers: string[] },
    followUpOfDeclined: boolean,
    own: Retrieval = retrieval,
    wantsMore = false,
    said: string[] = [],
  ): { decision: Decision; ranked: RankedSentence[] } {
    const { config, analyzer } = this.deps;
    // A follow-up asks about the previous subject, but what it asks is in its own words: the
    // previous turns' words weigh HISTORY_TERM_WEIGHT in choosing the sentence.
    const ownTerms = new Set(own.queryTerms.map((t) => t.term));
    // What a typed follow-up without a noun of its own asks ("Seit wann gilt der?") is its type: its verb need not be found.
    // The noun of "welcher Partei", "welche Firma" names the kind of answer, not what it is about.
    const kindNoun = answerType === 'person' ? askedKind(question) : undefined;
    // "Welche Funktion hat Herr Lenz?", "Was ist sie von Beruf?": "Funktion", "Beruf" frame the question; the person is its subject.
    const role = answerType === 'person' && asksRole(question);
    // In a follow-up, "Zwischen welchen Ebenen gilt das?" asks what the previous subject names of that kind ("Bund, Ländern und Kommunen"): the kind noun is no word the answer must hold.
    const followKind = own !== retrieval ? askedKind(question) : undefined;
    const nounless =
      lang === 'de' &&
      (answerType !== 'other' || !!followKind) &&
      !!this.deps.resources?.lexicon &&
      !wordSpans(question).some(({ word, start }) => this.isNoun(word, start) && !isAskingWord(word) && !REFERRING_NOUN.test(word) && word !== kindNoun && word !== followKind && !(role && ROLE_FRAME.test(foldText(word))));
    const askedTerms = nounless ? new Set<string>() : ownTerms;
    // "Wo hat X seinen Sitz?": "Sitz" frames the question (the sentence must say where something sits); X is its subject.
    const seat = answerType === 'place' && asksSeat(question);
    const frameWords = [...(seat ? seatWords(question) : []), ...(role ? wordSpans(question).map((w) => w.word).filter((w) => ROLE_FRAME.test(foldText(w))) : [])];
    const frame = frameWords.length ? new Set(analyzer.terms(frameWords.map((w) => (lang === 'en' ? this.translate(index, w).text : w)).join(' '))) : undefined;
    // "Können auch Vereine ein Konto bekommen?": the word "auch" focuses is what the question is about.
    // …and so does the noun a universal quantifier ranges over ("alle Kommunen", "all municipalities"; a restrictor, in the terms of generalized
    // quantifiers): an answer about another whole ("die Landesverwaltung") does not answer for it.
    const quantified = quantifiedNoun(question, lang);
    const focus = lang === 'de' ? (focusedWord(question) ?? quantified) : quantified ? this.translate(index, quantified).text : undefined;
    const focusTerm = focus ? analyzer.terms(focus).at(-1) : undefined;
    const matchers = this.matchers(index, retrieval).map((m, i) =>
      frame?.has(retrieval.queryTerms[i]!.term)
        ? { ...m, weight: 0 }
        : focusTerm === retrieval.queryTerms[i]!.term
          ? { ...m, weight: m.weight * FOCUS_TERM_WEIGHT }
        : own === retrieval || ownTerms.has(retrieval.queryTerms[i]!.term)
          ? m
          : { ...m, weight: m.weight * HISTORY_TERM_WEIGHT },
    );
    // An English counted noun in the sense its question gave it ("applications" beside "submitted": "Anträge").
    const countedGerman = (c: string) => (lang === 'en' ? (this.translate(index, question).senses?.get(c.toLowerCase()) ?? this.translate(index, c).text) : c);
    const countedTerm = counted && !countsAnyPersons(counted) ? analyzer.terms(countedGerman(counted)).at(-1) : undefined;
    // The counted noun, or a compound of the question with it as its head ("E-Governmentprojekte" for "projects").
    const countedAt = (same: (term: string) => boolean) => matchers.find((m, i) => same(retrieval.queryTerms[i]!.term) && m.variants.size);
    const countedBy = (term: string) => countedAt((t) => t === term) ?? (term.length >= 4 ? countedAt((t) => t.endsWith(term)) : undefined);
    let countedMatcher = countedTerm ? countedBy(countedTerm) : undefined;
    // "wie viele egov projekte …": a compound typed as separate words counts its last noun; tried
    // when the first word is none the documents name.
    if (countedTerm && !countedMatcher && lang === 'de' && counted === countedNoun(question))
      for (const word of countedNounFollowers(question)) {
        if (!this.isNoun(word, 1)) break;
        const term = analyzer.terms(word).at(-1);
        countedMatcher = term ? countedBy(term) : undefined;
        if (countedMatcher) break;
      }
    // An English counted noun the documents use as a word of theirs ("projects" in a name) may still be
    // counted by its translations, as the head of a compound ("E-Governmentprojekte" for "e-government projects").
    if (countedTerm && !countedMatcher && lang === 'en' && counted) {
      const t = this.translate(index, counted);
      for (const word of t.alternatives.get(t.text) ?? []) {
        const term = analyzer.terms(word).at(-1);
        countedMatcher = term ? countedBy(term) : undefined;
        if (countedMatcher) break;
      }
    }
    // "Wie hoch ist der Eigenanteil …?", "how big is the annual budget": the measured noun is the subject its number must stand beside.
    let measuredMatcher: TermMatcher | undefined;
    if (!counted && (answerType === 'number' || answerType === 'money')) {
      const measured = measuredNoun(question);
      const term = measured ? analyzer.terms(countedGerman(measured)).at(-1) : undefined;
      measuredMatcher = term ? countedBy(term) : undefined;
    }
    const focusMatcher = focusTerm ? matchers.find((m, i) => retrieval.queryTerms[i]!.term === focusTerm && m.variants.size) : undefined;
    const cue = answerType === 'date' ? dateCue(question) : undefined;
    const asked = lang === 'de' ? askedPrepositionPhrase(question) : undefined;
    const askedTerm = asked ? analyzer.terms(asked.noun).at(-1) : undefined;
    const phraseNoun = askedTerm ? matchers.find((m, i) => retrieval.queryTerms[i]!.term === askedTerm && m.variants.size) : undefined;
    const unit = rateUnit(question);
    const unitWord = unit && lang === 'en' ? this.translate(index, unit).text : unit;
    const unitTerm = unitWord ? analyzer.terms(unitWord).at(-1) : undefined;
    const unitMatcher = unitTerm ? matchers.find((_, i) => retrieval.queryTerms[i]!.term === unitTerm) : undefined;
    const placeKind = answerType === 'place' ? askedPlaceKind(question) : undefined;
    const kind = answerType === 'person' ? askedKind(question) : placeKind;
    const kindNouns = placeKind && lang === 'en' ? (this.deps.resources?.dictionary?.toGerman(placeKind, PLACE_KIND_TRANSLATIONS) ?? [this.translate(index, placeKind).text]) : undefined;
    const named = answerType === 'person' && !!namedKind(question);
    const fullName = answerType === 'person' && asksFullName(question);
    const surname = fullName ? namedPersonOf(question) : undefined;
    const thing = answerType === 'person' ? askedName(question) : undefined;
    const thingName = thing && lang === 'en' ? this.translate(index, thing).text : thing;
    const head = meaningHead(question);
    // The documents take the head up in German ("Nach diesem Prinzip …").
    const headWord = head && lang === 'en' ? this.translate(index, head).text : head;
    const abbreviation = askedAbbreviation(question);
    // "Welche Abkürzung hat das Gesetz?", "fitko abkürzung": only a sentence that gives a short or long form in brackets answers.
    const shortForm = !abbreviation && wordSpans(question).some((w) => namesNameForm(w.word));
    const rankedAll = rankSentences({
      hits: retrieval.hits,
      matchers,
      type: answerType,
      analyzer,
      questionTerms: new Set(retrieval.queryTerms.map((t) => t.term)),
      ...(countedMatcher ? { counted: countedMatcher } : {}),
      ...(measuredMatcher ? { measured: measuredMatcher } : {}),
      // A count of things or persons ("Wie viele Leute …", "Wie viele Landkreise …") is no amount of money nor a length of time.
      ...(counted && !countsMoney(counted) && !countsTime(counted) ? { countsThings: true } : {}),
      ...(counted && countsAnyPersons(counted) && this.deps.resources?.lexicon ? { countsPersons: this.isPersonNoun } : {}),
      ...(cue ? { cue } : {}),
      ...(asked && phraseNoun ? { phrase: { preposition: asked.preposition, noun: phraseNoun } } : {}),
      ...(kind ? { kind } : {}),
      ...(role ? { role: true } : {}),
      ...((role || named) && this.deps.resources?.lexicon ? { isPersonNoun: this.isPersonNoun } : {}),
      ...(answerType === 'date' && asksDuration(question) ? { duration: true } : {}),
      ...(answerType === 'date' && asksDay(question) ? { day: true } : {}),
      ...(answerType === 'date' && asksTenure(question) ? { tenure: true } : {}),
      ...(cue === 'bis' ? { deadline: true } : {}),
      ...(seat ? { seat: true } : {}),
      ...(answerType === 'person' && asksSpeaker(question) ? { speaker: true } : {}),
      ...(answerType === 'date' && asksLatest(question) ? { latest: true } : {}),
      ...(answerType === 'number' && asksEarliest(question) ? { earliest: true } : {}),
      // "Wie viel Geld wurde nicht abgerufen?" (a reason may well be given without a negation).
      ...(answerType !== 'reason' && answerType !== 'other' && isNegated(question) ? { negated: true } : {}),
      ...(answerType === 'date' && asksFuture(question) ? { future: true } : {}),
      ...(answerType === 'date' && asksPublication(question) ? { published: true } : {}),
      ...(fullName ? { fullName, ...(surname ? { surname } : {}) } : {}),
      ...(thingName ? { thingName } : {}),
      ...(named ? { named } : {}),
      ...this.nameMatchers(index, question, lang, retrieval, matchers),
      // "Und wie viel davon …?": a part of the amount the previous answer gave (its statement's first number, not a year) is not that amount itself.
      givenNumbers: [...own.queryTerms.filter((t) => /^\d+$/.test(t.term)).map((t) => t.term), ...(asksPartOf(question) ? said.flatMap((st) => numbersOf(st).filter((n) => !YEAR_NUMBER.test(n)).slice(0, 1)) : [])],
      ...(focusMatcher ? { focus: focusMatcher } : {}),
      addresseeOf: (docId: string) => this.interviewees(index).get(docId),
      termsThroughout: (docId: string) => termsThroughout(index, docId),
      termsOfDocument: (docId: string) => termsOfDocument(index, docId),
      ...(kind ? { companiesOf: (docId: string) => documentCompanies(index, docId, this.isCommonWord) } : {}),
      ...(asksMeaning(question) || asksDefinition(question) ? { meaning: true, ...(headWord ? { meaningHead: headWord } : {}) } : {}),
      ...(abbreviation ? { abbreviation } : shortForm ? { shortForm: true } : {}),
      ...(answerType === 'other' && asksDefinition(question) ? { definition: true } : {}),
      ...(said.length ? { said } : {}),
      // A follow-up's own content words must be answered, not only the previous subject's.
      ...(own !== retrieval && retrieval.queryTerms.some((t) => askedTerms.has(t.term)) ? { turnTerms: retrieval.queryTerms.map((t) => askedTerms.has(t.term)) } : {}),
      ...(unitMatcher && (answerType === 'number' || answerType === 'money') ? { unit: unitMatcher, unitWord: unitWord! } : {}),
      ...(answerType === 'date' ? this.eventTermsOf(question, retrieval) : {}),
      // A role holder, a first name or a thing's name is asked for: an institution does not answer.
      // …and a place asked by name ("Wo hat … seinen Sitz?", "In welcher Stadt …?") is named, not only described.
      ...((answerType === 'person' && wantsPersonName(question)) || fullName || named || (answerType === 'place' && asksPlaceName(question)) ? { minFactStrength: 1 } : {}),
      ...(this.deps.resources?.lexicon ? { isCommonWord: this.isCommonWord } : {}),
      ...(answerType === 'place' && this.deps.resources?.dictionary ? { placeKinds: this.placeKinds } : {}),
      ...(kindNouns ? { kindNouns } : {}),
      similarity: this.similarityTo(lang === 'en' ? this.translate(index, question).text : question),
      isPlaceName: this.isPlaceName,
    });
    // …and holds what it names, as a fact stands next to its subject (not the short form of another law).
    const ranked = shortForm ? rankedAll.filter((s) => s.features.cue && s.features.coverage >= config.FACT_MIN_SUBJECT_COVERAGE) : rankedAll;
    // "Was noch?": the subject is established, so weaker further passages still count.
    const scale = wantsMore ? 0.5 : 1;
    const alternatives = alternativeWords(question);
    const knownAlternative = own.queryTerms.some((t) => alternatives.has(t.word) && t.variants.some((v) => v.weight >= 0.5));
    const offered = (word: string) => knownAlternative && alternatives.has(word);
    const decision = decideAnswerable(
      {
        answerType,
        passageCoverage: retrieval.bestCoverage,
        ranked,
        unknownIdentifiers: names.unknownIdentifiers,
        // An English name of several words ("Mecklenburg-Western Pomerania") is one name, checked as the German one it translates to.
        unknownNames: lang === 'en' ? this.unknownEnglishNames(index, question, own.queryTerms) : this.unknownNames(index, question, lang, own.queryTerms),
        // A kind noun the documents never use ("Partei") is no unknown subject: any name of that kind answers.
        mostlyUnknown:
          // …nor is a noun that names the kind of fact asked for ("Datum"), nor an alternative the question offers ("… oder bis zum Verteilerkasten?") beside one the documents know.
          isMostlyUnknown(own.queryTerms.filter((t) => (!kindNoun || t.word !== foldText(kindNoun) || t.variants.length) && !namesAnswerType(t.word, answerType) && !offered(t.word))) ||
          (lang === 'de' && this.unknownNouns(question, own).filter((w) => !namesAnswerType(w, answerType) && !offered(foldText(w))).length >= MIN_UNKNOWN_NOUNS) ||
          this.noNounKnown(index, question, own, lang, kindNoun),
        questionNumbers: [...own.queryTerms.filter((t) => /^\d+$/.test(t.term)).map((t) => t.term), ...ordinalNumbers(question), ...spanNumbers(question)],
        passageText: (hit) => retrieval.hits[hit]!.passage.text,
        // A year in the title or a heading above the passage ("Smartes Rhein Main 2030") dates all of it.
        documentTitle: (hit) => {
          const p = retrieval.hits[hit]!.passage;
          return `${p.title} ${p.docId} ${p.section.join(' ')}`;
        },
        followUpOfDeclined,
        ...(answerType === 'date' && (own !== retrieval || asksPublication(question)) ? { eventNamedBefore: true } : {}),
        superlative: asksSuperlative(question),
        // "Wie viele Leute …?": the counted thing must be something the documents name.
        countedUnknown: !!countedTerm && !countedMatcher,
        // "Wo liegen die Schwerpunkte?" asks where in a figurative sense too: only a named place ("Sitz", "in welcher Stadt") is required.
        ...(answerType === 'place' && !asksPlaceName(question) ? { factOptional: true } : {}),
      },
      {
        minPassageCoverage: config.ABSTAIN_MIN_COVERAGE * scale,
        minSentenceCoverage: config.ANSWER_MIN_SENTENCE_COVERAGE * scale,
        minFactSubjectCoverage: config.FACT_MIN_SUBJECT_COVERAGE * scale,
      },
    );
    return { decision, ranked };
  }

  topics(): TopicSummary[] {
    return this.deps.topics.map(({ id, title, description }) => ({ id, title, description }));
  }

  async topicOverview(id: string, lang: Lang = 'de'): Promise<Answer | undefined> {
    const topic = this.deps.topics.find((t) => t.id === id);
    if (!topic) return undefined;
    const t0 = performance.now();
    const index = this.deps.index.current;
    const retrieval = await retrieve(index, this.deps.embedder, this.deps.config, topic.query, { topK: TOPIC_PASSAGES });
    const base = { id: randomUUID(), question: topic.title, resolvedQuestion: topic.query, lang };
    if (!retrieval.hits.length) return { ...base, ...this.abstention(lang), timings: timings(retrieval, t0) };
    const matchers = this.matchers(index, retrieval);
    // Main points: per passage its best sentence, on topic only (enough of the topic's terms in the sentence itself).
    const ranked = rankSentences({
      hits: retrieval.hits,
      matchers,
      type: 'other',
      analyzer: this.deps.analyzer,
      questionTerms: new Set(retrieval.queryTerms.map((t) => t.term)),
      similarity: this.similarityTo(topic.query),
    }).filter((s) => s.features.coverage >= TOPIC_MIN_SENTENCE_COVERAGE);
    if (!ranked.length) return { ...base, ...this.abstention(lang), timings: timings(retrieval, t0) };
    const composed = composeAnswer({
      hits: retrieval.hits,
      ranked,
      matchers,
      lang,
      analyzer: this.deps.analyzer,
      maxStatements: TOPIC_STATEMENTS,
      // Main points only: sentences at least half as strong as the best one.
      statementShare: 0.5,
      perPassage: 2,
      tightQuotes: true,
      enumerations: true,
      intro: lang === 'en' ? `Overview: ${topic.title} (quoted in German)` : `Überblick: ${topic.title}`,
    });
    return { ...base, abstained: false, ...composed, suggestions: [], timings: timings(retrieval, t0) };
  }

  info(): IndexInfo {
    const m = this.deps.index.current.manifest;
    return {
      createdAt: m.createdAt,
      embedder: m.embedder.kind,
      model: m.embedder.model,
      dimensions: m.embedder.dimensions,
      passages: m.counts.passages,
      documents: m.documents.map((d) => ({ docId: d.id, title: d.title, format: d.format, passages: d.passages })),
    };
  }

  passage(id: string): PassageView | undefined {
    // A merged citation ("a+b") shows the union of its overlapping passages.
    const parts = id.split(MERGED_ID_SEPARATOR).map((part) => {
      const ordinal = this.deps.index.ordinalOf(part);
      return ordinal === undefined ? undefined : this.deps.index.current.passages[ordinal];
    });
    if (!parts.length || parts.some((p) => !p)) return undefined;
    const sorted = (parts as StoredPassage[]).sort((a, b) => a.start - b.start);
    const first = sorted[0]!;
    let text = first.text;
    let end = first.end;
    for (const p of sorted.slice(1)) {
      if (p.docId !== first.docId || p.start > end) return undefined;
      if (p.end > end) {
        text += p.text.slice(end - p.start);
        end = p.end;
      }
    }
    const last = sorted.at(-1)!;
    const view = { ...first, end, pageEnd: last.pageEnd ?? last.page, paragraphEnd: last.paragraphEnd ?? last.paragraph };
    return { id, docId: first.docId, title: first.title, section: first.section.join(' › '), location: locationOf(view, 'de'), ...(first.url ? { url: first.url } : {}), text };
  }

  async reindex(): Promise<ReindexSummary> {
    if (!this.deps.reindex) throw new Error('reindex is not available in this front end');
    const summary = await this.deps.reindex();
    await this.deps.index.refresh();
    return summary;
  }

  private search(
    index: LoadedIndex,
    question: string,
    lang: Lang,
    exclude?: ReadonlySet<string>,
    keyTerms?: ReadonlySet<string>,
    preferDocs?: ReadonlySet<string>,
    onlyDocs?: ReadonlySet<string>,
  ): Promise<Retrieval> {
    // English questions are searched with German equivalents of their words; every word may also
    // be found through its lemma, a synonym or another translation.
    // "Wann führt das Land die E-Akte ein?" asks about "einführen", not "führen".
    const lexicon = this.deps.resources?.lexicon;
    let query = lang === 'de' && lexicon ? joinSeparableVerbs(question, lexicon) : question;
    // "once only prinzip": words typed apart that the documents write as one compound are searched as it.
    if (lang === 'de') query = joinSplitCompounds(query, (parts) => this.isSplitCompound(index, parts));
    let alternatives = this.germanAlternatives;
    // "Was macht das Büro?" asks for its tasks: the documents say "Aufgabe", "zuständig".
    const taskVerb = TASK_QUESTION.exec(question)?.[1]?.toLowerCase();
    if (taskVerb) alternatives = (word) => [...this.germanAlternatives(word), ...(word.toLowerCase() === taskVerb ? TASK_WORDS : [])];
    // "Wie ist das ZDMV aufgebaut?" asks what it consists of: the documents say "besteht aus", "gliedert sich".
    const structure = STRUCTURE_QUESTION.test(question);
    // Alternatives that need the whole question, not one word.
    if (lang === 'de') {
      // A single word of the documents (not a phrase the analyzer splits).
      const knownWord = (w: string) => this.deps.analyzer.terms(w).some((t) => index.keyword.hasTerm(t)) && this.deps.analyzer.terms(w).length === 1;
      const byWord = [
        // "Fehlt es am Geld?": "fehlen an" has synonyms of its own ("hapern").
        prepositionalVerbAlternatives(this.deps.resources, question),
        // "Verzeichnis der Infrastruktur" is also "Infrastrukturverzeichnis".
        genitiveCompoundAlternatives(this.deps.resources, question, knownWord),
        // "pro Jahr" is also "jährlich": phrases of the question have synonyms of their own.
        phraseSynonymAlternatives(this.deps.resources, question, knownWord),
        // "Wo wurde … getestet?" is also "erprobt".
        participleSynonymAlternatives(this.deps.resources, question),
      ].filter((m) => m.size);
      if (byWord.length) {
        const base = alternatives;
        alternatives = (word) => [...base(word), ...byWord.flatMap((m) => m.get(word) ?? [])];
      }
    }
    if (lang === 'en') {
      const t = this.translate(index, question);
      query = t.text;
      alternatives = (word) => [
        ...(t.alternatives.get(word) ?? []).map((w) => ({ word: w, weight: ALTERNATIVE_WEIGHTS.translation })),
        ...this.germanAlternatives(word),
      ];
    }
    if (structure) {
      const base = alternatives;
      // The participle, or its translation ("structured" → "regelte", "strukturiert"): the one word of the question so rendered.
      // In that sense only: "aufgebaut" here is neither "gegründet", "errichtet" (the thesaurus's senses of founding) nor "Aufbau" (building up).
      alternatives = (word) => {
        const own = base(word);
        if (STRUCTURE_PARTICIPLE.test(word)) return STRUCTURE_WORDS;
        return own.some((a) => STRUCTURE_PARTICIPLE.test(a.word)) ? [...own, ...STRUCTURE_WORDS] : own;
      };
    }
    return retrieve(index, this.deps.embedder, this.deps.config, query, {
      alternatives,
      // More passages than are cited: the sentence that answers may stand in the fourth or fifth.
      topK: Math.max(this.deps.config.RETRIEVAL_TOP_K, CANDIDATE_PASSAGES),
      coverageRescue: true,
      // A passage that is all metadata (a list of files and their links) answers nothing: it takes no candidate's place.
      ...(exclude || this.metadataOnly(index).size ? { exclude: new Set([...(exclude ?? []), ...this.metadataOnly(index)]) } : {}),
      unknownTermWeight: this.unknownWeight(lang),
      ...(keyTerms ? { keyTerms } : {}),
      ...(preferDocs?.size ? { preferDocs, preferFactor: DOC_PRIOR } : {}),
      ...(onlyDocs?.size ? { onlyDocs } : {}),
    });
  }

  /**
   * "Und die aktuelle Fassung?", "Und in Thüringen?": a German turn of a connector and a few words
   * without a verb leaves out what the previous turn asked; it asks that again of something else.
   */
  private elliptical(question: string, lang: Lang): boolean {
    const lexicon = this.deps.resources?.lexicon;
    if (this.isQuestionFragment(question, lang)) return true;
    if (lang !== 'de' || !lexicon || !opensWithConnector(question)) return false;
    const words = wordSpans(question).map((w) => w.word);
    if (words.length > MAX_ELLIPTICAL_WORDS) return false;
    return !words.slice(1).some((w) => /^\p{Ll}/u.test(w) && lexicon.lemmaInfo(w).some((l) => l.pos === 'verb'));
  }

  /**
   * A German wh-question without a verb ("In welchem Projekt genau?", "Welche zum Beispiel?"): an
   * elliptical turn, whose verb and subject are the previous turn's. Short (a few words), with an
   * interrogative; a key-word query ("serviceportal mv nutzerkonten") has none. Needs the lexicon.
   */
  private isQuestionFragment(question: string, lang: Lang): boolean {
    const lexicon = this.deps.resources?.lexicon;
    if (lang !== 'de' || !lexicon || !hasOwnInterrogative(question)) return false;
    const words = wordSpans(question).map((w) => w.word);
    if (words.length > MAX_FRAGMENT_WORDS) return false;
    return !words.some((w) => /^\p{Ll}/u.test(w) && !isAskingWord(w) && lexicon.lemmaInfo(w).some((l) => l.pos === 'verb'));
  }

  /**
   * A turn names a subject of its own when it adds, to what the previous turn said, a noun the
   * documents know (German: the lexicon's nouns, or capitalised words after the first; English:
   * two known words). "Und was will das Gesetz erreichen?" after a turn on a law adds only a verb.
   */
  private namesNewSubject(index: LoadedIndex, question: string, alone: Retrieval, previous: Turn | undefined, lang: Lang): boolean {
    const added = new Set(newWords(question, previous));
    const known = new Set(alone.queryTerms.filter((t) => t.variants.some((v) => v.weight >= 0.5)).map((t) => t.word));
    const isKnown = (word: string) => {
      const parts = foldText(word).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      return known.has(parts.join('')) || parts.some((p) => known.has(p));
    };
    // An English word is known by its German translation, as the search knew it ("project" → "Projekt").
    const addedKnown = wordSpans(question).filter(({ word }) => {
      const parts = foldText(word).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      return parts.some((p) => added.has(stemOf(p))) && (isKnown(word) || (lang === 'en' && isKnown(this.translate(index, word).text)));
    });
    if (lang === 'en') return addedKnown.length >= 2;
    return addedKnown.some(({ word, start }) => this.isNoun(word, start));
  }

  /**
   * Nouns of a German question that the documents never use, not even through a lemma, a synonym
   * or a compound ("Rezept", "Apfelkuchen" in "Welches Rezept empfiehlt der CIO für Apfelkuchen?").
   */
  private unknownNouns(question: string, own: Retrieval): string[] {
    const unknown = (t: Retrieval['queryTerms'][number]) => !t.variants.some((v) => v.weight >= 0.5);
    // Most questions have no two unknown words: then no lexicon look-up is needed.
    if (!this.deps.resources?.lexicon || own.queryTerms.filter(unknown).length < MIN_UNKNOWN_NOUNS) return [];
    return wordSpans(question)
      .filter(({ word, start }) => this.isNoun(word, start) && !isAskingWord(word))
      .map(({ word }) => ({ word, term: own.queryTerms.find((t) => t.word === foldText(word)) }))
      .filter(({ term }) => term && unknown(term))
      .map(({ word }) => word);
  }

  /**
   * The question names things, and the documents know none of them, not even through a lemma, a
   * synonym or a compound ("How do I renew my passport?": "Reisepass"): its other words ("erneuern")
   * cannot make it a question about the documents. The noun of an asked kind ("welcher Partei") does not count.
   */
  private noNounKnown(index: LoadedIndex, question: string, own: Retrieval, lang: Lang, kindNoun: string | undefined): boolean {
    if (!this.deps.resources?.lexicon) return false;
    const text = lang === 'en' ? this.translate(index, question).text : question;
    const nouns = wordSpans(text)
      .filter(({ word, start }) => word !== kindNoun && !isAskingWord(word) && !REFERRING_NOUN.test(word) && !namesNameForm(word) && (lang === 'en' ? /^\p{Lu}/u.test(word) && this.isNoun(word, 1) : this.isNoun(word, start)))
      .map(({ word }) => ({ word, term: own.queryTerms.find((t) => t.word === foldText(word)) }))
      .filter(({ term }) => term !== undefined);
    return nouns.length > 0 && nouns.every(({ word, term }) => !term!.variants.length && !this.headKnown(index, word));
  }

  /** "Ausweismittel": a compound of a dictionary word and a head noun the documents use, alone or in compounds ("Identifizierungsmittel"). */
  private headKnown(index: LoadedIndex, word: string): boolean {
    const lexicon = this.deps.resources?.lexicon;
    if (!lexicon) return false;
    const dictionary = (w: string) => lexicon.has(w) || lexicon.has(w.charAt(0).toUpperCase() + w.slice(1));
    for (let i = MIN_COMPOUND_PART; i <= word.length - HEAD_MIN; i++) {
      const head = word.slice(i);
      const modifier = word.slice(0, i);
      if (!dictionary(modifier) && !['s', 'n', 'es', 'en'].some((l) => modifier.endsWith(l) && dictionary(modifier.slice(0, -l.length)))) continue;
      const capital = head.charAt(0).toUpperCase() + head.slice(1);
      // The head itself or a compound with it ("Identifizierungsmittel").
      if (lexicon.lemmaInfo(capital).some((l) => l.pos === 'noun') && index.keyword.queryTerms(capital).some((t) => t.variants.length > 0)) return true;
    }
    return false;
  }

  /**
   * A German noun: one the lexicon knows (typed in lower case too, unless it is a verb form:
   * "erreichen" is no "das Erreichen"), or a capitalised word after the first the lexicon does
   * not know (a name); without the lexicon, any capitalised word after the first.
   */
  /**
   * Words typed apart that the documents write as one compound ("once only prinzip" → "Once-Only-Prinzip"):
   * the joined word is an index term of its own, not a part's stem ("fehlt es" → "fehlt"), and one of the
   * words is nothing to the index alone (a stop word such as "once" or "only", a single letter as the "e"
   * of "e government"): typed apart, it would be lost. Words that are terms each ("Akten führen") are searched as they are.
   */
  private isSplitCompound(index: LoadedIndex, parts: string[]): boolean {
    const { analyzer } = this.deps;
    const joined = parts.join('');
    if (joined.length < MIN_JOINED_COMPOUND) return false;
    const term = analyzer.terms(joined)[0];
    if (term === undefined || !index.keyword.hasTerm(term)) return false;
    const partTerms = parts.map((p) => analyzer.terms(p));
    if (partTerms.some((t) => t.includes(term))) return false;
    return partTerms.some((t) => !t.length) && partTerms.some((t) => t.length > 0);
  }

  private readonly isNoun = (word: string, start: number): boolean => {
    const lexicon = this.deps.resources?.lexicon;
    const capitalised = /^\p{Lu}/u.test(word) && start > 0;
    if (!lexicon) return capitalised;
    const noun = (w: string) => lexicon.lemmaInfo(w).some((x) => x.pos === 'noun');
    const verb = !/^\p{Lu}/u.test(word) && lexicon.lemmaInfo(word).some((x) => x.pos === 'verb');
    return noun(word) || (!verb && noun(word[0]!.toUpperCase() + word.slice(1))) || (capitalised && !lexicon.has(word));
  };

  /**
   * Matchers of the names a question gives: acronyms of three or more letters ("FITKO", "ZDMV";
   * not "MV"), words with a capital inside that are not an acronym before a common word
   * ("eGo-MV", not "IT-Beauftragte") and, in German, capitalised words after the first that no
   * dictionary knows ("Petershagen", "Wemacom"). Only names the documents know (unknown ones
   * decline the question elsewhere). Needs the lexicon for all but acronyms. `towns`: those that
   * name a town the dictionary knows ("Rostock", "Essen"), not a state or region: a text's whole
   * subject is often its state, a town is named where it matters.
   */
  private nameMatchers(index: LoadedIndex, question: string, lang: Lang, retrieval: Retrieval, matchers: TermMatcher[]): { names: TermMatcher[]; towns: TermMatcher[]; regions?: TermMatcher[]; isRegion?: (word: string) => boolean; ownNames: TermMatcher[] } {
    const names: TermMatcher[] = [];
    const ownNames: TermMatcher[] = [];
    const towns: TermMatcher[] = [];
    const regions: TermMatcher[] = [];
    for (const { word, start } of wordSpans(question)) {
      // "IT-Beauftragte", "MV-Serviceportal": an acronym before a common word is a common noun.
      const parts = word.split(/[-.]/).filter(Boolean);
      const acronym = /^\p{Lu}{3,}$/u.test(word) || this.documentsSpellAsAcronym(index, word);
      const lexicon = this.deps.resources?.lexicon;
      const rest = nonAcronymParts(word);
      const innerCapital = !acronym && /\p{Lu}/u.test(word.slice(1)) && rest.length > 0 && !!lexicon && rest.some((p) => !this.isCommonWord(p));
      const properNoun = lang === 'de' && start > 0 && parts.length === 1 && /^\p{Lu}\p{Ll}/u.test(word) && !!lexicon && !this.isCommonWord(word);
      // A place the dictionary names ("Stadt Essen", "live in Rostock"), in either language.
      // Not a country ("in Deutschland", "in Europa"): background for texts on German administration, rarely their subject.
      const kinds = start > 0 && /^\p{Lu}\p{Ll}/u.test(word) ? this.placeKinds(word) : NO_PLACE_KINDS;
      const place = kinds.size > 0 && [...kinds].some((k) => k !== 'country');
      if (!acronym && !innerCapital && !properNoun && !place) continue;
      const folded = foldLetters(word);
      const i = retrieval.queryTerms.findIndex((t) => t.word === folded && t.variants.some((v) => v.weight >= 0.5));
      if (i < 0) continue;
      names.push(matchers[i]!);
      if (kinds.has('city')) towns.push(matchers[i]!);
      // Spelled as the documents spell it, not an acronym ("M-V", "ZD MV" spell those apart).
      if (!acronym && !/^\p{Lu}+$/u.test(word.replace(/[-.]/g, '')) && [...matchers[i]!.variants.values()].some((w) => w === 1)) ownNames.push(matchers[i]!);
      if (kinds.has('region')) regions.push(matchers[i]!);
    }
    return { names, towns, ...(regions.length ? { regions, isRegion: this.isRegion } : {}), ownNames };
  }

  /**
   * A word typed in lower case that the documents always spell as an acronym or with a capital
   * inside ("egovg" → "eGovG", "ozg" → "OZG"): the documents' spelling says it is a name
   * (truecasing from the corpus). At least three letters, as for typed acronyms; a few passages
   * of the word are read, and every spelling found must be one.
   */
  private documentsSpellAsAcronym(index: LoadedIndex, word: string): boolean {
    if (!/^[\p{Ll}\p{N}]+$/u.test(word) || (word.match(/\p{L}/gu)?.length ?? 0) < 3) return false;
    let byWord = this.spellings.get(index);
    if (!byWord) this.spellings.set(index, (byWord = new Map()));
    const cached = byWord.get(word);
    if (cached !== undefined) return cached;
    const id = index.keyword.termIdOfWord(word);
    let verdict = false;
    if (id !== undefined) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu');
      // A file name or a link spells words as it must ("egovernment-egovg-mv-in-kraft-2016.txt"), and so does a list of them.
      const metadata = this.metadataOnly(index);
      const found = Array.from(index.keyword.passagesOfTerm(id))
        .map((label) => index.passages[index.ordinalOfLabel.get(label) ?? -1])
        .filter((p): p is StoredPassage => !!p && !metadata.has(p.id))
        .slice(0, SPELLING_PASSAGES)
        .flatMap((passage) => {
          const text = indexText(passage);
          return [...text.matchAll(pattern)].filter((m) => !FILE_OR_LINK.test(tokenAt(text, m.index))).map((m) => m[0]);
        });
      verdict = found.length > 0 && found.every((f) => /\p{Lu}/u.test(f.slice(1)));
    }
    if (byWord.size >= MAX_CACHED_TRANSLATIONS) byWord.clear();
    byWord.set(word, verdict);
    return verdict;
  }
  private readonly spellings = new WeakMap<LoadedIndex, Map<string, boolean>>();

  /** The person each interview document is with, from its first question ("Herr Lenz, …?"); computed once per index. */
  private interviewees(index: LoadedIndex): Map<string, string> {
    let byDoc = this.intervieweesOf.get(index);
    if (!byDoc) {
      byDoc = new Map();
      for (const p of index.passages) {
        const heading = p.section?.[0];
        const name = heading && !byDoc.has(p.docId) ? interviewee(heading) : undefined;
        if (name) byDoc.set(p.docId, name);
      }
      this.intervieweesOf.set(index, byDoc);
    }
    return byDoc;
  }
  private readonly intervieweesOf = new WeakMap<LoadedIndex, Map<string, string>>();

  /** A noun of its own that the documents know (German, with the lexicon), else two known words: the turn names a subject. */
  private namesOwnSubject(question: string, own: Retrieval, lang: Lang): boolean {
    const known = (word: string) => own.queryTerms.some((t) => t.word === foldText(word) && t.variants.length > 0);
    if (lang === 'de' && this.deps.resources?.lexicon) return wordSpans(question).some(({ word, start }) => this.isNoun(word, start) && !isAskingWord(word) && !REFERRING_NOUN.test(word) && known(word));
    return knownWordCount(own.queryTerms) >= 2;
  }

  /** Ids of the passages whose every sentence is metadata ({@link isMetadataOnly}), per loaded index. */
  private metadataOnly(index: LoadedIndex): ReadonlySet<string> {
    let ids = this.metadataOnlyOf.get(index);
    if (!ids) {
      ids = new Set(index.passages.filter((p) => isMetadataOnly(p.text)).map((p) => p.id));
      this.metadataOnlyOf.set(index, ids);
    }
    return ids;
  }
  private readonly metadataOnlyOf = new WeakMap<LoadedIndex, Set<string>>();

  /** The document of the passage a turn cited first (its answer's own source). */
  /** The question gives a year that none of the documents mentions (in a passage or its title). */
  private yearsOutside(index: LoadedIndex, question: string, docs: Set<string>): boolean {
    const years = question.match(/(?<!\p{N})(?:19|20)\d{2}(?!\p{N})/gu) ?? [];
    if (!years.length || !docs.size) return false;
    return years.some((year) => ![...docs].some((doc) => this.ordinalsOfDocument(index, doc).some((o) => `${index.passages[o]!.title}\n${index.passages[o]!.text}`.includes(year))));
  }

  private docsOf(turn: Turn | undefined): Set<string> {
    const out = new Set<string>();
    for (const id of (turn?.citedPassageIds ?? []).slice(0, 1).flatMap((c) => c.split(MERGED_ID_SEPARATOR))) {
      const ordinal = this.deps.index.ordinalOf(id);
      if (ordinal !== undefined) out.add(this.deps.index.current.passages[ordinal]!.docId);
    }
    return out;
  }

  /** Sentence scoring uses the same term weights as retrieval's coverage. */
  private matchers(index: LoadedIndex, retrieval: Retrieval): TermMatcher[] {
    return retrieval.queryTerms.map((t, i) => ({
      weight: retrieval.weights[i]!,
      variants: new Map(t.variants.map((v) => [index.keyword.data.terms[v.id]!, v.weight])),
    }));
  }

  /**
   * Cosine similarity of sentences to the question with a private offline embedder: cheap
   * enough per sentence whatever embedder the index uses, and it sees word pieces the keyword
   * match misses ("hinzugefügt" ~ "ergänzt" does not, but "Komponenten" ~ "Komponente" does).
   */
  private similarityTo(question: string): (sentence: string) => number {
    const q = this.sentenceEmbedder.embedSync(question);
    return (sentence) => {
      // Sentences of the documents recur across questions: their vectors are kept (bounded).
      let v = this.sentenceVectors.get(sentence);
      if (!v) {
        v = this.sentenceEmbedder.embedSync(sentence);
        if (this.sentenceVectors.size >= SENTENCE_VECTOR_CACHE) this.sentenceVectors.delete(this.sentenceVectors.keys().next().value!);
        this.sentenceVectors.set(sentence, v);
      }
      let dot = 0;
      for (let i = 0; i < q.length; i++) dot += q[i]! * v[i]!;
      return dot;
    };
  }

  private unknownWeight(lang: Lang): number {
    const w = this.deps.config.UNKNOWN_TERM_WEIGHT;
    return lang === 'en' ? w * EN_UNKNOWN_SHARE : w;
  }

  private abstention(lang: Lang) {
    const suggestions = this.deps.topics.slice(0, 6).map((t) => t.title);
    const list = suggestions.length ? ` ${suggestions.join(', ')}.` : '';
    const text =
      lang === 'en'
        ? `The documents don't cover this question, so I can't answer it.${list ? ` I can answer questions on topics such as:${list}` : ''}`
        : `Dazu steht in den vorliegenden Dokumenten nichts, daher kann ich die Frage nicht beantworten.${list ? ` Ich kann zum Beispiel Fragen zu diesen Themen beantworten:${list}` : ''}`;
    return { abstained: true, text, citations: [], suggestions };
  }

  private nothingMore(lang: Lang) {
    const text = lang === 'en' ? 'The documents say nothing more on this.' : 'Mehr steht dazu nicht in den Dokumenten.';
    return { abstained: true, text, citations: [], suggestions: [] };
  }

  private hint(question: string, lang: Lang, t0: number): Answer {
    const text =
      lang === 'en'
        ? 'Please ask a question, for example: "Until when should DOMEA be introduced?"'
        : 'Bitte stellen Sie eine Frage, zum Beispiel: „Bis wann soll DOMEA eingeführt sein?“';
    return {
      id: randomUUID(),
      question,
      resolvedQuestion: '',
      lang,
      abstained: true,
      text,
      citations: [],
      suggestions: this.deps.topics.slice(0, 6).map((t) => t.title),
      timings: { retrievalMs: 0, totalMs: performance.now() - t0 },
    };
  }

  private truncationNotice(lang: Lang): string {
    const max = this.deps.config.MAX_QUESTION_CHARS;
    return lang === 'en'
      ? `Your question was longer than ${max} characters and was shortened.`
      : `Ihre Frage war länger als ${max} Zeichen und wurde gekürzt.`;
  }
}

/** The statements an answer's text gave: its lines ending in a citation mark, without the mark and the "…" of a shortened quote. */
export function statementsOf(answerText: string): string[] {
  return answerText
    .split('\n')
    .filter((line) => /\[\d+\]\s*$/.test(line))
    .map((line) => line.replace(/\s*\[\d+\]\s*$/, '').replace(/^…\s*/, '').replace(/\s*…$/, '').trim())
    .filter(Boolean);
}

/**
 * True when a word is a German compound of dictionary words ("Behördennummer" = "Behörden" +
 * "Nummer", "Breitbandausbau" = "Breitband" + "Ausbau"), with the linking elements -s-, -n-, -es-,
 * -en-: such a word is a common noun, not a name.
 */
function isCompoundOfWords(word: string, lexicon: Lexicon, documentsUse?: (word: string) => boolean): boolean {
  // A part may be a word of the dictionary or of the documents ("Breitband|ausbau" after "Breitband-Versorgung").
  const known = (w: string) => lexicon.has(w) || lexicon.has(w.charAt(0).toUpperCase() + w.slice(1)) || lexicon.has(w.toLowerCase()) || (w.length >= 4 && !!documentsUse?.(w));
  for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) {
    const head = word.slice(i);
    if (!known(head)) continue;
    const modifier = word.slice(0, i);
    if (known(modifier) || isCompoundOfWords(modifier, lexicon, documentsUse)) return true;
    // A long head noun with a long modifier the dictionary lists only in compounds ("Mindest|bandbreite").
    if (head.length >= LONG_PART && modifier.length >= LONG_PART) return true;
    for (const link of ['s', 'n', 'es', 'en', 'e']) {
      if (modifier.endsWith(link) && modifier.length - link.length >= MIN_COMPOUND_PART && known(modifier.slice(0, -link.length))) return true;
    }
    // A verb's stem as the modifier ("Förder|geld", "Such|maske", "Wander|weg"): the infinitive without -(e)n.
    const stem = modifier.toLowerCase();
    if ([`${stem}n`, `${stem}en`].some((v) => lexicon.lemmaInfo(v).some((l) => l.pos === 'verb' && l.lemma === v))) return true;
  }
  return false;
}
/**
 * A noun of the lexicon after an adjective of the thesaurus ("Groß|kreis", "Neu|bau"): a common
 * word, though the lexicon has no adjectives to split it by. The head must be a noun itself, so
 * a place whose head is no word stays a name ("Neu|brandenburg").
 */
function isAdjectiveNounCompound(word: string, lexicon: Lexicon, thesaurus: LinguisticResources['thesaurus'] | undefined): boolean {
  if (!thesaurus || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  for (let i = MIN_COMPOUND_PART; i <= word.length - MIN_COMPOUND_PART; i++) {
    const head = word.charAt(i).toUpperCase() + word.slice(i + 1);
    if (!lexicon.lemmaInfo(head).some((l) => l.pos === 'noun')) continue;
    if (thesaurus.synonyms(word.slice(0, i).toLowerCase(), 1).length > 0) return true;
  }
  return false;
}
const MIN_COMPOUND_PART = 3;
/** A part this long on both sides of a known head makes a compound even with a modifier no dictionary lists alone. */
const LONG_PART = 6;
/**
 * A plural or case form the lexicon lacks of a noun it has ("Modulen": the lexicon lists only
 * "Moduln"): the word less a German noun ending is a lemma.
 */
function inflectedLemma(word: string, lexicon: Lexicon): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return false;
  return ['en', 'n', 'e', 'es', 's'].some((end) => {
    const base = word.slice(0, -end.length);
    return word.endsWith(end) && base.length >= 3 && lexicon.lemmaInfo(base).some((l) => l.pos === 'noun' && l.lemma === base);
  });
}

/** The one word of a name given short ("Die Wemacom" → "Wemacom", "Johannsen"); undefined for a full name. */
function shortNameOf(fact: string): string | undefined {
  const words = (fact.match(/\p{Lu}[\p{L}\d&-]*/gu) ?? []).filter((w) => !/^(?:Der|Die|Das|Den|Dem|Des|The)$/u.test(w));
  return words.length === 1 && words[0]!.length >= 3 && fact.trim().split(/\s+/).length <= 2 ? words[0] : undefined;
}
/** The name with capitalised words before or after it ("Wemacom Breitband GmbH", "Präsidentin Martina Johannsen"). */
function fullNameRe(name: string): RegExp {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])(?:${n}(?:\\s+\\p{Lu}[\\p{L}\\d&.-]*){1,3}|(?:(?!(?:Der|Die|Das|Den|Dem|Des)\\s)\\p{Lu}[\\p{L}\\d&.-]*\\s+){1,3}${n})(?![\\p{L}])`, 'u');
}

/** German nouns formed with a derivational suffix (-ung, -heit, -keit, -schaft, -ität, -tion, -ismus), in any case. */
const DERIVED_NOUN = /\p{Ll}(?:ung|heit|keit|schaft|ität|tion|sion|ismus)(?:en|s)?$/u;

function timings(r: Retrieval, t0: number) {
  return { retrievalMs: round(r.ms), totalMs: round(performance.now() - t0) };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/**
 * A noun that names the kind of fact asked for, not a subject ("IT-Staatsvertrag Überarbeitung
 * Datum", "Anzahl der Landkreise?"): that the documents never use it says nothing about the subject.
 */
function namesAnswerType(word: string, type: AnswerType): boolean {
  const w = foldText(word);
  return (
    (type === 'date' && /^(?:datum|daten|zeitpunkt|termin|stichtag|jahr|monat|tag)$/.test(w)) ||
    (type === 'number' && /^(?:anzahl|zahl)$/.test(w)) ||
    NAME_FORM.test(w)
  );
}
/** The short or the long form of a name is asked for ("FITKO Abkürzung", "What is the abbreviation of …?"), folded. */
const NAME_FORM = /^(?:abkurzung|abkurzungen|kurzel|akronym|kurzform|langform|abbreviation|abbreviations|acronym|acronyms)$/;
/** The word asks for a form of a name ({@link NAME_FORM}). */
function namesNameForm(word: string): boolean {
  return NAME_FORM.test(foldText(word));
}
