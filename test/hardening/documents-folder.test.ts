import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReindexSummary } from '../../src/answer/types.js';
import type { TempProject } from '../support/temp-project.js';
import type { ScriptResult } from '../support/run-script.js';
import { expectCleanFailure, expectIndexAnswers, expectNoStackTrace, indexedProject, indexedText, run } from './support/faults.js';

// One reindex over a documents folder full of hostile files (built once, asserted per item).
describe('reindex over hostile files in the documents folder', () => {
  let project: TempProject;
  let outside: string;
  let result: ScriptResult;
  let summary: ReindexSummary;
  const reasonOf = (file: string) => summary.skipped.find((s) => s.file === file)?.reason;

  beforeAll(async () => {
    project = await indexedProject();
    const docs = project.docs;
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'egov-outside-'));
    const secret = path.join(outside, 'geheim.txt');
    fs.writeFileSync(secret, 'Geheim\nDas Kennwort des Landesnetzes lautet Zebra-Kolibri-4711 und ist streng geheim.\n');
    fs.symlinkSync('/etc/passwd', path.join(docs, 'passwd.txt'));
    if (fs.existsSync('/etc/shadow')) fs.symlinkSync('/etc/shadow', path.join(docs, 'shadow.md'));
    fs.symlinkSync(secret, path.join(docs, 'kennwort.txt'));
    fs.mkdirSync(path.join(docs, 'unter'));
    fs.symlinkSync(path.join('..', '..', '..', path.relative(project.root, secret)), path.join(docs, 'unter', 'relativ.txt'));
    // A link that stays inside the folder is fine (its target is in a hidden folder, so only the link is indexed).
    fs.mkdirSync(path.join(docs, '.archiv'));
    fs.writeFileSync(path.join(docs, '.archiv', 'alt.txt'), 'Archiv\nDer Landkreis Wummelstadt digitalisiert seine Bauakten bis 2031.\n');
    fs.symlinkSync(path.join('.archiv', 'alt.txt'), path.join(docs, 'archiv-link.txt'));
    fs.symlinkSync('gibt-es-nicht.txt', path.join(docs, 'weg.txt'));
    fs.writeFileSync(path.join(docs, 'aaaa.txt'), 'A'.repeat(30 * 1024 * 1024));
    fs.writeFileSync(path.join(docs, 'ueberschriften.md'), Array.from({ length: 50_000 }, (_, i) => `# Kapitel ${i}\n## Teil ${i}\n`).join(''));
    fs.writeFileSync(path.join(docs, 'tief.html'), `<html><body>${'<div>'.repeat(50_000)}Tief verschachtelter Text.${'</div>'.repeat(50_000)}</body></html>`);
    result = await run(project, 'scripts/reindex.ts', ['--json']);
    summary = JSON.parse(result.stdout) as ReindexSummary;
  }, 240_000);
  afterAll(() => {
    project?.cleanup();
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('finishes with exit code 0 and no stack trace', () => {
    expect(result.code, result.stderr).toBe(0);
    expectNoStackTrace(result);
  });

  it('never reads a file whose real path lies outside the documents folder', () => {
    for (const file of ['passwd.txt', 'kennwort.txt', 'unter/relativ.txt', ...(fs.existsSync('/etc/shadow') ? ['shadow.md'] : [])]) {
      expect(reasonOf(file), file).toMatch(/link to a file outside the documents folder/);
    }
    const text = indexedText(project);
    expect(text).not.toContain('Zebra-Kolibri-4711');
    expect(text).not.toMatch(/root:.*:0:0:/);
  });

  it('indexes a link whose target lies inside the documents folder', () => {
    expect(reasonOf('archiv-link.txt')).toBeUndefined();
    expect(indexedText(project)).toContain('Wummelstadt digitalisiert seine Bauakten');
  });

  it('lists a broken link as skipped', () => {
    expect(reasonOf('weg.txt')).toMatch(/broken link/);
  });

  it('skips a giant single token as text without words', () => {
    expect(reasonOf('aaaa.txt')).toMatch(/no readable words/);
  });

  it('lists a file that yields no passages as skipped instead of added', () => {
    expect(reasonOf('ueberschriften.md')).toMatch(/no passages/);
  });

  it('says that deeply nested HTML is nested too deeply', () => {
    expect(reasonOf('tief.html')).toMatch(/HTML nested too deeply/);
  });

  it('counts exactly the good documents as added and keeps the previous one', () => {
    expect(summary.documents).toMatchObject({ added: 1, unchanged: 1, removed: 0, skipped: summary.skipped.length });
    expect(summary.passages).toBeLessThan(100);
  });

  it('still answers from the documents afterwards', async () => {
    await expectIndexAnswers(project);
  }, 60_000);
});

describe('MAX_PASSAGES_PER_DOCUMENT', () => {
  let project: TempProject | undefined;
  afterAll(() => project?.cleanup());

  it('skips a document that would yield more passages, names the setting, and keeps the others', async () => {
    project = await indexedProject();
    const sentence = (i: number) => `Der Kreis Nummer ${i} führt im Jahr ${2020 + (i % 10)} die elektronische Akte für alle Ämter ein.`;
    fs.writeFileSync(path.join(project.docs, 'lang.txt'), Array.from({ length: 400 }, (_, i) => sentence(i)).join(' '));
    const r = await run(project, 'scripts/reindex.ts', ['--json'], { env: { MAX_PASSAGES_PER_DOCUMENT: '20' } });
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as ReindexSummary;
    expect(summary.skipped).toEqual([{ file: 'lang.txt', reason: expect.stringMatching(/too many passages \((?:at least )?\d+; the limit is 20, MAX_PASSAGES_PER_DOCUMENT\)/) }]);
    await expectIndexAnswers(project, { MAX_PASSAGES_PER_DOCUMENT: '20' });
    // With the default limit the same document is indexed.
    const again = await run(project, 'scripts/reindex.ts', ['--json']);
    expect(JSON.parse(again.stdout).documents).toMatchObject({ added: 1, skipped: 0 });
  }, 120_000);
});

describe('DOCS_DIR', () => {
  let project: TempProject | undefined;
  afterAll(() => project?.cleanup());

  it('says that DOCS_DIR is not a folder when it points to a file, and the index still answers', async () => {
    project = await indexedProject();
    const file = path.join(project.root, 'datei.txt');
    fs.writeFileSync(file, 'kein Ordner');
    const r = await run(project, 'scripts/reindex.ts', [], { env: { DOCS_DIR: file } });
    expectCleanFailure(r, 1, /DOCS_DIR points to .*datei\.txt, which is not a folder/);
    expect(r.stderr).not.toMatch(/does not exist/);
    await expectIndexAnswers(project);
  }, 60_000);
});
