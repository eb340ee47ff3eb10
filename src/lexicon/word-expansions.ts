import { STOPWORDS } from '../text/stopwords.js';
import { isAskingWord } from '../text/question-words.js';
import { foldLetters, foldText } from '../text/fold.js';
import { glossaryWord, translateNamesAndTerms, translateToGerman } from '../answer/glossary-en-de.js';
import { englishWordUses } from './english-parts-of-speech.js';
import type { LinguisticResources } from './load-linguistic-resources.js';

/** A word that may stand for a question word in the documents, with how much it counts (0..1]. */
export interface WordAlternative {
  word: string;
  weight: number;
}

/**
 * Match strengths of alternatives (compare: exact 1, participle 0.8, compound part 0.4–0.6):
 * another form of the same lemma ("Beschäftigten" → "Beschäftigte") nearly counts as the word;
 * a synonym from OpenThesaurus ("Mitarbeiter" for "Beschäftigte") or another translation of an
 * English word counts less, since a synset mixes senses.
 */
export const ALTERNATIVE_WEIGHTS = { lemma: 0.9, synonym: 0.6, translation: 0.7 } as const;
/** Synonyms asked of the thesaurus per word and lemma (only those the documents use count; 12 → 40 measured better, 80 worse). */
const MAX_SYNONYMS = 40;

/**
 * Alternatives of a German question word from the lexicon (its lemmas) and the thesaurus (the
 * synonyms of the word and of its lemmas). Without resources, none.
 */
export function germanAlternatives(resources: LinguisticResources | undefined): (word: string) => WordAlternative[] {
  if (!resources?.lexicon && !resources?.thesaurus) return () => [];
  const cache = new Map<string, WordAlternative[]>();
  return (word) => {
    let out = cache.get(word);
    if (out) return out;
    const best = new Map<string, number>();
    const add = (w: string, weight: number) => {
      if (w.toLowerCase() !== word.toLowerCase() && weight > (best.get(w) ?? 0)) best.set(w, weight);
    };
    const lemmas = resources.lexicon?.lemmas(word) ?? [];
    for (const l of lemmas) add(l, ALTERNATIVE_WEIGHTS.lemma);
    // Snowball leaves a verb's forms in -t apart from its stem ("sparen" → "spar", "spart" → "spart";
    // "erproben" → "erprob", "erprobt"): the lexicon's forms of the verb stand for it.
    const lexicon = resources.lexicon;
    if (lexicon) for (const l of lexicon.lemmaInfo(word)) if (l.pos === 'verb') for (const f of tForms(lexicon, l.lemma)) add(f, ALTERNATIVE_WEIGHTS.lemma);
    // Not the synonyms' forms: measured, they match too widely (10 won, 16 lost on the tuning questions).
    for (const w of [word, ...lemmas, ...adjectivalNounBases(word)]) for (const s of resources.thesaurus?.synonyms(w, MAX_SYNONYMS) ?? []) add(s, ALTERNATIVE_WEIGHTS.synonym);
    // A feminine role noun ("Chefin") has the synonyms of its masculine base ("Chef"), which the
    // thesaurus lists in the masculine only ("Präsident", "Leiter"): their feminine forms
    // ("Präsidentin", "Leiterin"). Not the masculine ones: the question names a woman ("wer ist da
    // Präsidentin" is not the man the documents call "Präsident").
    if (lexicon)
      for (const base of masculineBases(lexicon, [word, ...lemmas]))
        for (const s of resources.thesaurus?.synonyms(base, MAX_SYNONYMS) ?? []) {
          const feminine = feminineOf(lexicon, s);
          if (feminine) add(feminine, ALTERNATIVE_WEIGHTS.synonym);
        }
    for (const w of nominalizations(resources, word)) add(w, ALTERNATIVE_WEIGHTS.synonym);
    out = [...best].map(([w, weight]) => ({ word: w, weight }));
    if (cache.size > 10_000) cache.clear();
    cache.set(word, out);
    return out;
  };
}

type Lexicon = NonNullable<LinguisticResources['lexicon']>;
const UMLAUT_BACK: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' };
const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' };

/** A noun lemma of the lexicon that names a person by role or trade. */
function isPersonLemma(lexicon: Lexicon, word: string): boolean {
  return lexicon.isPersonNoun(word) && lexicon.lemmaInfo(word).some((l) => l.pos === 'noun' && l.lemma === word);
}

