import { splitOutsideBrackets, stripBrackets } from './bracketed-text.js';
import { foldWord } from './fold-word.js';
import { HashChains, hashString } from './hash-chains.js';

/** A German thesaurus: words to their synonyms. Lookups are case-insensitive and O(1) per synset. */
export interface Thesaurus {
  /**
   * Single-word synonyms of a word (or multi-word entry) over all its synsets, matched
   * case-insensitively after dropping parenthesised notes, excluding the word itself.
   * Multi-word entries and fragments ("Deputat...") are never returned. Order: words shared by
   * more of the word's synsets first, then main forms and unmarked words before ones marked
   * with a register note such as "(ugs.)" or "(veraltet)", then file order. At most `max`
   * (default 20); [] when unknown.
   */
  synonyms(word: string, max?: number): string[];
  /** Number of synsets, for logs. */
  readonly size: number;
}

/** What {@link parseOpenThesaurus} found. */
export interface ParsedThesaurus {
  thesaurus: Thesaurus;
  /** Date from the "# Automatically generated YYYY-MM-DD" header, when present. */
  generated: string | undefined;
  /** Non-comment lines that held no usable entry. */
  skippedLines: number;
}

/** Rank of an entry inside a synset: 0 main form "(Hauptform)", 1 unmarked, 2 marked by another trailing note. */
type Mark = 0 | 1 | 2;

// A single word: letters/digits with inner hyphens, apostrophes or dots, optionally an abbreviation dot.
const SINGLE_WORD = /^\p{L}[\p{L}\p{N}]*(?:[-'’.][\p{L}\p{N}]+)*\.?$/u;

/**
 * The lookup key of a raw entry (lower case, notes dropped) and, for a single word, the word
 * encoded with its mark as one string ("1Mitarbeiter"), so that a synset is two strings, not
 * an object per entry.
 */
function parseEntry(raw: string): { key: string; encoded: string | undefined } | undefined {
  const word = stripBrackets(raw);
  if (!word) return undefined;
  // The text was NFC-normalised once as a whole: lower-casing completes the fold.
  const key = word.toLowerCase();
  const trailing = /\(([^()]*)\)\s*$/.exec(raw)?.[1];
  const mark: Mark = trailing === undefined ? 1 : trailing === 'Hauptform' ? 0 : 2;
  const single = SINGLE_WORD.test(word) && !word.endsWith('..');
  return { key, encoded: single ? `${mark}${word}` : undefined };
}

/**
 * Parses the OpenThesaurus text export (Debian `openthesaurus-de-text`): one synset per line,
 * entries separated by ";", "#" comment lines, notes in parentheses. Pure; never throws.
 */
export function parseOpenThesaurus(text: string): ParsedThesaurus {
  // Per synset: its lookup keys, and its single-word entries encoded by parseEntry, '\n'-joined.
  const synsetKeys: string[] = [];
  const synsetWords: string[] = [];
  const byKey = new HashChains(1 << 18);
  let generated: string | undefined;
  let skippedLines = 0;

  for (const rawLine of text.normalize('NFC').split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      generated ??= /generated\s+(\d{4}-\d{2}-\d{2})/i.exec(line)?.[1];
      continue;
    }
    const id = synsetKeys.length;
    const keys: string[] = [];
    const words: string[] = [];
    for (const raw of splitOutsideBrackets(line, ';')) {
      const parsed = parseEntry(raw);
      if (!parsed) continue;
      keys.push(parsed.key);
      if (parsed.encoded) words.push(parsed.encoded);
      byKey.add(hashString(parsed.key), id);
    }
    if (keys.length < 2) skippedLines++;
    synsetKeys.push(keys.join('\n'));
    synsetWords.push(words.join('\n'));
  }

  const thesaurus: Thesaurus = {
    size: synsetKeys.length,
    synonyms(word, max = 20) {
      const key = foldWord(word).replace(/\s+/g, ' ');
      if (!key || max <= 0) return [];
      const ids = new Set(byKey.get(hashString(key)).filter((id) => synsetKeys[id]!.split('\n').includes(key)));
      const candidates = new Map<string, { word: string; count: number; mark: Mark; order: number }>();
      for (const id of ids) {
        if (!synsetWords[id]) continue;
        for (const encoded of synsetWords[id]!.split('\n')) {
          const mark = Number(encoded[0]) as Mark;
          const w = encoded.slice(1);
          const folded = w.toLowerCase();
          if (folded === key) continue;
          const c = candidates.get(folded);
          if (c) {
            c.count++;
            c.mark = Math.min(c.mark, mark) as Mark;
          } else candidates.set(folded, { word: w, count: 1, mark, order: candidates.size });
        }
      }
      return [...candidates.values()]
        .sort((a, b) => b.count - a.count || a.mark - b.mark || a.order - b.order)
        .slice(0, max)
        .map((c) => c.word);
    },
  };
  return { thesaurus, generated, skippedLines };
}
