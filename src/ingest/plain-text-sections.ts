import { DATE_LINE_PATTERN } from '../text/date-line.js';
import type { Section } from './types.js';

/** Sections and title found in plain text (txt files, extracted PDF text). */
export interface PlainTextStructure {
  /** The first line when it looks like a title; it then lies outside every section body. */
  title?: string;
  sections: Section[];
}

interface Line {
  start: number;
  end: number;
  /** The line without surrounding whitespace. */
  t: string;
}

interface Heading {
  line: number;
  /** Explicit level (numbered, underlined) or `undefined`: one below the last explicit heading. */
  level: number | undefined;
  /** Lines the heading occupies (2 for an underlined heading). */
  span: number;
}

const MAX_HEADING_CHARS = 120;
const MAX_QUESTION_CHARS = 160;
const SENTENCE_END = /[.!?;:,…]$/;
/** A line that ends a block: text after it starts a new paragraph. */
const BLOCK_END = /[.!?:;…"“”»)\]]$/;
/** Pull quotes, list items and bracketed lines are body text, never headings. */
const NEVER_HEADING = /^(?:[„“”"»«‚‘'(\[]|[-*•–]\s)/;
/** A news item's date line ("Stand: 05.10.2023 05:55 Uhr"): a heading that dates its section, and the dateline of the text under it. */
const DATE_LINE = new RegExp(`^${DATE_LINE_PATTERN}`, 'iu');
const UNDERLINE = /^(?:={3,}|-{3,})$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+\p{Lu}/u;
const DATE_START = /^\[?\d{1,2}\.\d{1,2}\.\d{2,4}\]?/;

/**
 * Finds a title and headings in plain text by layout heuristics, and returns the sections
 * between them. Headings are:
 * - a line underlined with `===` (level 1) or `---` (level 2);
 * - a numbered line such as `1.2 Ziele` (level = number of parts) without a final period;
 * - an interview question: a line of at most 160 characters ending with `?`, starting a
 *   block, followed by a longer line;
 * - a news headline: a short line without final period followed by a line starting with a
 *   date such as `[18.11.2024]`;
 * - any other short line (< 120 characters) starting a block, without sentence-final
 *   punctuation, followed by a longer paragraph.
 * Unnumbered headings sit one level below the last numbered or underlined heading (level 1 if
 * none). Lines in quotes („…“), list items and bracketed lines are never headings. The first
 * line is the title when it is short, has no final punctuation and more text follows.
 */
export function findPlainTextSections(text: string): PlainTextStructure {
  const lines = splitLines(text);
  const headings: Heading[] = [];
  let first = lines.findIndex((l) => l.t !== '');
  let title: string | undefined;
  if (first >= 0 && isTitleLine(lines, first)) {
    title = lines[first]!.t;
    first++;
  }
  for (let i = Math.max(first, 0); i < lines.length; i++) {
    const prev = headings[headings.length - 1];
    const afterHeading = prev ? prev.line + prev.span === i : title !== undefined && i === first;
    const h = classify(lines, i, afterHeading);
    if (h) {
      headings.push(h);
      i += h.span - 1;
    }
  }

  const sections: Section[] = [];
  const bodyStartAfterTitle = first > 0 && title !== undefined ? lines[first - 1]!.end : 0;
  const firstHeadingStart = headings.length ? lines[headings[0]!.line]!.start : text.length;
  pushSection(sections, text, [], bodyStartAfterTitle, firstHeadingStart, false);

  const path: { text: string; level: number }[] = [];
  let lastExplicit = 0;
  headings.forEach((h, k) => {
    const level = h.level ?? lastExplicit + 1;
    if (h.level !== undefined) lastExplicit = h.level;
    while (path.length && path[path.length - 1]!.level >= level) path.pop();
    path.push({ text: lines[h.line]!.t, level });
    const next = headings[k + 1];
    // A date line stays in the body as well: it is the dateline of the first sentence under it.
    const bodyStart = DATE_LINE.test(lines[h.line]!.t) ? lines[h.line]!.start : lines[h.line + h.span - 1]!.end;
    const bodyEnd = next ? lines[next.line]!.start : text.length;
    pushSection(sections, text, path.map((p) => p.text), bodyStart, bodyEnd, true);
  });
  return title === undefined ? { sections } : { title, sections };
}

function pushSection(out: Section[], text: string, headings: string[], start: number, end: number, always: boolean): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (always || end > start) out.push({ headings, start, end });
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start: pos, end, t: text.slice(pos, end).trim() });
    if (nl < 0) return lines;
    pos = nl + 1;
  }
}

function isTitleLine(lines: Line[], i: number): boolean {
  const t = lines[i]!.t;
  const next = nextNonBlank(lines, i);
  return (
    next !== undefined &&
    t.length <= MAX_HEADING_CHARS &&
    !SENTENCE_END.test(t) &&
    !NEVER_HEADING.test(t) &&
    /\p{L}/u.test(t) &&
    !UNDERLINE.test(lines[i + 1]?.t ?? '') &&
    !NUMBERED.test(t)
  );
}

function classify(lines: Line[], i: number, afterHeading: boolean): Heading | undefined {
  const t = lines[i]!.t;
  if (t === '' || !/\p{L}/u.test(t) || NEVER_HEADING.test(t) || UNDERLINE.test(t)) return undefined;
  const following = lines[i + 1]?.t ?? '';
  if (t.length <= MAX_HEADING_CHARS && UNDERLINE.test(following)) {
    return { line: i, level: following.startsWith('=') ? 1 : 2, span: 2 };
  }
  if (!afterHeading && !startsBlock(lines, i)) return undefined;
  const n = nextNonBlank(lines, i);
  if (n === undefined) return undefined;
  const next = lines[n]!.t;
  const blankAfter = n > i + 1;

  if (t.endsWith('?')) {
    const isQuestion = t.length <= MAX_QUESTION_CHARS && next.length > t.length && !next.endsWith('?');
    return isQuestion ? { line: i, level: undefined, span: 1 } : undefined;
  }
  if (t.length > MAX_HEADING_CHARS || SENTENCE_END.test(t) || !/^[\p{Lu}\p{N}]/u.test(t)) return undefined;
  if (!blankAfter && DATE_START.test(next)) return { line: i, level: undefined, span: 1 };
  const numbered = NUMBERED.exec(t);
  const level = numbered ? numbered[1]!.split('.').length : undefined;
  const deeper = NUMBERED.exec(next);
  if (level !== undefined && deeper && deeper[1]!.split('.').length > level) return { line: i, level, span: 1 };
  const bodyLike = next.length > t.length && (next.length >= 60 || BLOCK_END.test(next));
  if (!bodyLike || !(blankAfter || t.length <= 0.6 * next.length)) return undefined;
  return { line: i, level, span: 1 };
}

/** True when line `i` is the first of its block: after a blank line or a finished sentence. */
function startsBlock(lines: Line[], i: number): boolean {
  const prev = lines[i - 1];
  return prev === undefined || prev.t === '' || BLOCK_END.test(prev.t) || UNDERLINE.test(prev.t);
}

function nextNonBlank(lines: Line[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.t !== '') return j;
  return undefined;
}
