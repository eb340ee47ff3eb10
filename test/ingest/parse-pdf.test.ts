import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/ingest/chunk-document.js';
import { parsePdf } from '../../src/ingest/parse-pdf.js';
import type { SourceDocument } from '../../src/ingest/types.js';
import { UnreadableFileError } from '../../src/ingest/unreadable-file-error.js';
import { makeEncryptedPdf, makePdf } from './support/make-pdf.js';

const twoPages = makePdf(
  [
    ['Masterplan E-Government', 'Das Land führt bis Ende 2013 die E-Akte in allen Ministerien ein.'],
    ['Zweite Seite', 'Der Behördenruf 115 wird in der Region Westmecklenburg erprobt.'],
  ],
  { title: 'Masterplan (PDF)' },
);

async function reason(bytes: Uint8Array): Promise<string> {
  const e = await parsePdf(bytes, 'x.pdf').then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(UnreadableFileError);
  return (e as UnreadableFileError).reason;
}

describe('parsePdf', () => {
  it('extracts the text of each page line by line, with page spans and the metadata title', async () => {
    const doc = await parsePdf(twoPages, 'masterplan.pdf');
    expect(doc.title).toBe('Masterplan (PDF)');
    expect(doc.text).toBe(
      'Masterplan E-Government\nDas Land führt bis Ende 2013 die E-Akte in allen Ministerien ein.\nZweite Seite\nDer Behördenruf 115 wird in der Region Westmecklenburg erprobt.',
    );
    expect(doc.pages?.map((p) => [p.page, doc.text.slice(p.start, p.end).split('\n')[0]])).toEqual([
      [1, 'Masterplan E-Government'],
      [2, 'Zweite Seite'],
    ]);
  });

  it('gives passages the pages they lie on', async () => {
    const parsed = await parsePdf(twoPages, 'masterplan.pdf');
    const doc: SourceDocument = { ...parsed, id: 'masterplan.pdf', format: 'pdf', hash: 'x', bytes: twoPages.length };
    const passages = chunkDocument(doc, { targetChars: 60, maxChars: 200, overlapSentences: 0 });
    const ministry = passages.find((p) => p.text.includes('Ministerien'));
    const region = passages.find((p) => p.text.includes('Westmecklenburg'));
    expect([ministry?.page, ministry?.pageEnd]).toEqual([1, 1]);
    expect([region?.page, region?.pageEnd]).toEqual([2, 2]);
  });

  it('uses the first line as title when the metadata has none', async () => {
    const doc = await parsePdf(makePdf([['Jahresbericht 2024', 'Ein Satz mit genug Inhalt, damit er als Absatz zählt.']]), 'bericht.pdf');
    expect(doc.title).toBe('Jahresbericht 2024');
  });

  it('reports an encrypted PDF as password protected', async () => {
    expect(await reason(makeEncryptedPdf())).toBe('encrypted PDF (password protected)');
  });

  it('reports truncated and garbage bytes as a broken PDF', async () => {
    expect(await reason(twoPages.subarray(0, 200))).toMatch(/^broken PDF \(.+\)$/);
    expect(await reason(Buffer.from('%PDF-1.4\nthis is not really a pdf at all'))).toMatch(/^broken PDF/);
  });

  it('reports a PDF without text as scanned', async () => {
    expect(await reason(makePdf([[], []]))).toMatch(/^PDF without extractable text/);
  });

  it('does not consume the caller’s buffer', async () => {
    const bytes = new Uint8Array(twoPages);
    await parsePdf(bytes, 'a.pdf');
    expect(bytes.byteLength).toBe(twoPages.length);
  });
});
