import { splitOutsideBrackets, stripBrackets } from './bracketed-text.js';
import { foldWord } from './fold-word.js';

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

interface Entry {
  word: string;
  folded: string;
  mark: Mark;
}

// A single word: letters/digits with inner hyphens, apostrophes or dots, optionally an abbreviation dot.
const SINGLE_WORD = /^\p{L}[\p{L}\p{N}]*(?:[-'’.][\p{L}\p{N}]+)*\.?$/u;

function parseEntry(raw: string): { key: string; entry: Entry | undefined } | undefined {
  const word = stripBrackets(raw);
  if (!word) return undefined;
  // The text was NFC-normalised once as a whole: lower-casing completes the fold.
  const folded = word.toLowerCase();
  const trailing = /\(([^()]*)\)\s*$/.exec(raw)?.[1];
  const mark: Mark = trailing === undefined ? 1 : trailing === 'Hauptform' ? 0 : 2;
  const single = SINGLE_WORD.test(word) && !word.endsWith('..');
  return { key: folded, entry: single ? { word, folded, mark } : undefined };
}

/**
 * Parses the OpenThesaurus text export (Debian `openthesaurus-de-text`): one synset per line,
 * entries separated by ";", "#" comment lines, notes in parentheses. Pure; never throws.
 */
export function parseOpenThesaurus(text: string): ParsedThesaurus {
  const synsets: Entry[][] = [];
  const byKey = new Map<string, number | number[]>();
  let generated: string | undefined;
  let skippedLines = 0;

  for (const rawLine of text.normalize('NFC').split('\n')) {
    const line = rawLine.trim();
    if (!line) continue;
    if (line.startsWith('#')) {
      generated ??= /generated\s+(\d{4}-\d{2}-\d{2})/i.exec(line)?.[1];
      continue;
    }
    const id = synsets.length;
    const entries: Entry[] = [];
    let keys = 0;
    for (const raw of splitOutsideBrackets(line, ';')) {
      const parsed = parseEntry(raw);
      if (!parsed) continue;
      keys++;
      if (parsed.entry) entries.push(parsed.entry);
      const cur = byKey.get(parsed.key);
      if (cur === undefined) byKey.set(parsed.key, id);
      else if (typeof cur === 'number') {
        if (cur !== id) byKey.set(parsed.key, [cur, id]);
      } else if (cur[cur.length - 1] !== id) cur.push(id);
    }
    if (keys < 2) skippedLines++;
    synsets.push(entries);
  }

  const thesaurus: Thesaurus = {
    size: synsets.length,
    synonyms(word, max = 20) {
      const key = foldWord(word).replace(/\s+/g, ' ');
      const found = byKey.get(key);
      if (found === undefined || max <= 0) return [];
      const ids = typeof found === 'number' ? [found] : found;
      const candidates = new Map<string, { word: string; count: number; mark: Mark; order: number }>();
      for (const id of ids) {
        for (const e of synsets[id]!) {
          if (e.folded === key) continue;
          const c = candidates.get(e.folded);
          if (c) {
            c.count++;
            c.mark = Math.min(c.mark, e.mark) as Mark;
          } else candidates.set(e.folded, { word: e.word, count: 1, mark: e.mark, order: candidates.size });
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