/**
 * The masculine person nouns a feminine one is derived from by "-in" (German "Movierung"):
 * "Chefin" → "Chef", "Präsidentin" → "Präsident", "Ärztin" → "Arzt" (the umlaut undone).
 * Only pairs the lexicon holds.
 */
function masculineBases(lexicon: Lexicon, words: string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    if (!/^\p{Lu}\p{L}{2,}in$/u.test(w) || !isPersonLemma(lexicon, w)) continue;
    const base = w.slice(0, -2);
    for (const b of [base, base.replace(/[äöüÄÖÜ](?=[^äöüÄÖÜ]*$)/u, (v) => UMLAUT_BACK[v]!)]) if (isPersonLemma(lexicon, b)) out.add(b);
  }
  return [...out];
}

/** The feminine person noun of a masculine one, when the lexicon holds it ("Präsident" → "Präsidentin", "Arzt" → "Ärztin"). */
function feminineOf(lexicon: Lexicon, word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return undefined;
  // The umlaut goes on the last full vowel ("Arzt" → "Ärztin"), not on the "u" of a diphthong ("Bauer" → "Bäuerin" is rare).
  const umlauted = word.replace(/[aouAOU](?=[^aouAOU]*$)/u, (v) => UMLAUT[v]!);
  return [`${word}in`, `${umlauted}in`].find((f) => isPersonLemma(lexicon, f));
}

/**
 * German verbs in -ieren and their nouns in -ierung and -ation name one action ("koordiniert" →
 * "Koordination", "Koordinierung"; "Finanzierung" → "finanzieren"): a regular pattern of German
 * word formation, applied to the lemmas the lexicon gives. Candidates the documents do not use
 * simply match nothing.
 */
function nominalizations(resources: LinguisticResources, word: string): string[] {
  const lexicon = resources.lexicon;
  if (!lexicon) return [];
  const out: string[] = [];
  for (const { lemma, pos } of lexicon.lemmaInfo(word)) {
    if (pos === 'verb' && lemma.endsWith('ieren') && lemma.length > 7) {
      const stem = lemma.slice(0, -5);
      out.push(`${stem[0]!.toUpperCase()}${stem.slice(1)}ierung`, `${stem[0]!.toUpperCase()}${stem.slice(1)}ation`);
    }
    // The noun in -ung of any verb, where the lexicon knows it ("vereinbaren" → "Vereinbarung", "erproben" → "Erprobung").
    if (pos === 'verb' && !lemma.endsWith('ieren') && /^\p{Ll}{3,}e?n$/u.test(lemma)) {
      const base = lemma.replace(/e?n$/u, '');
      const ung = `${base[0]!.toUpperCase()}${base.slice(1)}ung`;
      if (lexicon.lemmaInfo(ung).some((l) => l.pos === 'noun' && l.lemma === ung)) out.push(ung);
    }
    const noun = pos === 'noun' ? /^(\p{L}{3,})(?:ierung|ation)$/u.exec(lemma) : null;
    if (noun) out.push(`${noun[1]!.toLowerCase()}ieren`);
    // The verb of a noun in -ung, where the lexicon knows it, with its forms in -t ("Gründung" → "gründen",
    // "gegründet"; "Speicherung" → "speichern"): the text reports the act with the verb.
    const act = pos === 'noun' && !noun ? /^(\p{L}{3,})ung$/u.exec(lemma) : null;
    if (act) {
      const base = act[1]!.toLowerCase();
      const verb = [`${base}en`, `${base}n`].find((v) => lexicon.lemmaInfo(v).some((l) => l.pos === 'verb' && l.lemma === v));
      if (verb) out.push(verb, ...tForms(lexicon, verb));
    }
  }
  return out;
}

/** An English question put into German words for the German index, with the other senses of each word. */
export interface Translation {
  text: string;
  /** German word chosen → the other translations of the same English word. */
  alternatives: Map<string, string[]>;
  /** English word (lower case) → the German word that stands for it in `text`. */
  senses?: Map<string, string>;
}

/**
 * Translates an English question word by word with the Ding dictionary: each content word becomes
 * the first translation the documents use (else the first translation), the other translations
 * are kept as alternatives. Names of German states and cities and multi-word terms come first
 * (the administrative glossary), and the glossary's word for a single word joins the dictionary's
 * as one more option; without the dictionary the glossary alone translates.
 */
