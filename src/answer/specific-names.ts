import type { Analyzer } from '../search/analyzer.js';
import type { KeywordIndex } from '../search/keyword-index.js';

/** What a question names specifically, and what of it the documents never mention. */
export interface SpecificNames {
  /** Identifiers with letters and digits ("Uckerow-7", "OZG2.0", "5G") unknown to the index. */
  unknownIdentifiers: string[];
  /** Index terms of acronyms ("OZG", "FIFA"): weigh fully when unknown. */
  acronymTerms: Set<string>;
}

const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;

/**
 * Finds the specific names in a question. A name with letters and digits that occurs nowhere in
 * the documents means the documents are not about it: the engine abstains instead of answering
 * about a neighbour ("Kreisnetz Vark-42" is not "Kreisnetz Ucker-7"). Plain numbers and years
 * are not identifiers; they match as ordinary terms.
 */
export function specificNames(question: string, analyzer: Analyzer, keyword: KeywordIndex): SpecificNames {
  const unknownIdentifiers: string[] = [];
  const acronymTerms = new Set<string>();
  for (const [word] of question.matchAll(WORD)) {
    const terms = analyzer.terms(word);
    // "mid-2020", "Ende-2023": a time, not an identifier.
    const time = /^\p{L}+-(?:19|20)\d{2}$/u.test(word) && !/\p{Lu}{2}/u.test(word);
    if (/\p{L}/u.test(word) && /\d/.test(word) && !/^\d+(\.\d+)*$/.test(word) && !time) {
      // The first term of a compound is the joined whole ("uckerow7").
      if (terms.length && !keyword.hasTerm(terms[0]!) && !knownParts(word, analyzer, keyword)) unknownIdentifiers.push(word);
    } else if (/^\p{Lu}{2,8}s?$/u.test(word)) {
      for (const t of terms) acronymTerms.add(t);
    }
  }
  return { unknownIdentifiers, acronymTerms };
}

/**
 * "Kommune21-Interview", "Kommune21-CIO-Serie": a compound of a known name with letters and digits
 * and words is no unknown identifier; its parts of letters only are words, judged as words (an
 * unknown one counts like any unknown word of the question). A part of digits alone ("Vark-42")
 * makes the whole the identifier.
 */
function knownParts(word: string, analyzer: Analyzer, keyword: KeywordIndex): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => !/\p{L}/u.test(p))) return false;
  return parts
    .filter((p) => /\d/.test(p))
    .every((p) => {
      const t = analyzer.terms(p);
      return t.length > 0 && t.every((x) => keyword.hasTerm(x));
    });
}
