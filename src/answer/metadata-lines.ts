import { splitSentences } from '../ingest/split-sentences.js';
import { DATE_LINE_PATTERN } from '../text/date-line.js';

/**
 * Lines of a document that describe it rather than say something: source and type lines,
 * bare links and lists of them (a table of file names and URLs), datelines and "mehr..." teasers. They are never answer statements; a dateline
 * or teaser at the edge of a news sentence is trimmed off the statement (it stays in the quote).
 */
const FIELD_LINE = /^\s*(?:quelle|source|typ|type|stand|datum|date|autor(?:in)?|author|foto|fotos|bild|copyright|tags?|schlagworte?|schwerpunktthema|url|link)\s*:/iu;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
/** A file name with a document or data extension ("bericht-2023.txt"): a list of sources names files, a statement does not consist of them. */
const FILE_NAME = /[\p{L}\p{N}_.-]+\.(?:txt|md|html?|pdf|docx?|odt|rtf|csv|json|xml)\b/giu;
/** A news item's date before its first sentence: "[04.09.2024]", or a date line "Stand: 05.10.2023 05:55 Uhr". */
const DATELINE = new RegExp(`^\\s*(?:\\[\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\]|${DATE_LINE_PATTERN}(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?)\\s*`, 'iu');
const TEASER = /\s*\bmehr\s*(?:\.\.\.|…)\s*$/iu;

/** True when a date line ("Stand: 05.10.2023 05:55 Uhr") dates what follows it: the next sentence's dateline. */
export function isDateLine(sentence: string): boolean {
  const m = DATELINE.exec(sentence);
  return !!m && m[0].trim().length > 0 && !/\p{L}{3,}/u.test(sentence.slice(m[0].length).replace(/^Uhr\b/u, ''));
}

/** True when a sentence is metadata: a field line ("Quelle: …"), bare links or file names, a dateline or teaser alone. */
export function isMetadataSentence(sentence: string): boolean {
  if (FIELD_LINE.test(sentence)) return true;
  const rest = sentence.replace(URL, '').replace(FILE_NAME, '').replace(DATELINE, '').replace(TEASER, '');
  return (rest.match(/\p{L}/gu)?.length ?? 0) < 12;
}

/** True when every sentence of a text is metadata (a list of files and their links): it states nothing a question could ask. */
export function isMetadataOnly(text: string): boolean {
  return splitSentences(text).every(({ start, end }) => isMetadataSentence(text.slice(start, end)));
}

/** The part of a sentence that is a statement: without a leading dateline and a trailing "mehr...". Offsets relative to the sentence. */
export function statementRange(sentence: string): { start: number; end: number } {
  const lead = DATELINE.exec(sentence)?.[0].length ?? 0;
  const trail = TEASER.exec(sentence);
  let end = trail ? trail.index : sentence.length;
  while (end > lead && /\s/.test(sentence[end - 1]!)) end--;
  return { start: lead, end: Math.max(lead, end) };
}
