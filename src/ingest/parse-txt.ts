import { baseTitle } from './document-format.js';
import { findPlainTextSections } from './plain-text-sections.js';
import { takeSourceLine } from './source-link.js';
import type { ParsedDocument } from './types.js';

/**
 * Parses a plain-text document. The stored text is the file's text with line endings
 * normalised to `\n`, a byte-order mark dropped and Unicode in NFC; sections come from
 * {@link findPlainTextSections}. Title: the first line when it looks like one, else the file
 * name without extension. A `Quelle: https://…` line at the top becomes the document's `url`
 * and is left out of the text.
 */
export function parseTxt(content: string, fileName: string): ParsedDocument {
  const { text, url } = takeSourceLine(normalizePlainText(content));
  const { title, sections } = findPlainTextSections(text);
  return { title: title ?? baseTitle(fileName), text, sections, ...(url ? { url } : {}) };
}

/** Drops a byte-order mark, turns CRLF and CR into LF and composes Unicode (NFC). */
export function normalizePlainText(s: string): string {
  return s.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}
