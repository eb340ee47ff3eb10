import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../src/errors.js';
import { chunkDocument } from '../../src/ingest/chunk-document.js';
import { loadDocuments, type LoadedDocuments } from '../../src/ingest/load-documents.js';
import { expectPassageInvariants } from './support/invariants.js';
import { makeEncryptedPdf, makePdf } from './support/make-pdf.js';
import { makeStrategyDocx } from '../support/make-docx.js';
import { makeOdt } from '../support/make-odt.js';

const fixtures = fileURLToPath(new URL('../fixtures/ingest', import.meta.url));
const corpusFile = fileURLToPath(new URL('../../data/docs/kommune21-cio-serie-mecklenburg-vorpommern.txt', import.meta.url));
const chunking = { targetChars: 500, maxChars: 900, overlapSentences: 1 };
const tmpDirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'ingest-test-'));
  tmpDirs.push(d);
  return d;
};

/** mtime, size and sha256 of every entry under `dir`, hidden ones included. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const p = path.join(dir, name);
    const st = statSync(p);
    out[name] = st.isFile() ? `${st.mtimeMs} ${st.size} ${createHash('sha256').update(readFileSync(p)).digest('hex')}` : `dir ${st.mtimeMs}`;
  }
  return out;
}

let dir: string;
let result: LoadedDocuments;
let before: Record<string, string>;
const reasonOf = (file: string) => result.skipped.find((s) => s.file === file)?.reason;

beforeAll(async () => {
  dir = tmp();
  const put = (rel: string, data: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), data);
  };
  copyFileSync(corpusFile, path.join(dir, 'Interview mit dem CIO – Übersicht.txt'));
  put('unter ordner/masterplan.MD', readFileSync(path.join(fixtures, 'masterplan.md')));
  put('unter ordner/portal.htm', readFileSync(path.join(fixtures, 'portal.html')));
  put('Bericht.PDF', makePdf([['Jahresbericht', 'Das Land führt die E-Akte ein. Sie spart Papier.'], ['Die Kosten liegen bei 1.000 Euro.']]));
  put('Mu\u0308nchen Notiz.txt', 'Eine Notiz aus München. Sie ist kurz.');
  put('.DS_Store', Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
  put('.versteckt/geheim.txt', 'Nicht lesen.');
  put('angebot.docx', 'PK\u0003\u0004');
  put('strategie.docx', await makeStrategyDocx());
  put('register.odt', await makeOdt('<text:h text:outline-level="1">Register</text:h><text:p>Das Land modernisiert seine Register bis 2028.</text:p>'));
  put('geheim.odt', await makeOdt('<text:p>Vertraulich.</text:p>', { encrypted: true }));
  put('alt.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  put('leer.txt', '');
  put('nur-leerzeichen.md', ' \n\t\n  ');
  put('binär.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
  put('latin1.txt', Buffer.from('Gr\xfc\xdfe aus Schwerin. Die Beh\xf6rden arbeiten digital.', 'latin1'));
  put('kaputt.txt', Buffer.from(Array.from({ length: 300 }, (_, i) => (i % 4 === 0 ? 0x41 : 0x80 + ((i * 13) % 0x7f)))));
  put('zz-kopie.txt', readFileSync(corpusFile));
  put('scan.pdf', makePdf([[]]));
  put('geheim.pdf', makeEncryptedPdf());
  put('defekt.pdf', makePdf([['Text']]).subarray(0, 150));
  put('nur-skripte.html', '<html><body><script>alert(1)</script></body></html>');
  before = snapshot(dir);
  result = await loadDocuments(dir);
});

afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

describe('loadDocuments', () => {
  it('loads each supported format, in sorted order, with relative NFC ids', () => {
    expect(result.documents.map((d) => [d.id, d.format])).toEqual([
      ['Bericht.PDF', 'pdf'],
      ['Interview mit dem CIO – Übersicht.txt', 'txt'],
      ['München Notiz.txt', 'txt'],
      ['latin1.txt', 'txt'],
      ['register.odt', 'odt'],
      ['strategie.docx', 'docx'],
      ['unter ordner/masterplan.MD', 'md'],
      ['unter ordner/portal.htm', 'html'],
    ]);
  });

  it('records size and sha256 of the bytes', () => {
    const doc = result.documents.find((d) => d.id.startsWith('Interview'))!;
    const bytes = readFileSync(corpusFile);
    expect(doc.bytes).toBe(bytes.length);
    expect(doc.hash).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('skips every unusable file with a one-line reason', () => {
    expect(reasonOf('alt.doc')).toBe('unsupported file type .doc (supported: .txt, .md, .markdown, .html, .htm, .pdf, .docx, .odt)');
    expect(reasonOf('angebot.docx')).toBe('broken Word file (not a valid .docx package)');
    expect(reasonOf('geheim.odt')).toBe('encrypted OpenDocument file (password protected)');
    expect(reasonOf('leer.txt')).toBe('empty file');
    expect(reasonOf('nur-leerzeichen.md')).toBe('empty file (whitespace only)');
    expect(reasonOf('binär.txt')).toMatch(/^binary content/);
    expect(reasonOf('kaputt.txt')).toMatch(/^invalid UTF-8/);
    expect(reasonOf('zz-kopie.txt')).toBe('duplicate of Interview mit dem CIO – Übersicht.txt');
    expect(reasonOf('scan.pdf')).toMatch(/^PDF without extractable text/);
    expect(reasonOf('geheim.pdf')).toBe('encrypted PDF (password protected)');
    expect(reasonOf('defekt.pdf')).toMatch(/^broken PDF \(/);
    expect(reasonOf('nur-skripte.html')).toBe('no text content');
    for (const s of result.skipped) expect(s.reason).not.toContain('\n');
    expect(result.skipped).toHaveLength(12);
  });

  it('ignores hidden files and folders', () => {
    const all = [...result.documents.map((d) => d.id), ...result.skipped.map((s) => s.file)];
    expect(all.filter((f) => f.includes('.DS_Store') || f.includes('versteckt'))).toEqual([]);
  });

  it('decodes Latin-1 text', () => {
    expect(result.documents.find((d) => d.id === 'latin1.txt')?.text).toBe('Grüße aus Schwerin. Die Behörden arbeiten digital.');
  });

  it('keeps the chunking invariants for every format', () => {
    for (const d of result.documents) expectPassageInvariants(d, chunkDocument(d, chunking), chunking.maxChars);
  });

  it('never modifies the documents folder', async () => {
    expect(snapshot(dir)).toEqual(before);
    await loadDocuments(dir);
    expect(snapshot(dir)).toEqual(before);
  });

  it('skips files above maxFileBytes', async () => {
    const d = tmp();
    writeFileSync(path.join(d, 'gross.txt'), 'Ein Satz. '.repeat(300));
    writeFileSync(path.join(d, 'klein.txt'), 'Ein Satz.');
    const r = await loadDocuments(d, { maxFileBytes: 1000 });
    expect(r.documents.map((x) => x.id)).toEqual(['klein.txt']);
    expect(r.skipped).toEqual([{ file: 'gross.txt', reason: 'file too large (0.0 MB; the limit is 0.0 MB)' }]);
  });

  it('throws DOCS_DIR_MISSING for a missing folder', async () => {
    const missing = path.join(tmp(), 'gibt-es-nicht');
    const e = await loadDocuments(missing).then(() => undefined, (err: unknown) => err);
    expect(isAppError(e, 'DOCS_DIR_MISSING')).toBe(true);
    expect((e as Error).message).toContain(missing);
  });

  it('loads and chunks a 20 MB text file within the limits', async () => {
    const d = tmp();
    const corpus = readFileSync(corpusFile, 'utf8');
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 20 * 1024 * 1024; i++) {
      const part = `${corpus}\nTeil ${i}: Ein sehr langer Absatz ohne Punkt ${'und noch ein Wort '.repeat(i % 7 === 0 ? 200 : 1)}\n`;
      parts.push(part);
      size += Buffer.byteLength(part);
    }
    writeFileSync(path.join(d, 'gross.txt'), parts.join(''));
    const started = Date.now();
    const r = await loadDocuments(d);
    const passages = chunkDocument(r.documents[0]!, chunking);
    const ms = Date.now() - started;
    expect(r.documents[0]!.bytes).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    expect(passages.length).toBeGreaterThan(50_000);
    expect(Math.max(...passages.map((p) => p.end - p.start))).toBeLessThanOrEqual(chunking.maxChars);
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    expect(ms).toBeLessThan(30_000);
  });
});
