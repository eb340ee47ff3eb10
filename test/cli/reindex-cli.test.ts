import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';
import { Analyzer } from '../../src/search/analyzer.js';
import { loadIndex } from '../../src/search/index-store.js';
import { makeTempProject, type TempProject } from '../support/temp-project.js';
import { runScript, startScript } from '../support/run-script.js';

let project: TempProject | undefined;
afterEach(() => project?.cleanup());

const env = (p: TempProject) => ({ DOCS_DIR: p.docs, INDEX_DIR: p.config.INDEX_DIR, EMBEDDINGS: 'offline', TOPICS_FILE: p.config.TOPICS_FILE });

describe('npm run reindex', () => {
  it('prints the summary as one JSON object with --json and exits 0', async () => {
    project = makeTempProject();
    fs.writeFileSync(path.join(project.docs, 'kaputt.doc'), 'x');
    const r = await runScript('scripts/reindex.ts', ['--json'], { cwd: project.root, env: env(project) });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.documents).toEqual({ added: 1, changed: 0, unchanged: 0, removed: 0, skipped: 1 });
    expect(summary.skipped[0]).toMatchObject({ file: 'kaputt.doc', reason: expect.stringMatching(/unsupported/) });
    expect(summary).toMatchObject({ passages: expect.any(Number), embedder: 'offline:hashed-char-ngrams-v1', ms: expect.any(Number) });
  });

  it('prints a readable summary and reports the old document unchanged on a second run', async () => {
    project = makeTempProject();
    await runScript('scripts/reindex.ts', [], { cwd: project.root, env: env(project) });
    fs.writeFileSync(path.join(project.docs, 'neu.md'), '# Neu\n\nEin neues Dokument über die Leitstelle Wummelstadt.\n');
    const r = await runScript('scripts/reindex.ts', [], { cwd: project.root, env: env(project) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Documents: 1 added, 0 changed, 1 unchanged, 0 removed, 0 skipped/);
    expect(r.stdout).toMatch(/Embedder: offline/);
  });

  it('exits non-zero with a message when no document is usable or the folder is missing', async () => {
    project = makeTempProject({ withDefaultCorpus: false });
    let r = await runScript('scripts/reindex.ts', [], { cwd: project.root, env: env(project) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No usable document found in .*npm run reindex/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    fs.rmSync(project.docs, { recursive: true });
    r = await runScript('scripts/reindex.ts', [], { cwd: project.root, env: env(project) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not exist/);
  });

  it('exits 2 with a message when another reindex holds the lock', async () => {
    project = makeTempProject();
    fs.mkdirSync(path.dirname(project.config.INDEX_DIR), { recursive: true });
    fs.writeFileSync(`${project.config.INDEX_DIR}.lock`, JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), since: 'now' }));
    const r = await runScript('scripts/reindex.ts', [], { cwd: project.root, env: env(project) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Another reindex is already running \(process \d+/);
  });

  it('leaves the previous index loadable when a build is killed midway', async () => {
    project = makeTempProject();
    const first = await runScript('scripts/reindex.ts', ['--json'], { cwd: project.root, env: env(project) });
    const before = JSON.parse(first.stdout).passages as number;
    // Enough new text that embedding takes a while; kill as soon as embedding has begun.
    const sentence = 'Die Verwaltung des Landkreises Nummer %d digitalisiert im Jahr 2030 ihre Akten vollständig. ';
    for (let i = 0; i < 40; i++) {
      fs.writeFileSync(path.join(project.docs, `gross-${i}.txt`), Array.from({ length: 400 }, (_, j) => sentence.replace('%d', String(i * 1000 + j))).join('\n'));
    }
    const child = startScript('scripts/reindex.ts', [], { cwd: project.root, env: env(project) });
    await new Promise<void>((resolve) => {
      child.stderr!.on('data', (d: Buffer) => {
        if (/embedded 0\//.test(d.toString())) resolve();
      });
      child.on('close', () => resolve());
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const index = await loadIndex(project.config.INDEX_DIR, {
      analyzer: new Analyzer(),
      bm25: { k1: 1.2, b: 0.75 },
      hnsw: { m: 16, efConstruction: 100, efSearch: 64 },
      embedder: new OfflineEmbedder({ dimensions: project.config.OFFLINE_DIMENSIONS }).info,
    });
    expect(index.passages).toHaveLength(before);
    // The next run takes over the dead process's lock and finishes.
    const again = await runScript('scripts/reindex.ts', ['--json'], { cwd: project.root, env: env(project) });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).documents.added).toBe(40);
  });
});
