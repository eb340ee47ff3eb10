/**
 * Splits a model's answer into statements (sentences or list items) and the `[n]` markers each
 * one carries. Pure; used by the answer checker.
 */

/** One statement of a model answer. */
export interface Statement {
  /** The sentence without its markers (trimmed, punctuation kept). */
  text: string;
  /** Passage numbers named by the statement's markers, in order, without duplicates. */
  cites: number[];
  /** First statement of a line: rendered on a new line. */
  startsLine: boolean;
  /** The line was a list item (`- `, `* `, `• `, `1. `): rendered with `- `. */
  bullet: boolean;
}

/**
 * `[1]`, `[1, 2]`, `[1; 3]`, and the spelled-out forms models like to use (`[Passage 2]`,
 * `[Quelle 1]`, `[Source 3]`). Global: reset `lastIndex` or use with `matchAll`/`replace`.
 */
const MARKER_SOURCE = String.raw`\[\s*(?:(?:passagen?|quellen?|sources?|passages?)\s*)?(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\s*\]`;
export const MARKER = new RegExp(MARKER_SOURCE, 'gi');

// A sentence end: punctuation, closing quotes, then markers the model put after the full stop.
const SENTENCE_END = new RegExp(String.raw`([.!?…]+["“”»«'’)]*)((?:\s*${MARKER_SOURCE})*)(\s+)(?=\S)`, 'gi');

// Abbreviations after which a full stop does not end a sentence (German and English; lower case).
const ABBREVIATIONS = new Set(
  'bzw ca nr abs art vgl usw etc ggf inkl exkl bspw sog insb evtl mio mrd tsd dr prof str zzgl abschn kap ziff lit gem max min mind rd vs eg ie no fig approx'.split(' '),
);
const BULLET = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/;

/** Removes reasoning blocks some local models emit (`<think>…</think>`), and an unclosed one. */
export function stripThinking(raw: string): string {
  return raw.replace(/<think>[\s\S]*?<\/think>/gi, '').replace(/<think>[\s\S]*$/i, '');
}

/** The passage numbers named by the markers in `text`, in order of appearance, without duplicates. */
export function markerNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(MARKER)) {
    for (const part of m[1]!.split(/[,;]/)) {
      const n = Number(part.trim());
      if (!out.includes(n)) out.push(n);
    }
  }
  return out;
}

/** `text` without markers, with the spaces they leave before punctuation closed up. */
export function withoutMarkers(text: string): string {
  return text
    .replace(MARKER, ' ')
    .replace(/[ \t]+([.,;:!?…])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/**
 * Splits an answer into statements: lines first (list items stay separate), then sentences.
 * A full stop after a known abbreviation, a single letter (`z. B.`) or a day/ordinal number
 * (`1. Januar`) does not end a sentence unless markers follow it. A line of markers only is
 * attached to the statement before it. Markdown emphasis and headings are removed.
 */
export function splitStatements(answer: string): Statement[] {
  const statements: Statement[] = [];
  const lines = answer
    .replace(/\r\n?/g, '\n')
    .replace(/\*\*|__|`/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*#{1,6}\s+/, ''));
  for (const line of lines) {
    if (!line.trim()) continue;
    const bullet = BULLET.test(line);
    const body = line.replace(BULLET, '');
    let first = true;
    for (const sentence of splitSentences(body)) {
      const text = withoutMarkers(sentence);
      const cites = markerNumbers(sentence);
      const previous = statements.at(-1);
      if (!/[\p{L}\p{N}]/u.test(text) && previous) {
        // Markers alone (e.g. on their own line) belong to the statement before them.
        for (const n of cites) if (!previous.cites.includes(n)) previous.cites.push(n);
        continue;
      }
      statements.push({ text, cites, startsLine: first, bullet: bullet && first });
      first = false;
    }
  }
  return statements;
}

function splitSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of line.matchAll(SENTENCE_END)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    const before = line.slice(start, m.index);
    const next = line.slice(m.index + m[0].length);
    if (!m[2] && !endsSentence(before, m[1]!, next)) continue;
    out.push(line.slice(start, end));
    start = end;
  }
  out.push(line.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

function endsSentence(before: string, punctuation: string, next: string): boolean {
  if (!punctuation.startsWith('.')) return true;
  if (/^\p{Ll}/u.test(next)) return false; // "etc. und", "ca. fünf"
  const word = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1] ?? '';
  if (/^\p{L}$/u.test(word) || /\p{L}\.\p{L}/u.test(word)) return false; // "z. B.", "z.B.", "d. h."
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\d{1,2}$/.test(word)) return false; // "1. Januar", "3. Quartal"
  return true;
}
