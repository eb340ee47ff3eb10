import type { QueryTerm } from '../search/keyword-index.js';

/**
 * True when a question is mostly about things the documents never mention: at least two of its
 * content words are unknown to the index while at most one is known ("Wie wird das Wetter
 * morgen in Schwerin?" against documents that name Schwerin once). Coverage alone would answer
 * such a question from the one known word; a question with two or more known words ("Wie viel
 * Geld steckt Hannover in seinen Digitalisierungsfonds?") passes. A hyphenated compound counts
 * as one word; a number counts only when the documents contain it.
 */
const MIN_KNOWN_WEIGHT = 0.5;

export function isMostlyUnknown(terms: QueryTerm[]): boolean {
  const known = knownByWord(terms);
  const values = [...known.values()];
  const unknown = values.filter((k) => !k).length;
  return unknown >= 2 && values.length - unknown <= 1;
}

/** How many distinct question words the documents contain (a hyphenated compound counts once). */
export function knownWordCount(terms: QueryTerm[]): number {
  return [...knownByWord(terms).values()].filter(Boolean).length;
}

/**
 * Interrogatives and pronouns that the index's stop list does not hold: they carry no subject, so
 * they count neither as known nor as unknown words.
 */
const FUNCTION_WORDS = new Set(
  'woran worauf worum wofur wozu womit wodurch wobei wonach worin woraus wem wen wessen welchem welchen welcher welches inwiefern inwieweit weshalb weswegen sagt sagen meint eigentlich ungefahr konkret genau mal ne nen gibts whats whos hows'.split(' '),
);

function knownByWord(terms: QueryTerm[]): Map<string, boolean> {
  const known = new Map<string, boolean>();
  for (const t of terms) {
    if (FUNCTION_WORDS.has(t.word)) continue;
    // A number the documents contain is a specific match; an unknown one ("2014") proves little.
    if (/^\d+$/.test(t.term) && !t.variants.length) continue;
    // Known: matched as itself, as a participle, as a whole compound or inside a longer one —
    // not merely through a known head of an unknown compound (weight 0.4).
    const matches = t.variants.some((v) => v.weight >= MIN_KNOWN_WEIGHT);
    known.set(t.word, (known.get(t.word) ?? false) || matches);
  }
  return known;
}
