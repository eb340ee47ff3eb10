import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/ingest/chunk-document.js';
import { parseDocx } from '../../src/ingest/parse-docx.js';
import { UnreadableFileError } from '../../src/ingest/unreadable-file-error.js';
import { makeDocx, makeStrategyDocx } from '../support/make-docx.js';

async function reason(bytes: Uint8Array): Promise<string> {
  const e = await parseDocx(bytes, 'x.docx').then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(UnreadableFileError);
  return (e as UnreadableFileError).reason;
}

describe('parseDocx', () => {
  it('takes sections from the heading styles and the title from the properties', async () => {
    const doc = await parseDocx(await makeStrategyDocx(), 'strategie.docx');
    expect(doc.title).toBe('Digitalstrategie MV (Word)');
    expect(doc.sections.map((s) => s.headings.join(' › '))).toEqual(['Digitalstrategie', 'Digitalstrategie › Ziele', 'Digitalstrategie › Zeitplan']);
    const ziele = doc.sections[1]!;
    expect(doc.text.slice(ziele.start, ziele.end)).toContain('Das Land investiert 30 Millionen Euro in das Serviceportal.');
  });

  it('keeps tracked insertions, leaves out tracked deletions and comments', async () => {
    const doc = await parseDocx(await makeStrategyDocx(), 'strategie.docx');
    expect(doc.text).toContain('Bis 2026 sollen 600 Verwaltungsleistungen online verfügbar sein.');
    expect(doc.text).not.toContain('400');
    expect(doc.text).not.toContain('Zahl prüfen');
  });

  it('writes a table row on one line with its cells separated, and list items as lines', async () => {
    const doc = await parseDocx(await makeStrategyDocx(), 'strategie.docx');
    const lines = doc.text.split('\n');
    expect(lines).toContain('Vorhaben | Jahr | Zuständig');
    expect(lines).toContain('Serviceportal | 2026 | Innenministerium');
    expect(lines).toContain('• Nutzerkonto für alle Bürgerinnen und Bürger');
  });

  it('keeps footnotes', async () => {
    const doc = await parseDocx(await makeStrategyDocx(), 'strategie.docx');
    expect(doc.text).toMatch(/\[1\] Beschluss der Landesregierung vom 12\. März 2024\./);
    expect(doc.text).not.toContain('↑');
  });

  it('takes the source link from a custom property', async () => {
    expect((await parseDocx(await makeStrategyDocx(), 'strategie.docx')).url).toBe('https://www.example.org/digitalstrategie.docx');
  });

  it('takes a Quelle paragraph at the top as source link, not as text or heading', async () => {
    const bytes = await makeDocx([
      { kind: 'h1', text: 'Pressemitteilung' },
      { kind: 'p', text: 'Quelle: https://www.regierung-mv.de/presse/42' },
      { kind: 'p', text: 'Das Serviceportal bietet jetzt 600 Leistungen an.' },
    ]);
    const doc = await parseDocx(bytes, 'pm.docx');
    expect(doc.url).toBe('https://www.regierung-mv.de/presse/42');
    expect(doc.text).not.toContain('Quelle');
    expect(doc.title).toBe('Pressemitteilung');
  });

  it('gives passages paragraph numbers within their section', async () => {
    const parsed = await parseDocx(await makeStrategyDocx(), 'strategie.docx');
    const passages = chunkDocument({ ...parsed, id: 's.docx', format: 'docx', hash: 'x', bytes: 1 }, { targetChars: 40, maxChars: 200, overlapSentences: 0 });
    const plan = passages.find((p) => p.text.startsWith('Der Zeitplan wird'))!;
    expect(plan.section).toEqual(['Digitalstrategie', 'Zeitplan']);
    expect([plan.paragraph, plan.paragraphEnd]).toEqual([4, 4]); // after the three table rows
    expect(plan.url).toBe('https://www.example.org/digitalstrategie.docx');
  });

  it('reports encrypted, broken and empty packages with a reason', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(await reason(ole)).toMatch(/^encrypted Word file \(password protected\)/);
    expect(await reason(Buffer.from('this is not a zip file at all'))).toMatch(/^broken Word file/);
    const good = await makeStrategyDocx();
    expect(await reason(good.subarray(0, good.length / 2))).toMatch(/^broken Word file/);
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    expect(await reason(await zip.generateAsync({ type: 'nodebuffer' }))).toBe('broken Word file (no word/document.xml)');
  });
});
