import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkDocument, type ChunkOptions } from '../../src/ingest/chunk-document.js';
import { loadDocuments } from '../../src/ingest/load-documents.js';
import { splitSentences } from '../../src/ingest/split-sentences.js';
import type { SourceDocument } from '../../src/ingest/types.js';
import { expectPassageInvariants, foldForEvidence } from './support/invariants.js';

const docsDir = fileURLToPath(new URL('../../data/docs', import.meta.url));
const defaults: ChunkOptions = { targetChars: 500, maxChars: 900, overlapSentences: 1 };
const evidence: string[] = readFileSync(new URL('../../eval/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .flatMap((l) => (JSON.parse(l) as { evidence?: string[] }).evidence ?? []);

function fakeDoc(text: string, pages?: SourceDocument['pages']): SourceDocument {
  return { id: 'x.txt', title: 'X', text, sections: [{ headings: ['H'], start: 0, end: text.length }], format: 'txt', hash: 'h', bytes: text.length, ...(pages ? { pages } : {}) };
}

let corpus: SourceDocument[];
beforeAll(async () => {
  corpus = (await loadDocuments(docsDir)).documents;
  expect(corpus.length).toBeGreaterThan(0);
});

describe('chunkDocument', () => {
  it('puts every dev evidence string wholly inside at least one passage of the default corpus', () => {
    expect(evidence.length).toBeGreaterThan(0);
    const passages = corpus.flatMap((d) => chunkDocument(d, defaults)).map((p) => foldForEvidence(p.text));
    for (const e of evidence) expect(passages.some((p) => p.includes(foldForEvidence(e))), e).toBe(true);
  });

  it('gives the passage about DOMEA the question as section', () => {
    const p = corpus.flatMap((d) => chunkDocument(d, defaults)).find((x) => x.text.includes('bis Ende 2013 in allen Ministerien'));
    expect(p?.section).toEqual(['Welche konkreten Projekte laufen aktuell oder sind geplant?']);
    expect(p?.title).toBe('CIO-SerieGesamtheit im Blick');
  });

  it('loses no text, keeps sections and stays within maxChars for several settings', () => {
    const settings: ChunkOptions[] = [defaults, { targetChars: 100, maxChars: 200, overlapSentences: 0 }, { targetChars: 300, maxChars: 400, overlapSentences: 2 }, { targetChars: 2000, maxChars: 4000, overlapSentences: 1 }];
    for (const o of settings) for (const d of corpus) expectPassageInvariants(d, chunkDocument(d, o), o.maxChars);
  });

  it('repeats the last sentence of a passage at the start of the next one in the same section', () => {
    const d = corpus[0]!;
    const passages = chunkDocument(d, defaults);
    let overlaps = 0;
    for (let i = 1; i < passages.length; i++) {
      const [a, b] = [passages[i - 1]!, passages[i]!];
      if (a.section.join('>') !== b.section.join('>')) {
        expect(b.start).toBeGreaterThanOrEqual(a.end);
        continue;
      }
      const lastOfA = splitSentences(d.text, a.start, a.end).at(-1)!;
      if (b.start >= a.end) {
        // Overlap is dropped only when it would push the passage past maxChars.
        expect(b.end - lastOfA.start).toBeGreaterThan(defaults.maxChars);
        continue;
      }
      expect(b.start).toBe(lastOfA.start);
      overlaps++;
    }
    expect(overlaps).toBeGreaterThan(3);
    const noOverlap = chunkDocument(d, { ...defaults, overlapSentences: 0 });
    for (let i = 1; i < noOverlap.length; i++) expect(noOverlap[i]!.start).toBeGreaterThanOrEqual(noOverlap[i - 1]!.end);
  });

  it('builds passages of whole sentences up to about the target size', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Dies ist der Satz Nummer ${i + 1} mit etwas Inhalt.`).join(' ');
    const passages = chunkDocument(fakeDoc(text), { targetChars: 200, maxChars: 300, overlapSentences: 0 });
    for (const p of passages) {
      expect(p.text).toMatch(/^Dies .*Inhalt\.$/);
      expect(p.text.length).toBeLessThanOrEqual(200);
      expect(p.text.length).toBeGreaterThan(150);
    }
  });

  it('cuts a sentence longer than maxChars at word boundaries', () => {
    const words = Array.from({ length: 600 }, (_, i) => `Wort${i}`);
    const text = `${words.join(' ')}.`;
    const doc = fakeDoc(text);
    const passages = chunkDocument(doc, { targetChars: 100, maxChars: 250, overlapSentences: 1 });
    expectPassageInvariants(doc, passages, 250);
    for (const p of passages) {
      expect(p.text).toMatch(/^Wort\d+\b/);
      expect(p.text).toMatch(/(?:Wort\d+|\.)$/);
      expect(words).toContain(p.text.split(' ')[0]);
    }
  });

  it('cuts a word longer than maxChars hard', () => {
    const doc = fakeDoc('x'.repeat(1000));
    const passages = chunkDocument(doc, { targetChars: 100, maxChars: 300, overlapSentences: 1 });
    expect(passages.map((p) => p.text.length)).toEqual([300, 300, 300, 100]);
  });

  it('gives stable ids across runs and new ids only where the text changed', async () => {
    const again = (await loadDocuments(docsDir)).documents;
    const ids = (docs: SourceDocument[]) => docs.flatMap((d) => chunkDocument(d, defaults).map((p) => p.id));
    expect(ids(again)).toEqual(ids(corpus));
    expect(ids(corpus)[0]).toMatch(/^kommune21-cio-serie-mecklenburg-vorpommern\.txt#0:[0-9a-f]{8}$/);
  });

  it('records first and last page of passages that span a page break', () => {
    const text = 'Seite eins beginnt einen Satz, der auf der\nzweiten Seite weitergeht und dort endet.';
    const nl = text.indexOf('\n');
    const [p] = chunkDocument(fakeDoc(text, [{ page: 1, start: 0, end: nl }, { page: 2, start: nl + 1, end: text.length }]), defaults);
    expect([p?.page, p?.pageEnd]).toEqual([1, 2]);
  });

  it('makes a headline above the body a passage of its own, without a paragraph number', () => {
    const title = 'Gebietsreform spart jährlich 70 Millionen Euro';
    const text = `${title}\n\nDie Politik hat die Zahl der Kreise von zwölf auf sechs reduziert.`;
    const body = text.indexOf('Die Politik');
    const doc: SourceDocument = { ...fakeDoc(text), title, sections: [{ headings: [], start: body, end: text.length }] };
    const passages = chunkDocument(doc, defaults);
    expect(passages.map((p) => p.text)).toEqual([title, 'Die Politik hat die Zahl der Kreise von zwölf auf sechs reduziert.']);
    expect([passages[0]!.start, passages[0]!.section, passages[0]!.paragraph]).toEqual([0, [], undefined]);
    expect(passages[1]!.paragraph).toBe(1);
    expectPassageInvariants(doc, passages, defaults.maxChars);
  });

  it('makes no headline passage of a title that heads the sections or stands nowhere in the text', () => {
    const text = 'Digitalstrategie\nDas Land wird digital.';
    const headed: SourceDocument = { ...fakeDoc(text), title: 'Digitalstrategie', sections: [{ headings: ['Digitalstrategie'], start: text.indexOf('Das'), end: text.length }] };
    expect(chunkDocument(headed, defaults).map((p) => p.text)).toEqual(['Das Land wird digital.']);
    expect(chunkDocument({ ...fakeDoc('Das Land wird digital.'), title: 'Strategie' }, defaults).map((p) => p.text)).toEqual(['Das Land wird digital.']);
  });
});
