/**
 * Case and diacritic folding shared by the keyword analyzer and the offline embedder, so
 * that "Behördenruf", "BEHÖRDENRUF" and "Behordenruf" meet. `ß` becomes `ss`.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

/** A word folded to its letters and digits only, as index terms are spelled ("E-Akte" → "eakte"). */
export function foldLetters(s: string): string {
  return foldText(s).replace(/[^\p{L}\p{N}]/gu, '');
}

/** Matches a word: letters and digits, with inner hyphens, dots in numbers, or apostrophes. */
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/** A word of the text with its offsets (in the unfolded text). */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** Words of a text in order, with their offsets. Punctuation, emoji and markup are separators. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
