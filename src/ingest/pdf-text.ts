import { documentVocabulary, hyphenJoin, type HyphenEvidence } from './dehyphenate.js';
import { germanWordList } from './german-word-list.js';
import { findPlainTextSections } from './plain-text-sections.js';
import type { PdfLine } from './pdf-layout.js';
import { sourceLineUrl } from './source-link.js';
import { TextBuilder } from './text-builder.js';
import type { PageSpan, Section } from './types.js';

/** A line this much larger than the body text is a heading (ratio of font sizes). */
const HEADING_SIZE_RATIO = 1.15;
/** Headings are at most this long (characters). */
const MAX_HEADING_CHARS = 160;
/** A vertical gap this many times the usual line pitch starts a new paragraph. */
const PARAGRAPH_GAP = 1.5;
/** Lines among the first this many of the document in which a `Quelle:` line is looked for. */
const SOURCE_LINE_WINDOW = 4;
/** A bullet always starts a list item. */
const BULLET = /^[•▪◦‣∙·*]\s/;
/** A dash or number starts one only after a short line: a justified line may begin with a dash ("– zum 1. Oktober"). */
const LIST_ITEM = /^(?:[•▪◦‣∙·*–-]\s|\d{1,2}[.)]\s|[a-z][.)]\s)/;
const SENTENCE_END = /[.!?:…"“”»)]$/;

/** The text of a typeset PDF with its structure. */
export interface PdfText {
  text: string;
  sections: Section[];
  pages: PageSpan[];
  /** The first, largest heading on the first page with text. */
  title?: string;
  /** URL of a `Quelle:` line at the top (left out of the text). */
  url?: string;
}

/**
 * Turns lines in reading order (running headers and footers already removed) into text:
 * - headings from font size (larger than the body text; one level per size, largest first)
 *   and weight (a short line in another font than the body text at body size, without final
 *   punctuation: one level below the sized headings); a heading wrapped over lines is one;
 * - lines unwrapped into paragraphs (one line of text each): a paragraph ends at a larger
 *   vertical gap, an indented first line, a list item, or a short line ending a sentence;
 * - words hyphenated at a line end joined ({@link hyphenJoin}), with the document's own words
 *   and the German word list as evidence;
 * - the page of every character recorded in `pages`.
 * A PDF without any heading by font (printed from plain text) gets its sections and title from
 * the plain-text rules ({@link findPlainTextSections}).
 * `pageCount` pages are reported even when some have no text.
 */
export function pdfText(lines: PdfLine[], pageCount: number): PdfText {
  const body = bodyStyle(lines);
  const headingSizes = [...new Set(lines.filter((l) => isLargeHeading(l, body.size)).map((l) => l.size))].sort((a, b) => b - a);
  const levelOf = (l: PdfLine): number | undefined => {
    if (l.text.length > MAX_HEADING_CHARS || !/\p{L}/u.test(l.text)) return undefined;
    if (isLargeHeading(l, body.size)) return headingSizes.indexOf(l.size) + 1;
    const boldLike = l.font !== body.font && Math.abs(l.size - body.size) < 0.5 && l.text.length <= 120;
    return boldLike && !/[.,;:!?]$/.test(l.text) && /^[\p{Lu}\p{N}]/u.test(l.text) && !LIST_ITEM.test(l.text) ? headingSizes.length + 1 : undefined;
  };
  const pitch = usualPitch(lines);
  const evidence: HyphenEvidence = { vocabulary: documentVocabulary(lines.map((l) => l.text)), dictionary: germanWordList };

  const b = new TextBuilder();
  const pageStarts = new Map<number, number>();
  const markPage = (page: number, at: number) => {
    if (!pageStarts.has(page)) pageStarts.set(page, at);
  };
  let title: string | undefined;
  let url: string | undefined;
  let paragraph: { text: string; pages: { page: number; at: number }[] } | undefined;
  const flush = () => {
    if (!paragraph) return;
    b.newline();
    const base = b.offset;
    b.block(paragraph.text);
    for (const p of paragraph.pages) markPage(p.page, base + p.at);
    paragraph = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i < SOURCE_LINE_WINDOW && url === undefined) {
      const lineUrl = sourceLineUrl(line.text);
      if (lineUrl) {
        url = lineUrl;
        continue;
      }
    }
    const level = levelOf(line);
    if (level !== undefined) {
      flush();
      // A heading wrapped over several lines: same size and font, close below.
      let text = line.text;
      while (i + 1 < lines.length && continuesHeading(line, lines[i + 1]!, pitch)) text = joinLines(text, lines[++i]!.text, evidence);
      markPage(line.page, b.offset);
      if (title === undefined && level === 1) title = text;
      b.heading(level, text);
      continue;
    }
    const prev = lines[i - 1];
    if (paragraph && prev && startsParagraph(prev, line, pitch, levelOf(prev) !== undefined)) flush();
    if (!paragraph) paragraph = { text: line.text, pages: [{ page: line.page, at: 0 }] };
    else {
      const joined = joinLines(paragraph.text, line.text, evidence);
      if (line.page !== paragraph.pages.at(-1)!.page) paragraph.pages.push({ page: line.page, at: joined.length - line.text.length });
      paragraph.text = joined;
    }
  }
  flush();
  const built = b.finish();
  const { text } = built;
  let { sections } = built;
  if (!sections.some((s) => s.headings.length > 0)) {
    // No heading by font (a PDF printed from plain text): fall back to the plain-text layout rules.
    const plain = findPlainTextSections(text);
    sections = plain.sections;
    title ??= plain.title;
  }
  const pages: PageSpan[] = [];
  let start = 0;
  for (let p = 1; p <= pageCount; p++) {
    start = pageStarts.get(p) ?? start;
    let next = text.length;
    for (let q = p + 1; q <= pageCount; q++) {
      const s = pageStarts.get(q);
      if (s !== undefined) {
        next = s;
        break;
      }
    }
    pages.push({ page: p, start, end: Math.max(start, next) });
    start = Math.max(start, next);
  }
  return { text, sections, pages, ...(title ? { title } : {}), ...(url ? { url } : {}) };
}

