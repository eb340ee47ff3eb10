import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/ingest/chunk-document.js';
import { parsePdf } from '../../src/ingest/parse-pdf.js';
import type { ParsedDocument, SourceDocument } from '../../src/ingest/types.js';
import { typesetPdf, type TypesetBlock } from '../support/typeset-pdf.js';

/** Paragraph n of a strategy paper: long compounds (hyphenated at line ends), real hyphens, a suspended compound. */
const paragraph = (n: number) =>
  `Maßnahme ${n}: Die Verwaltungsmodernisierung in Mecklenburg-Vorpommern ist ein Schwerpunkt der Landesregierung. ` +
  `Das E-Government-Gesetz verpflichtet Behörden, elektronische Zugänge zu eröffnen, und die Bürger- und Unternehmensservices werden gebündelt. ` +
  `Die Digitalisierungsstrategie beschreibt Informationssicherheitsmaßnahmen, Registermodernisierung und Onlinezugangsgesetzumsetzung ausführlich.`;

const blocks: TypesetBlock[] = [
  { kind: 'h1', text: 'Digitalstrategie des Landes' },
  { kind: 'h2', text: '1 Ziele der Verwaltungsdigitalisierung' },
  ...Array.from({ length: 6 }, (_, i) => ({ kind: 'p' as const, text: paragraph(i + 1) })),
  { kind: 'h2', text: '2 Umsetzung' },
  ...Array.from({ length: 8 }, (_, i) => ({ kind: 'p' as const, text: paragraph(i + 7) })),
  { kind: 'h3', text: 'Zeitplan und Finanzierung' },
  ...Array.from({ length: 4 }, (_, i) => ({ kind: 'p' as const, text: paragraph(i + 15) })),
];

const HEADER = 'Landesstrategie Digitale Verwaltung 2030';

async function strategyPaper(): Promise<ParsedDocument> {
  // Page 1 in one column, the following pages in two columns.
  const bytes = await typesetPdf(blocks, { header: HEADER, columns: (p) => (p >= 2 ? 2 : 1), info: { URL: 'https://www.example.org/strategie.pdf' } });
  return parsePdf(bytes, 'strategie.pdf');
}

function asSource(doc: ParsedDocument): SourceDocument {
  return { ...doc, id: 'strategie.pdf', format: 'pdf', hash: 'x', bytes: 1 };
}

describe('parsePdf on a typeset document', () => {
  it('joins words hyphenated at line ends and keeps real hyphens', async () => {
    const doc = await strategyPaper();
    expect(doc.text).not.toMatch(/\p{L}-\n/u);
    expect(doc.text.replaceAll('Bürger- und', '')).not.toMatch(/\p{Ll}- \p{Ll}/u);
    expect(doc.text.match(/Verwaltungsmodernisierung/g)).toHaveLength(18);
    expect(doc.text.match(/Mecklenburg-Vorpommern/g)).toHaveLength(18);
    expect(doc.text.match(/E-Government-Gesetz/g)).toHaveLength(18);
    expect(doc.text.match(/Bürger- und Unternehmensservices/g)).toHaveLength(18);
    expect(doc.text.match(/Onlinezugangsgesetzumsetzung/g)).toHaveLength(18);
  });

  it('unwraps lines into one line per paragraph', async () => {
    const doc = await strategyPaper();
    for (let n = 1; n <= 18; n++) {
      const line = doc.text.split('\n').find((l) => l.startsWith(`Maßnahme ${n}:`));
      expect(line, `paragraph ${n}`).toBe(paragraph(n));
    }
  });

  it('drops the running header and the page footers', async () => {
    const doc = await strategyPaper();
    expect(doc.pages!.length).toBeGreaterThanOrEqual(3);
    expect(doc.text).not.toContain(HEADER);
    expect(doc.text).not.toMatch(/Seite \d/);
  });

  it('reads a two-column page column by column', async () => {
    const doc = await strategyPaper();
    const order = [...doc.text.matchAll(/Maßnahme (\d+):/g)].map((m) => Number(m[1]));
    expect(order).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
  });

  it('takes headings from font size and weight as nested sections', async () => {
    const doc = await strategyPaper();
    expect(doc.title).toBe('Digitalstrategie des Landes');
    const paths = doc.sections.map((s) => s.headings.join(' › '));
    expect(paths).toEqual([
      'Digitalstrategie des Landes',
      'Digitalstrategie des Landes › 1 Ziele der Verwaltungsdigitalisierung',
      'Digitalstrategie des Landes › 2 Umsetzung',
      'Digitalstrategie des Landes › 2 Umsetzung › Zeitplan und Finanzierung',
    ]);
  });

  it('gives every passage a page and a section, and quotes no line break, footer or broken word', async () => {
    const doc = await strategyPaper();
    const passages = chunkDocument(asSource(doc), { targetChars: 500, maxChars: 900, overlapSentences: 1 });
    expect(passages.length).toBeGreaterThan(10);
    for (const p of passages) {
      expect(p.page).toBeGreaterThanOrEqual(1);
      expect(p.section.length).toBeGreaterThan(0);
      for (const sentence of p.text.split('\n')) expect(sentence).not.toMatch(/Seite \d|\p{L}-$/u);
    }
    const first = passages.find((p) => p.text.includes('Maßnahme 1:'))!;
    expect(first.page).toBe(1);
    expect(passages.at(-1)!.pageEnd).toBe(doc.pages!.at(-1)!.page);
  });

  it('drops the header and page number of a one-page document too', async () => {
    const bytes = await typesetPdf(
      [
        { kind: 'h1', text: 'Kurzmeldung' },
        { kind: 'p', text: 'Das Landesamt stellt zwölf neue Online-Dienste für Unternehmen bereit, darunter die Gewerbeanmeldung.' },
        { kind: 'p', text: 'Weitere Dienste folgen im Herbst.' },
      ],
      { header: 'Ministerium für Inneres, Bau und Digitalisierung' },
    );
    const doc = await parsePdf(bytes, 'kurz.pdf');
    expect(doc.text).toBe(
      'Kurzmeldung\nDas Landesamt stellt zwölf neue Online-Dienste für Unternehmen bereit, darunter die Gewerbeanmeldung.\nWeitere Dienste folgen im Herbst.',
    );
  });

  it('takes the source link from the document information', async () => {
    expect((await strategyPaper()).url).toBe('https://www.example.org/strategie.pdf');
  });

  it('takes a Quelle line at the top as source link and leaves it out of the text', async () => {
    const bytes = await typesetPdf(
      [
        { kind: 'h1', text: 'Pressemitteilung' },
        { kind: 'p', text: 'Quelle: https://www.regierung-mv.de/presse/123' },
        { kind: 'p', text: 'Das Land startet das Serviceportal mit hundert Online-Diensten für Bürgerinnen und Bürger.' },
      ],
      { footer: null },
    );
    const doc = await parsePdf(bytes, 'pm.pdf');
    expect(doc.url).toBe('https://www.regierung-mv.de/presse/123');
    expect(doc.text).not.toContain('Quelle');
    expect(doc.text).toContain('Das Land startet das Serviceportal');
  });
});
