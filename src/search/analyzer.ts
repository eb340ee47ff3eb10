import snowball from 'snowball-stemmers';
import { foldText, wordSpans } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';

/**
 * German-aware analysis for the keyword index: case and umlaut folding, stop words out,
 * Snowball German stemming, and compounds written with hyphens indexed both whole and in
 * parts ("IT-Planungsrat" → `itplanungsrat`, `it`, `planungsrat`). Compounds written as one
 * word are matched at query time by {@link KeywordIndex} (splitting against the vocabulary and
 * prefix/suffix expansion), because only the whole vocabulary knows where a word breaks.
 */
export class Analyzer {
  private readonly stemmer = snowball.newStemmer('german');
  private readonly cache = new Map<string, string>();

  /** Stem of one folded word, memoised (the vocabulary of a corpus is small next to its tokens). */
  stem(folded: string): string {
    let s = this.cache.get(folded);
    if (s === undefined) {
      s = /^\d/.test(folded) ? folded : this.stemmer.stem(folded);
      if (this.cache.size > 500_000) this.cache.clear();
      this.cache.set(folded, s);
    }
    return s;
  }

  /** Index terms of a text, in order, with repeats (term frequency counts them). */
  terms(text: string): string[] {
    return this.termsWithSurface(text).map((t) => t.term);
  }

  /**
   * Like {@link terms}, with each term's folded, unstemmed word: query expansion matches
   * compounds by the word ("sicherheit" → "sicherheitsmanagement"), which the stem ("sich")
   * is too short and too ambiguous for.
   */
  termsWithSurface(text: string): AnalyzedTerm[] {
    const out: AnalyzedTerm[] = [];
    for (const { word } of wordSpans(text)) {
      const from = out.length;
      this.pushWord(foldText(word), out);
      for (let i = from; i < out.length; i++) out[i]!.original = word;
    }
    return out;
  }

  private pushWord(folded: string, out: AnalyzedTerm[]): void {
    const parts = folded.split(/[-'’.]/).filter(Boolean);
    if (parts.length > 1) {
      const joined = parts.join('');
      out.push({ term: /^\d+$/.test(joined) ? joined : this.stem(joined), surface: joined });
      for (const p of parts) if (isContent(p)) out.push({ term: this.stem(p), surface: p, partOf: joined });
      return;
    }
    if (isContent(folded)) out.push({ term: this.stem(folded), surface: folded });
  }
}

/** A term with the word it came from; `partOf` names the hyphenated compound it is part of. */
export interface AnalyzedTerm {
  term: string;
  surface: string;
  partOf?: string;
  /** The word as written in the text (case and umlauts kept), for dictionary look-ups. */
  original?: string;
}

/** A word worth indexing: not a stop word, and a number or at least two letters long. */
export function isContent(folded: string): boolean {
  if (STOPWORDS.has(folded)) return false;
  return /\d/.test(folded) || folded.length >= 2;
}