export function englishTranslator(
  resources: LinguisticResources | undefined,
  known: (germanWord: string) => boolean,
  begins?: (foldedPrefix: string) => boolean,
  corpus?: Cooccurrence,
): (question: string) => Translation {
  const dictionary = resources?.dictionary;
  if (!dictionary) return (question) => ({ text: translateToGerman(question), alternatives: new Map() });
  return (question) => {
    const alternatives = new Map<string, string[]>();
    // Names of states and cities and multi-word terms first (they span several words), then
    // phrases the dictionary gives one German word for, then pairs that make a German compound.
    const named = joinCompounds(joinPhrases(openHyphenatedPhrases(translateNamesAndTerms(question), dictionary, known), dictionary, known, alternatives), dictionary, known, begins);
    // Each content word with the German words that may stand for it: itself when the documents use
    // it, else its translations the documents use (for the choice of sense below).
    const senses: { chosen: string; usable: string[] }[] = [];
    const byEnglish = new Map<string, string>();
    // How the question uses each word: a verb is looked up as one ("pays" → "to pay"), a noun's noun senses come first ("kind" → "Art").
    const uses = englishWordUses(question, (phrase) => toGermanCached(dictionary, phrase, 1).length > 0);
    const text = named.replace(/[\p{L}][\p{L}'’-]*/gu, (w) => {
      // Stop words and words the documents use as they are (names, German terms) stay…
      if (STOPWORDS.has(foldText(w)) || isAskingWord(w)) return w;
      if (known(w)) {
        // …but an English word a German text quotes now and then ("Services") still stands for its translations.
        if (/^\p{Ll}/u.test(w)) {
          const translations = toGermanCached(dictionary, w.toLowerCase(), 6).filter((g) => !/\s/.test(g) && g.toLowerCase() !== w.toLowerCase());
          if (translations.length) alternatives.set(w, translations);
        }
        senses.push({ chosen: w, usable: [w] });
        return w;
      }
      // A verb the documents use only inflected ("geben" → "gegeben") is known by its forms.
      const knownForm = (g: string) => /^\p{Ll}/u.test(g) && !!resources?.lexicon && resources.lexicon.forms(g).some((f) => !/\s/.test(f) && known(f));
      const use = uses.get(w.toLowerCase());
      // A verb of saying frames the question ("What did she say about …?"): no query word.
      if (use?.pos === 'saying') return ' ';
      // A verb with the word after it as one verb ("fill in" → "ausfüllen") when the documents use one of its single-word
      // translations. A phrase whose translations they do not use ("take office" → "ein Amt antreten") leaves the word to
      // its own entry, as before the tagger, and the verb alone stands only where that entry gives nothing ("pays" → "to pay").
      const phrase = use?.next ? `to ${use.lemma} ${use.next}` : undefined;
      const usesPhrase = !!phrase && toGermanCached(dictionary, phrase, 6).some((g) => !/\s/.test(g) && (known(g) || knownForm(g)));
      const ownEntry = !!phrase && !usesPhrase && toGermanCached(dictionary, w.toLowerCase(), 6).length > 0;
      const verbKey = usesPhrase ? phrase : use && !ownEntry ? `to ${use.lemma}` : undefined;
      const asVerb = use?.pos === 'verb' && verbKey ? toGermanCached(dictionary, verbKey, 6) : [];
      const lookup = asVerb.length ? verbKey! : w.toLowerCase();
      const found = asVerb.length ? asVerb : toGermanCached(dictionary, lookup, 6);
      // German capitalises its nouns: for a noun, the translations that are nouns first (stable).
      const all = use?.pos === 'noun' ? [...found.filter((g) => /^\p{Lu}/u.test(g)), ...found.filter((g) => !/^\p{Lu}/u.test(g))] : found;
      const options = all.filter((g) => !/\s/.test(g));
      // A translation that lists optional qualifiers before its noun ("amtlich/gerichtlich Beauftragter" for "commissioner")
      // is that noun, after the one-word translations.
      for (const g of all) {
        const head = nounHead(g);
        if (head && !options.includes(head)) options.push(head);
      }
      if (!options.length && w.includes('-')) options.push(...hyphenatedCompounds(dictionary, w, known));
      const fallback = glossaryWord(w);
      if (fallback && !options.includes(fallback)) options.push(fallback);
      if (!options.length) return w;
      // The dictionary lists senses in order: the first the documents use, as a word or by its forms, is the one.
      const chosen = options.find((o) => known(o) || knownForm(o)) ?? options[0]!;
      // None of the main senses is a word of the documents: the later ones they use stand for it as
      // alternatives ("revised" → "revidiert", and "überarbeitet" of "to rework; to revise"); with the
      // corpus at hand, the one the question's other words select replaces it (see cooccurringSense).
      const more = known(chosen) ? [] : toGermanCached(dictionary, lookup, DEEP_TRANSLATIONS).filter((g) => !/\s/.test(g) && (known(g) || knownForm(g)) && !options.includes(g));
      alternatives.set(chosen, [...options.filter((o) => o !== chosen), ...more]);
      senses.push({ chosen, usable: [...options.filter((o) => known(o) || knownForm(o)), ...more] });
      byEnglish.set(w.toLowerCase(), chosen);
      return chosen;
    });
    if (!corpus) return { text, alternatives, senses: byEnglish };
    // The sense the other words of the question share passages with (Ballesteros & Croft 1998).
    const better = new Map<string, string>();
    // Each word's passages (through any of its senses), gathered once for all the words that need a choice.
    let contexts: Set<number>[] | undefined;
    for (const [i, sense] of senses.entries()) {
      if (!needsSenseChoice(sense)) continue;
      contexts ??= senses.map((o) => passagesOfAny(o.usable.slice(0, MAX_SENSES), corpus));
      const pick = cooccurringSense(sense, contexts.filter((c, j) => j !== i && c.size), corpus);
      if (pick === sense.chosen || better.has(sense.chosen)) continue;
      better.set(sense.chosen, pick);
      const others = alternatives.get(sense.chosen) ?? [];
      alternatives.delete(sense.chosen);
      alternatives.set(pick, [sense.chosen, ...others.filter((o) => o !== pick)]);
    }
    if (!better.size) return { text, alternatives, senses: byEnglish };
    for (const [english, german] of byEnglish) byEnglish.set(english, better.get(german) ?? german);
    return { text: text.replace(/[\p{L}][\p{L}'’-]*/gu, (w) => better.get(w) ?? w), alternatives, senses: byEnglish };
  };
}

/** The passages of the documents that use a German word (or its forms), and how many passages there are. */
export interface Cooccurrence {
  passagesOf(germanWord: string): ReadonlySet<number>;
  total: number;
}

/** Translations of one English word weighed for their co-occurrence with the other words' (cost bound). */
const MAX_SENSES = 8;

/**
 * A word whose chosen German word the documents never use, with two or more translations they do.
 * One usable sense, or no other word with passages: it stays an alternative only (as the word
 * there, 2 won, 3 lost).
 */
function needsSenseChoice(sense: { chosen: string; usable: string[] }): boolean {
  const candidates = sense.usable.slice(0, MAX_SENSES);
  return candidates.length >= 2 && !candidates.includes(sense.chosen);
}

/** The passages that use any of the words. */
function passagesOfAny(words: string[], corpus: Cooccurrence): Set<number> {
  const union = new Set<number>();
  for (const w of words) for (const p of corpus.passagesOf(w)) union.add(p);
  return union;
}

/**
 * The German word for an English word whose main translations the documents never use: of the
 * translations they do use (found deeper in the dictionary or through a verb's forms), the one
 * most associated with the other words of the question, the sense its context selects, as in
 * co-occurrence disambiguation of query translation (Ballesteros & Croft, SIGIR 1998).
 * Association is their "em" measure over passages, max(0, (n_ab − n_a·n_b/N) / (n_a + n_b)),
 * which discounts words that occur everywhere; another word counts through the union of its
 * translations. "save" beside "Kreisreform" is "sparen" ("spart"), not "Parade".
 * A used main translation stays: choosing among used senses by association moved only ranking
 * noise on the tuning questions (4 won, 7 lost), so the dictionary's order decides there.
 */
function cooccurringSense(sense: { chosen: string; usable: string[] }, contexts: ReadonlySet<number>[], corpus: Cooccurrence): string {
  const candidates = sense.usable.slice(0, MAX_SENSES);
  if (!contexts.length) return sense.chosen;
  const association = (c: string) => {
    const mine = corpus.passagesOf(c);
    let sum = 0;
    for (const ctx of contexts) {
      const [small, large] = mine.size <= ctx.size ? [mine, ctx] : [ctx, mine];
      let both = 0;
      for (const p of small) if (large.has(p)) both++;
      sum += Math.max(0, (both - (mine.size * ctx.size) / corpus.total) / (mine.size + ctx.size || 1));
    }
    return sum;
  };
  let best = candidates[0]!;
  let bestScore = association(best);
  for (const c of candidates.slice(1)) {
    const a = association(c);
    if (a > bestScore) [best, bestScore] = [c, a];
  }
  return best;
}

/**
 * The noun of a Ding translation that lists optional qualifiers before it, slash-separated
 * ("amtlich/gerichtlich Beauftragter" → "Beauftragter"): the qualifiers say in which settings the
 * word is used, the noun is the translation. A fixed phrase ("ärztliche Verordnung" for "recipe")
 * has no such head. Else undefined.
 */
function nounHead(phrase: string): string | undefined {
  const words = phrase.trim().split(/\s+/);
  if (words.length !== 2) return undefined;
  const [qualifiers, noun] = words as [string, string];
  return /^\p{Lu}\p{Ll}{2,}$/u.test(noun) && /^\p{Ll}+(?:\/\p{Ll}+)+$/u.test(qualifiers) ? noun : undefined;
}

/**
 * An English hyphenated word the dictionary lacks ("e-file", "e-invoice") as the German compound the
 * documents use, part by part: a letter or an acronym stays as it is, in capitals ("E-", "IT-"),
 * and the other parts take their translations ("file" → "Akte"), so "e-file" becomes "E-Akte".
 */
function hyphenatedCompounds(dictionary: Dictionary, word: string, known: (germanWord: string) => boolean): string[] {
  const parts = word.split('-').filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return [];
  let compounds = [''];
  for (const [i, part] of parts.entries()) {
    const options = part.length <= 3 && (part.length === 1 || part === part.toUpperCase()) ? [part.toUpperCase()] : toGermanCached(dictionary, part.toLowerCase(), COMPOUND_OPTIONS).filter((g) => /^\p{Lu}[\p{L}]*$/u.test(g));
    if (!options.length) return [];
    compounds = compounds.flatMap((c) => options.map((o) => (i === 0 ? o : `${c}-${o}`)));
  }
  return compounds.filter(known);
}

/**
 * English writes a noun phrase with a hyphen where it modifies another word ("public-administration
 * user accounts", "civil-status certificates"): one the dictionary lacks as written, the documents
 * do not use and no German compound stands for (see hyphenatedCompounds) is its words, each looked
 * up on its own ("public administration"). Words of three letters or more only: "e-file", "IT-" stay.
 */
function openHyphenatedPhrases(text: string, dictionary: Dictionary, known: (germanWord: string) => boolean): string {
  return text.replace(/(?<![\p{L}-])\p{Ll}{3,}(?:-\p{Ll}{3,})+(?![\p{L}-])/gu, (word) =>
    known(word) || toGermanCached(dictionary, word, 1).length || hyphenatedCompounds(dictionary, word, known).length ? word : word.replace(/-/g, ' '),
  );
}

/** Longest English phrase looked up as a whole, in words. */
const MAX_PHRASE_WORDS = 3;

/**
 * Two or three English content words that the dictionary translates as one German word the
 * documents use ("mainly responsible" → "Hauptverantwortliche", "identification number" →
 * "Identifikationsnummer") become that word; its other single-word translations are kept as
 * alternatives. Phrases with a function word ("in all", "account for") are left to the words.
 */
function joinPhrases(text: string, dictionary: Dictionary, known: (germanWord: string) => boolean, alternatives: Map<string, string[]>): string {
  const content = (w: string | undefined) => !!w && /^[a-z][a-z-]*$/i.test(w) && !STOPWORDS.has(foldText(w)) && !isAskingWord(w);
  // Words and what lies between them (odd indexes are words).
  const parts = text.split(/(\p{L}[\p{L}-]*)/u);
  for (let n = MAX_PHRASE_WORDS; n >= 2; n--) {
    for (let i = 1; i + 2 * (n - 1) < parts.length; i += 2) {
      const words = Array.from({ length: n }, (_, k) => parts[i + 2 * k]);
      const gaps = Array.from({ length: n - 1 }, (_, k) => parts[i + 2 * k + 1]!);
      // "rules of procedure" → "Geschäftsordnung": a noun phrase with "of" inside is one term too.
      const of = n === 3 && words[1]!.toLowerCase() === 'of';
      if (!words.every((w, k) => content(w) || (of && k === 1)) || !gaps.every((g) => /^\s+$/.test(g))) continue;
      const options = toGermanCached(dictionary, words.join(' ').toLowerCase(), 6).filter((g) => !/[\s…]/u.test(g));
      const chosen = options.find(known);
      if (!chosen) continue;
      alternatives.set(chosen, options.filter((o) => o !== chosen));
      parts.splice(i, 2 * n - 1, chosen);
    }
  }
  return parts.join('');
}

/** Translations asked of the dictionary per word when two words may form a German compound. */
const COMPOUND_OPTIONS = 6;
/** Linking elements between the parts of a German compound ("Verwaltung·s·leistung", "Nutzer·konto"). */
const LINKS = ['', 's', 'n', 'en', 'es'];

/**
 * Two English content words in a row are often one German compound ("user account" →
 * "Nutzerkonto", "service portal" → "Serviceportal", "federal government" → "Bundesregierung"):
 * the pair is replaced by the first compound of their translations (with a linking element)
 * that the documents use. Pairs the documents do not know as a compound stay as they are. A compound
 * counts only when a document term reaches into its head (`begins`, when given, tells whether some
 * term starts with the folded letters): one whose term is its first part alone is no compound the
 * documents use, and most candidates fail there before they are stemmed.
 */
function joinCompounds(
  text: string,
  dictionary: NonNullable<LinguisticResources['dictionary']>,
  known: (germanWord: string) => boolean,
  begins?: (foldedPrefix: string) => boolean,
): string {
  const single = (w: string) =>
    toGermanCached(dictionary, w.toLowerCase(), COMPOUND_OPTIONS)
      .filter((g) => !/\s/.test(g))
      .map((g) => g.replace(/…$/u, ''));
  const content = (w: string) => /^[a-z][a-z-]*$/i.test(w) && !STOPWORDS.has(foldText(w)) && !isAskingWord(w);
  // German borrows English words into compounds as they are ("Masterplan", "Onlinedienste").
  const capital = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;
  const compoundOf = (a: string, b: string): string | undefined => {
    if (!content(a) || !content(b)) return undefined;
    const heads = [...single(b), capital(b)].filter((h) => /^\p{Lu}/u.test(h));
    for (const first of [...single(a), capital(a)].filter((f) => /^\p{Lu}/u.test(f)))
      for (const head of heads)
        for (const link of LINKS) {
          if (begins && !begins(foldLetters(`${first}${link}${head[0]}`))) continue;
          const compound = `${capital(first)}${link}${head.toLowerCase()}`;
          if (known(compound)) return compound;
        }
    return undefined;
  };
  // Words and what lies between them; a pair is tried at every position ("online government services").
  const parts = text.split(/(\p{L}[\p{L}-]*)/u);
  for (let i = 1; i + 2 < parts.length; i += 2) {
    if (!/^\s+$/.test(parts[i + 1]!)) continue;
    const compound = compoundOf(parts[i]!, parts[i + 2]!);
    if (compound) parts.splice(i, 3, compound);
  }
  return parts.join('');
}

type Dictionary = NonNullable<LinguisticResources['dictionary']>;
/** Translations looked up before, per dictionary (a look-up decodes dictionary lines; questions repeat words). */
const translationCache = new WeakMap<Dictionary, Map<string, string[]>>();
const MAX_CACHED_WORDS = 20_000;

/** How many translations of an English word are searched for one the documents use when its main senses are none. */
const DEEP_TRANSLATIONS = 20;

function toGermanCached(dictionary: Dictionary, english: string, max: number): string[] {
  let cache = translationCache.get(dictionary);
  if (!cache) translationCache.set(dictionary, (cache = new Map()));
  const key = `${max}\u0000${english}`;
  let out = cache.get(key);
  if (!out) {
    out = dictionary.toGerman(english, max);
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(key, out);
  }
  return out;
}

/**
 * Dictionary forms of a noun made from an adjective or participle, which the thesaurus lists in the
 * strong masculine form: "Beschäftigte", "Beschäftigten" → "Beschäftigter"; "Angestellten" →
 * "Angestellter". Only for capitalised words ending in -e/-en.
 */
function adjectivalNounBases(word: string): string[] {
  if (!/^\p{Lu}\p{Ll}{3,}e[n]?$/u.test(word)) return [];
  const stem = word.replace(/en?$/u, '');
  return [`${stem}er`];
}

/**
 * "Digitales", "Neues", "Wichtigste": an adjective used as a noun, capitalised with its ending; the
 * lexicon has no adjectives, the thesaurus knows the adjective ("digital"). No name, then.
 */
export function isAdjectiveAsNoun(word: string, thesaurus: LinguisticResources['thesaurus'] | undefined): boolean {
  const m = /^(\p{Lu}\p{Ll}{3,})(?:e|es|en|er|em)$/u.exec(word);
  return !!thesaurus && !!m && thesaurus.synonyms(m[1]!.toLowerCase(), 1).length > 0;
}

/**
 * A noun with a genitive complement ("Verzeichnis der Infrastruktur", "Kosten des Ausbaus") also
 * stands for the compound German forms of it ("Infrastrukturverzeichnis", "Ausbaukosten") when the
 * documents use that compound: the complement's lemma, a linking element (none, -s-, -es-, -n-,
 * -en-) and the head. Word of the question → alternatives, for both nouns. Needs the lexicon.
 */
export function genitiveCompoundAlternatives(
  resources: LinguisticResources | undefined,
  question: string,
  known: (germanWord: string) => boolean,
): Map<string, WordAlternative[]> {
  const out = new Map<string, WordAlternative[]>();
  const lexicon = resources?.lexicon;
  if (!lexicon) return out;
  const nounLemmas = (w: string) => lexicon.lemmaInfo(w).filter((l) => l.pos === 'noun').map((l) => l.lemma);
  for (const m of question.matchAll(/(?<![\p{L}-])(\p{L}{3,})\s+(?:der|des)\s+(?:\p{Ll}+(?:e|en|er|es)\s+)?(\p{L}{3,})(?![\p{L}-])/gu)) {
    const [, headWord, complementWord] = m;
    const heads = nounLemmas(headWord!);
    const complements = nounLemmas(complementWord!);
    for (const head of heads)
      for (const complement of complements)
        for (const link of ['', 's', 'es', 'n', 'en']) {
          const compound = `${complement}${link}${head.toLowerCase()}`;
          if (!known(compound)) continue;
          for (const word of [headWord!, complementWord!]) out.set(word, [...(out.get(word) ?? []), { word: compound, weight: ALTERNATIVE_WEIGHTS.lemma }]);
        }
  }
  return out;
}

/** Longest German phrase of the question looked up in the thesaurus as a whole, in words. */
const MAX_THESAURUS_PHRASE_WORDS = 3;

/**
 * Single-word synonyms of the phrases of a German question: two or three neighbouring words that
 * make an OpenThesaurus entry ("pro Jahr" → "jährlich", "alljährlich") reach words that none of
 * them reaches alone. Only synonyms the documents use count; each word of the phrase takes them
 * as alternatives. Word of the question → alternatives.
 */
export function phraseSynonymAlternatives(
  resources: LinguisticResources | undefined,
  question: string,
  known: (germanWord: string) => boolean,
): Map<string, WordAlternative[]> {
  const out = new Map<string, WordAlternative[]>();
  const thesaurus = resources?.thesaurus;
  if (!thesaurus) return out;
  // Words and what lies between them (odd indexes are words): a phrase never spans punctuation.
  const parts = question.split(/(\p{L}[\p{L}-]*)/u);
  for (let n = MAX_THESAURUS_PHRASE_WORDS; n >= 2; n--)
    for (let i = 1; i + 2 * (n - 1) < parts.length; i += 2) {
      const words = Array.from({ length: n }, (_, k) => parts[i + 2 * k]!);
      if (!Array.from({ length: n - 1 }, (_, k) => parts[i + 2 * k + 1]!).every((g) => /^\s+$/.test(g))) continue;
      const synonyms = thesaurus.synonyms(words.join(' '), MAX_SYNONYMS).filter((w) => !/\s/.test(w) && known(w));
      if (!synonyms.length) continue;
      for (const word of words) out.set(word, [...(out.get(word) ?? []), ...synonyms.map((w) => ({ word: w, weight: ALTERNATIVE_WEIGHTS.synonym }))]);
    }
  return out;
}

/** Prepositions of German prepositional verbs, with the contractions a question writes ("am Geld" = "an dem Geld"). */
const PREPOSITIONS: Record<string, string> = {
  an: 'an', am: 'an', ans: 'an', auf: 'auf', aufs: 'auf', aus: 'aus', bei: 'bei', beim: 'bei', für: 'für', fürs: 'für',
  mit: 'mit', nach: 'nach', über: 'über', um: 'um', ums: 'um', von: 'von', vom: 'von', zu: 'zu', zum: 'zu', zur: 'zu', in: 'in', im: 'in', ins: 'in',
};

/**
 * Synonyms of the prepositional verbs of a German question: a verb and a preposition of the same
 * question make an OpenThesaurus entry such as "fehlen an (es)" ("Fehlt es am Geld?"), whose
 * synset ("hapern", "mangeln") the verb alone does not reach. Each synonym verb comes with its
 * forms in -t, whose stems Snowball keeps apart ("hapert"). Word of the question → alternatives.
 */
export function prepositionalVerbAlternatives(resources: LinguisticResources | undefined, question: string): Map<string, WordAlternative[]> {
  const out = new Map<string, WordAlternative[]>();
  const { lexicon, thesaurus } = resources ?? {};
  if (!lexicon || !thesaurus) return out;
  const words = question.match(/\p{L}+/gu) ?? [];
  const preps = new Set(words.map((w) => PREPOSITIONS[w.toLowerCase()]).filter((p): p is string => !!p));
  if (!preps.size) return out;
  for (const word of words) {
    const verbs = lexicon.lemmaInfo(word).filter((l) => l.pos === 'verb').map((l) => l.lemma);
    const found: WordAlternative[] = [];
    for (const verb of verbs)
      for (const prep of preps)
        for (const synonym of thesaurus.synonyms(`${verb} ${prep}`, MAX_SYNONYMS)) {
          if (/\s/.test(synonym) || synonym === verb) continue;
          for (const w of [synonym, ...tForms(lexicon, synonym)]) found.push({ word: w, weight: ALTERNATIVE_WEIGHTS.synonym });
        }
    if (found.length) out.set(word, found);
  }
  return out;
}

/** The forms of a verb (given as its infinitive) that end in -t ("hapern" → "hapert", "gehapert"). */
function tForms(lexicon: NonNullable<LinguisticResources['lexicon']>, verb: string): string[] {
  if (!lexicon.lemmaInfo(verb).some((l) => l.pos === 'verb' && l.lemma === verb)) return [];
  return lexicon.forms(verb).filter((f) => f.endsWith('t') && !/\s/.test(f));
}

/** Forms of the auxiliaries that make a perfect or a passive with a participle ("wurde … getestet", "hat … ausprobiert"). */
const AUXILIARY = /^(?:werde|wirst|wird|werden|werdet|wurde|wurden|wurdest|worden|bin|bist|ist|sind|seid|war|waren|warst|sein|gewesen|habe|hast|hat|haben|habt|hatte|hatten|gehabt)$/iu;

/**
 * The participle that closes a clause with an auxiliary ("Wo wurde die 115 zuerst getestet?",
 * "wo hat man das ausprobiert?"), the right bracket of the German clause, has its synonyms in the
 * same form ("erprobt"): Snowball keeps verb forms in -t apart from the infinitive's stem. Only
 * there: a finite verb in -t ("Was macht das Büro?") would bring the forms of too many synonyms
 * (measured: 8 won, 12 lost for every verb form in -t). Word of the question → alternatives.
 */
export function participleSynonymAlternatives(resources: LinguisticResources | undefined, question: string): Map<string, WordAlternative[]> {
  const out = new Map<string, WordAlternative[]>();
  const { lexicon, thesaurus } = resources ?? {};
  if (!lexicon || !thesaurus) return out;
  for (const clause of question.split(/[,;:?!.]/u)) {
    const words = clause.match(/\p{L}+/gu) ?? [];
    while (words.length && AUXILIARY.test(words.at(-1)!)) words.pop();
    const last = words.at(-1);
    if (!last || !/t$/u.test(last) || !words.slice(0, -1).some((w) => AUXILIARY.test(w))) continue;
    const found: WordAlternative[] = [];
    for (const l of lexicon.lemmaInfo(last))
      if (l.pos === 'verb' && l.lemma !== last)
        for (const synonym of thesaurus.synonyms(l.lemma, MAX_SYNONYMS))
          if (!/\s/.test(synonym) && synonym !== l.lemma) for (const f of tForms(lexicon, synonym)) found.push({ word: f, weight: ALTERNATIVE_WEIGHTS.synonym });
    if (found.length) out.set(last, found);
  }
  return out;
}