/** Joins a line to the text before it: de-hyphenated, or with a space. */
function joinLines(before: string, line: string, evidence: HyphenEvidence): string {
  const decision = hyphenJoin(before, line, evidence);
  if (decision === 'join') return before.slice(0, -1) + line;
  if (decision === 'keep') return before + line;
  return `${before} ${line}`;
}

function isLargeHeading(l: PdfLine, bodySize: number): boolean {
  return l.size >= bodySize * HEADING_SIZE_RATIO;
}

function continuesHeading(h: PdfLine, next: PdfLine, pitch: number): boolean {
  return next.page === h.page && next.size === h.size && next.font === h.font && h.y - next.y > 0 && h.y - next.y <= 1.6 * Math.max(pitch, h.size) && !/[.!?:]$/.test(h.text);
}

/** True when `line` starts a new paragraph after `prev` (both body lines, in reading order). */
function startsParagraph(prev: PdfLine, line: PdfLine, pitch: number, prevIsHeading: boolean): boolean {
  if (prevIsHeading || BULLET.test(line.text)) return true;
  const sameBlock = prev.page === line.page && prev.column === line.column;
  if (sameBlock && prev.y - line.y > PARAGRAPH_GAP * pitch) return true;
  if (sameBlock && line.x0 > prev.x0 + 0.8 * line.size && line.x0 > line.blockLeft + 0.8 * line.size) return true;
  // A page or column ends after a finished sentence: take it as the end of a paragraph.
  if (!sameBlock && SENTENCE_END.test(prev.text)) return true;
  const width = prev.blockRight - prev.blockLeft;
  const short = prev.x1 < prev.blockRight - 2 * prev.size;
  if (short && LIST_ITEM.test(line.text)) return true;
  // Justified lines reach the right edge; a short line ends its paragraph (a much shorter one
  // even without final punctuation: ragged text never wraps that early).
  return short && (SENTENCE_END.test(prev.text) || prev.x1 - prev.blockLeft < 0.6 * width);
}

/** The size and font of most body characters. */
function bodyStyle(lines: PdfLine[]): { size: number; font: string } {
  const sizes = new Map<number, number>();
  for (const l of lines) sizes.set(l.size, (sizes.get(l.size) ?? 0) + l.text.length);
  const size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const fonts = new Map<string, number>();
  for (const l of lines) if (l.size === size) fonts.set(l.font, (fonts.get(l.font) ?? 0) + l.text.length);
  const font = [...fonts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { size, font };
}

/** The median distance between consecutive baselines of one block (line pitch). */
function usualPitch(lines: PdfLine[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && a.column === b.column && a.y > b.y) gaps.push(a.y - b.y);
  }
  if (!gaps.length) return 14;
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)]!;
}
