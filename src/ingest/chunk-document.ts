import { createHash } from 'node:crypto';
import { SENTENCE_RULES_VERSION, splitSentences, type TextRange } from './split-sentences.js';
import type { PageSpan, Passage, SourceDocument } from './types.js';

/** Passage sizes; the defaults live in the config schema (CHUNK_* variables). */
export interface ChunkOptions {
  /** Passages grow sentence by sentence up to about this many characters (default 500). */
  targetChars: number;
  /** Hard upper bound of a passage; longer sentences are cut at word boundaries (default 900). */
  maxChars: number;
  /** Sentences repeated at the start of the next passage of the same section (default 1). */
  overlapSentences: number;
}

/**
 * Version of the passage rules: the sentence rules' version ({@link SENTENCE_RULES_VERSION}) plus
 * the changes of the cutting below (1: a headline above the body is a passage of its own; 2: a
 * date line "Stand: 05.10.2023" heads its section and stays in its body, as the dateline of the first sentence). An index cut with other rules
 * is rebuilt by the next reindex (the manifest records it).
 */
export const PASSAGE_RULES_VERSION = SENTENCE_RULES_VERSION + 2;

/**
 * Cuts a document into passages for retrieval and citation. A title that stands in the text
 * above every section (a headline) is the first passage, alone. Per section, whole sentences
 * ({@link splitSentences}) are packed into a passage until the next one would pass
 * `targetChars` (a passage under half the target may grow up to `maxChars`); the last
 * `overlapSentences` sentences are repeated at the start of the next passage of the section.
 * A passage never crosses a section boundary and never exceeds `maxChars`; a single sentence
 * longer than that is cut at word boundaries. Each passage's text is exactly
 * `doc.text.slice(start, end)`, without surrounding whitespace. Ids are
 * `${doc.id}#${ordinal}:${first 8 hex of sha256(text)}`: unique and stable while the document
 * is unchanged. PDF passages carry the first and last page they touch; every passage carries
 * the first and last paragraph of its section it touches ({@link paragraphStarts}) and the
 * document's source link.
 *
 * Why not LangChain's RecursiveCharacterTextSplitter: it cuts by separators and size only,
 * ignoring sentence and section boundaries, and it does not report character offsets (the
 * offsets we would have to recover by searching are ambiguous for repeated text), yet
 * citations need exact offsets. Measured on the default corpus
 * (test/ingest/langchain-comparison.test.ts): with RecursiveCharacterTextSplitter(chunkSize 500,
 * chunkOverlap 50), 0 of the 10 dev evidence strings are cut across chunks (they are short), but
 * 6 of the 61 sentences lie in no single chunk and 15 of its 34 chunks mix two sections (a
 * question heading glued to the end of the previous answer). This chunker: 0, 0 and 0 (36
 * passages).
 */
export function chunkDocument(doc: SourceDocument, options: ChunkOptions): Passage[] {
  const { targetChars, maxChars } = options;
  const overlap = Math.max(0, Math.floor(options.overlapSentences));
  if (!(maxChars > 0) || !(targetChars > 0)) throw new RangeError(`chunk sizes must be positive (target ${targetChars}, max ${maxChars})`);
  const passages: Passage[] = [];
  const title = titleRange(doc);
  if (title) passages.push(makePassage(doc, passages.length, title.start, title.end, []));
  for (const section of doc.sections) {
    const paragraphs = paragraphStarts(doc.text, section.start, section.end);
    const units = splitSentences(doc.text, section.start, section.end).flatMap((s) => cutLongSentence(doc.text, s, maxChars));
    const len = (a: number, b: number) => units[b]!.end - units[a]!.start;
    let first = 0;
    let minLast = 0; // each passage holds at least one sentence not in the previous one
    while (first < units.length) {
      let last = Math.max(first, minLast);
      while (last + 1 < units.length) {
        const grown = len(first, last + 1);
        if (grown <= targetChars || (len(first, last) < targetChars / 2 && grown <= maxChars)) last++;
        else break;
      }
      const start = units[first]!.start;
      const end = units[last]!.end;
      passages.push(makePassage(doc, passages.length, start, end, section.headings, [indexAt(paragraphs, start) + 1, indexAt(paragraphs, end - 1) + 1]));
      if (last + 1 >= units.length) break;
      // Next passage: repeat up to `overlap` sentences (but not the whole previous passage
      // unless it is a single sentence), as long as they and the first new one fit in maxChars.
      let next = last + 1 - Math.min(overlap, Math.max(1, last - first));
      while (next <= last && len(next, last + 1) > maxChars) next++;
      first = next;
      minLast = last + 1;
    }
  }
  return passages;
}

