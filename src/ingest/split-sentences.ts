/**
 * Version of the rules below. Passages are cut at sentence boundaries, so an index cut with other
 * rules is rebuilt by the next reindex (the manifest records it). 2: a heading on a line of its own.
 */
export const SENTENCE_RULES_VERSION = 2;

/** A character range `[start, end)` in a text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Abbreviations after which a period does not end a sentence (lower case, without the period).
 * Single letters (z. B., d. h., u. a., S., initials) are handled by a general rule.
 */
const ABBREVIATIONS = new Set([
  'abb', 'abs', 'allg', 'anm', 'art', 'aufl', 'bd', 'bspw', 'bzgl', 'bzw', 'ca', 'dipl', 'dr', 'einschl',
  'etc', 'evtl', 'ff', 'fr', 'geb', 'gem', 'ggf', 'ggfs', 'hrsg', 'hr', 'inkl', 'insb', 'ing', 'jh', 'kap',
  'lt', 'max', 'mind', 'min', 'mio', 'mrd', 'nr', 'prof', 'rd', 'sog', 'st', 'str', 'tel', 'usw', 'vgl',
  'vs', 'ziff', 'zzgl', 'zit', 'bsp', 'ebd', 'jr', 'sen', 'mwst', 'ust', 'tsd',
]);

/** Characters that may close a sentence after its final punctuation. */
const CLOSERS = '"“”»«’\')]';
/** A single line break ends a sentence when the next line starts like a list item or a date. */
const LIST_START = /^(?:[-*•–]\s|\d{1,2}[.)]\s|\[)/;
/** Lines shorter than this are taken as complete (list items, addresses), not as wrapped text. */
const SHORT_LINE = 40;

/**
 * Splits `text[start, end)` into sentences and returns their ranges (absolute offsets, without
 * surrounding whitespace), in order. German-aware:
 * - no split after known abbreviations (z. B., bzw., Dr., Nr., Abs., Mio., usw., etc.) or a
 *   single letter followed by a period;
 * - no split inside numbers and dates (`1.000`, `18.11.2024`: no space follows the period) nor
 *   after an ordinal of one or two digits (`1. Januar`, `am 3. Mai`);
 * - `?`, `!`, `.`, `…` and `...` end a sentence when whitespace and a character that is not a
 *   lower-case letter follow; closing quotes and brackets („…“, ») stay with the sentence;
 * - a blank line always ends a sentence; a single line break ends one after final punctuation,
 *   before a list item or date, before a heading on a line of its own, or after a short line
 *   (< 40 characters); otherwise it is taken as a line wrap inside the sentence.
 */
export function splitSentences(text: string, start = 0, end = text.length): TextRange[] {
  const out: TextRange[] = [];
  let sentenceStart = start;
  const push = (to: number): void => {
    let s = sentenceStart;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    sentenceStart = to;
  };
  let lineStart = start;
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (breaksAtNewline(text, lineStart, i, end)) push(i);
      lineStart = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // The run of final punctuation and closers, e.g. `?!“` or `...`.
    let j = i;
    while (j + 1 < end && '.!?…'.includes(text[j + 1]!)) j++;
    while (j + 1 < end && CLOSERS.includes(text[j + 1]!)) j++;
    const after = j + 1;
    if (after < end && !isSpace(text.charCodeAt(after))) {
      i = j;
      continue;
    }
    let k = after;
    while (k < end && isSpace(text.charCodeAt(k)) && text[k] !== '\n') k++;
    const next = text[k];
    const atLineEnd = k >= end || next === '\n';
    if (!atLineEnd && next !== undefined && isLower(next)) {
      i = j;
      continue;
    }
    if (ch === '.' && i === j - countClosers(text, i, j) && !atLineEnd && isAbbreviationOrOrdinal(text, i, lineStart)) {
      i = j;
      continue;
    }
    if (ch === '.' && atLineEnd && isAbbreviationOrOrdinal(text, i, lineStart) && !blankLineFollows(text, k, end)) {
      i = j;
      continue;
    }
    push(after);
    i = j;
  }
  push(end);
  return out;
}

function countClosers(text: string, from: number, to: number): number {
  let n = 0;
  for (let x = to; x > from && CLOSERS.includes(text[x]!); x--) n++;
  return n;
}

/** True when the period at `dot` follows an abbreviation, a single letter or a short ordinal. */
function isAbbreviationOrOrdinal(text: string, dot: number, lineStart: number): boolean {
  let w = dot;
  while (w > lineStart && /[\p{L}\p{N}]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (word === '') return false;
  if (/^\d{1,2}$/.test(word)) return true; // 1. Januar, am 3. Mai, 2. Platz
  if (/^\p{L}$/u.test(word)) return true; // z. B., d. h., u. a., S. 12, initials
  return ABBREVIATIONS.has(word.toLowerCase());
}

function breaksAtNewline(text: string, lineStart: number, nl: number, end: number): boolean {
  const line = text.slice(lineStart, nl).trim();
  if (line === '') return true;
  if (blankLineFollows(text, nl + 1, end)) return true;
  if (line.length < SHORT_LINE) return true;
  if (/[.!?…:;]["“”»«’')\]]*$/.test(line) && !isTrailingAbbreviation(text, lineStart, nl)) return true;
  let k = nl + 1;
  while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
  return LIST_START.test(text.slice(k, Math.min(end, k + 4))) || isHeadingLine(text, k, end);
}

/**
 * The line at `from` is a heading on a line of its own: short, capitalised, without final
 * punctuation, and ended by a line break ("Hintergrund"). Wrapped text does not end that way (its
 * last line closes the sentence), so the line before it ends there too.
 */
function isHeadingLine(text: string, from: number, end: number): boolean {
  let nl = text.indexOf('\n', from);
  if (nl === -1 || nl > end) nl = end;
  const line = text.slice(from, nl).trim();
  return line.length > 0 && line.length < SHORT_LINE && /^\p{Lu}/u.test(line) && !/[.!?…:;,"“”»«’')\]-]$/u.test(line);
}

function isTrailingAbbreviation(text: string, lineStart: number, nl: number): boolean {
  let e = nl;
  while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
  return text[e - 1] === '.' && text[e - 2] !== '.' && isAbbreviationOrOrdinal(text, e - 1, lineStart);
}

/** True when only spaces and then a line break (a blank line) or the end follow `from`. */
function blankLineFollows(text: string, from: number, end: number): boolean {
  let k = from;
  if (text[k] === '\n') k++;
  while (k < end && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
  return k >= end || text[k] === '\n';
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x2028 || c === 0x2029;
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
