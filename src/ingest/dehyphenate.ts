import type { WordList } from './german-word-list.js';

/** Hyphen characters that typesetters put at a line end (ASCII, soft hyphen, Unicode hyphen). */
const LINE_END_HYPHEN = /(\p{L}+)[-\u00ad\u2010]$/u;
const WORD_START = /^(\p{L}+)/u;
/**
 * Conjunctions that follow a suspended compound ("Bürger- und Unternehmensservice", "Ein- oder
 * Ausgang", "Vor- bzw. Nachteile"): a closed grammatical class, not vocabulary.
 */
const SUSPENSION_CONJUNCTIONS = new Set(['und', 'oder', 'bzw', 'sowie', 'bis', 'als', 'wie', 'noch', 'respektive', 'beziehungsweise']);

/** What to do with a line ending in a hyphen, given the start of the next line. */
export type HyphenJoin =
  /** A word broken by hyphenation: drop the hyphen, no space ("Verwaltungsmodernisie-" + "rung"). */
  | 'join'
  /** A real hyphen at the line end: keep it, no space ("E-" + "Government"). */
  | 'keep'
  /** A suspended compound ("Bürger- und Unternehmensservice"): keep the hyphen and a space. */
  | 'space';

/** The word lists consulted, most trusted first. */
export interface HyphenEvidence {
  /** Lower-case words (and hyphenated compounds) that occur unbroken in the document itself. */
  vocabulary: ReadonlySet<string>;
  /** A general word list, asked only when the document's own words do not decide; loaded lazily. */
  dictionary?: () => WordList | undefined;
}

/**
 * Decides how to join `line` (ending in a hyphen) with `next`:
 * - the next line starts with an upper-case letter or a digit → `keep` ("E-Government",
 *   "Mecklenburg-" / "Vorpommern");
 * - the joined word occurs in the document → `join`;
 * - the next line starts with a conjunction ("und", "oder", "bzw.") → `space` (a suspended
 *   compound);
 * - the hyphenated form occurs in the document → `keep`, unless the dictionary knows the
 *   joined word;
 * - otherwise `join`: a hyphen before a lower-case letter at a line end is hyphenation.
 * Returns `undefined` when `line` does not end in a hyphen after a letter.
 */
export function hyphenJoin(line: string, next: string, evidence: HyphenEvidence): HyphenJoin | undefined {
  // Only the end of the line matters (and an anchored regex over a long paragraph is slow).
  const left = LINE_END_HYPHEN.exec(line.slice(-80))?.[1];
  if (left === undefined) return undefined;
  if (!/^\p{Ll}/u.test(next)) return 'keep';
  const right = WORD_START.exec(next)?.[1] ?? '';
  const joined = (left + right).toLowerCase();
  if (evidence.vocabulary.has(joined)) return 'join';
  if (SUSPENSION_CONJUNCTIONS.has(right)) return 'space';
  if (evidence.vocabulary.has(`${left}-${right}`.toLowerCase())) return evidence.dictionary?.()?.has(joined) ? 'join' : 'keep';
  return 'join';
}

/** The lower-case words and hyphenated compounds of `lines`, leaving out each line's last word when it ends in a hyphen. */
export function documentVocabulary(lines: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const body = line.replace(/\p{L}+[-\u00ad\u2010]$/u, '');
    for (const m of body.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const w = m[0].toLowerCase();
      out.add(w);
      if (w.includes('-')) for (const part of w.split('-')) out.add(part);
    }
  }
  return out;
}