/** A passage of `doc.text.slice(start, end)`, the `ordinal`-th of the document; a headline has no paragraph number. */
function makePassage(doc: SourceDocument, ordinal: number, start: number, end: number, headings: string[], paragraphs?: [number, number]): Passage {
  const text = doc.text.slice(start, end);
  const passage: Passage = {
    id: `${doc.id}#${ordinal}:${createHash('sha256').update(text).digest('hex').slice(0, 8)}`,
    docId: doc.id,
    title: doc.title,
    section: [...headings],
    start,
    end,
    text,
  };
  if (paragraphs) [passage.paragraph, passage.paragraphEnd] = paragraphs;
  if (doc.url) passage.url = doc.url;
  if (doc.pages?.length) {
    passage.page = pageAt(doc.pages, start);
    passage.pageEnd = pageAt(doc.pages, end - 1);
  }
  return passage;
}

/**
 * Where the document's title stands in its text, when it stands there before every section (a
 * headline above the body, which the sections leave out): a news headline often states the fact
 * ("Kreisreform spart jährlich 90 Millionen Euro"), so it is a passage of its own.
 */
function titleRange(doc: SourceDocument): TextRange | undefined {
  const title = doc.title.trim();
  if (!title) return undefined;
  const start = doc.text.search(/\S/);
  if (start < 0 || !doc.text.startsWith(title, start)) return undefined;
  const end = start + title.length;
  // A title that heads the sections (a PDF's outline) is a heading, in every section path already.
  return doc.sections.every((s) => s.start >= end && !s.headings.includes(title)) ? { start, end } : undefined;
}

/** A passage that is its document's headline ({@link chunkDocument}). */
export function isHeadline(passage: { text: string; title: string; section: string[] }): boolean {
  return passage.section.length === 0 && passage.text === passage.title.trim();
}

/** Cuts a sentence longer than `maxChars` into pieces at whitespace (hard cut if none). */
function cutLongSentence(text: string, s: TextRange, maxChars: number): TextRange[] {
  if (s.end - s.start <= maxChars) return [s];
  const out: TextRange[] = [];
  let start = s.start;
  while (s.end - start > maxChars) {
    let cut = start + maxChars;
    while (cut > start && !/\s/.test(text[cut]!)) cut--;
    if (cut === start) {
      cut = start + maxChars;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--; // do not split a surrogate pair
    }
    let end = cut;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    out.push({ start, end });
    start = cut;
    while (start < s.end && /\s/.test(text[start]!)) start++;
  }
  if (start < s.end) out.push({ start, end: s.end });
  return out;
}

/** The page holding offset `pos` (binary search over the page spans). */
function pageAt(pages: PageSpan[], pos: number): number {
  return pages[indexAt(pages.map((p) => p.start), pos)]!.page;
}

/**
 * Start offsets of the paragraphs of the section body [start, end): blocks separated by blank
 * lines; in a body without any blank line (HTML, Word and OpenDocument loaders write one block
 * per line) every line is a paragraph.
 */
export function paragraphStarts(text: string, start: number, end: number): number[] {
  const body = text.slice(start, end);
  const separator = /\n[ \t]*\n/.test(body) ? /\n(?:[ \t]*\n)+/g : /\n+/g;
  const starts = [start];
  for (const m of body.matchAll(separator)) starts.push(start + m.index + m[0].length);
  return starts;
}

/** Index of the last entry of the ascending `starts` that is ≤ `pos` (0 when none is). */
function indexAt(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
