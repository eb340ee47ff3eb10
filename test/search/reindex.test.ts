import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineEmbedder } from '../../src/embedding/offline-embedder.js';
import { isAppError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { Analyzer } from '../../src/search/analyzer.js';
import { PASSAGE_RULES_VERSION } from '../../src/ingest/chunk-document.js';
import { INDEX_FORMAT_VERSION } from '../../src/search/index-format.js';
import { loadIndex } from '../../src/search/index-store.js';
import { reindex } from '../../src/search/reindex.js';
import { acquireReindexLock } from '../../src/search/reindex-lock.js';
import { makePdf } from '../ingest/support/make-pdf.js';
import { makeTempProject, type TempProject } from '../support/temp-project.js';

const embedder = new OfflineEmbedder({ dimensions: 128 });
let project: TempProject | undefined;
afterEach(() => project?.cleanup());

const run = (p: TempProject) => reindex({ config: p.config, embedder, logger: silentLogger });
const load = (p: TempProject, e = embedder) =>
  loadIndex(p.config.INDEX_DIR, { analyzer: new Analyzer(), bm25: { k1: 1.2, b: 0.75 }, hnsw: { m: 16, efConstruction: 100, efSearch: 64 }, embedder: e.info });

describe('reindex', () => {
  it('indexes the default corpus and saves a versioned manifest', async () => {
    project = makeTempProject();
    const summary = await run(project);
    expect(summary.documents).toEqual({ added: 1, changed: 0, unchanged: 0, removed: 0, skipped: 0 });
    expect(summary.passages).toBeGreaterThan(20);
    expect(summary.embedder).toBe('offline:hashed-char-ngrams-v1');
    const index = await load(project);
    expect(index.manifest.formatVersion).toBe(INDEX_FORMAT_VERSION);
    expect(index.manifest.embedder).toEqual(embedder.info);
    expect(index.manifest.documents[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(index.passages).toHaveLength(summary.passages);
  });

  it('embeds only new and changed documents, drops removed ones and reports the rest unchanged', async () => {
    project = makeTempProject();
    const first = await run(project);
    fs.writeFileSync(path.join(project.docs, 'notiz.md'), '# Breitband\n\nDer Breitbandausbau erreicht 2026 alle Ämter des Landkreises Uckerow.\n');
    fs.writeFileSync(path.join(project.docs, 'seite.html'), '<html><head><title>Portal</title><script>var x=1</script></head><body><h1>Portal</h1><p>Das Serviceportal Zwergenhausen startet im Mai 2027.</p></body></html>');
    fs.writeFileSync(path.join(project.docs, 'liste mit ümlaut.txt'), 'Kurze Liste\nDie Gemeinde Quasselbach führt die E-Akte im Jahr 2028 ein.\n');
    fs.writeFileSync(path.join(project.docs, 'bericht.pdf'), makePdf([['Bericht Seite eins über Glasfaser in Wummelstadt.'], ['Seite zwei: Die Leitstelle Wummelstadt öffnet 2029.']]));
    const second = await run(project);
    expect(second.documents).toEqual({ added: 4, changed: 0, unchanged: 1, removed: 0, skipped: 0 });
    expect(second.embedded).toBe(second.passages - first.passages);

    fs.appendFileSync(path.join(project.docs, 'notiz.md'), '\nDie Förderung beträgt 12 Millionen Euro.\n');
    fs.rmSync(path.join(project.docs, 'seite.html'));
    const third = await run(project);
    expect(third.documents).toEqual({ added: 0, changed: 1, unchanged: 3, removed: 1, skipped: 0 });
    const index = await load(project);
    expect(index.passages.some((p) => p.text.includes('Zwergenhausen'))).toBe(false);
    expect(index.keyword.search('Zwergenhausen', 3)).toEqual([]);
    const pdfPassage = index.passages.find((p) => p.text.includes('Leitstelle'));
    expect(pdfPassage?.pageEnd ?? pdfPassage?.page).toBe(2);
    // A removed document's vectors are gone from vector search, too.
    const labels = new Set(index.passages.map((p) => p.label));
    const v = await embedder.embedQuery('Serviceportal Zwergenhausen');
    for (const hit of index.vectors.search(v, 50)) expect(labels.has(hit.label)).toBe(true);
  });

  it('re-cuts every document when the index was cut with older sentence rules', async () => {
    project = makeTempProject();
    await run(project);
    // An index from before the sentence rules were recorded: its manifest has no version of them.
    const dir = path.join(project.config.INDEX_DIR, fs.readFileSync(path.join(project.config.INDEX_DIR, 'CURRENT'), 'utf8').trim());
    const manifestFile = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    delete manifest.chunker.sentenceRules;
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    // It still loads, and the next reindex cuts everything anew.
    await load(project);
    const again = await run(project);
    expect(again.documents.unchanged).toBe(0);
    expect((await load(project)).manifest.chunker.sentenceRules).toBe(PASSAGE_RULES_VERSION);
  });

  it('keeps deleted vector slots after a small change and compacts the graph after a large one', async () => {
    project = makeTempProject();
    fs.writeFileSync(path.join(project.docs, 'klein.txt'), 'Klein\nDie Leitstelle Wummelstadt öffnet 2029.\n');
    await run(project);
    fs.writeFileSync(path.join(project.docs, 'klein.txt'), 'Klein\nDie Leitstelle Wummelstadt öffnet erst 2030.\n');
    await run(project);
    let index = await load(project);
    expect(index.vectors.count).toBe(index.passages.length + 2); // two tombstones (the changed document's headline and body), tolerated
    fs.appendFileSync(path.join(project.docs, 'kommune21-cio-serie-mecklenburg-vorpommern.txt'), '\nNachtrag\nEin neuer Absatz über das Bürgerportal.\n');
    await run(project);
    index = await load(project);
    expect(index.vectors.count).toBe(index.passages.length); // rebuilt without tombstones
    const v = await embedder.embedQuery('Leitstelle Wummelstadt 2030');
    const top = index.vectors.search(v, 1)[0]!;
    expect(index.passages[index.ordinalOfLabel.get(top.label)!]!.text).toContain('2030');
  });

  it('fails with a clear message when there is no usable document, and when the folder is missing', async () => {
    project = makeTempProject({ withDefaultCorpus: false });
    fs.writeFileSync(path.join(project.docs, 'leer.txt'), '');
    fs.writeFileSync(path.join(project.docs, 'bild.png'), Buffer.from([137, 80, 78, 71]));
    await expect(run(project)).rejects.toSatisfy((e) => isAppError(e, 'NO_USABLE_DOCUMENTS') && /2 file\(s\) skipped/.test((e as Error).message));
    fs.rmSync(project.docs, { recursive: true });
    await expect(run(project)).rejects.toSatisfy((e) => isAppError(e, 'DOCS_DIR_MISSING'));
  });

  it('refuses to run while another reindex holds the lock, and takes over a lock left by a dead process', async () => {
    project = makeTempProject();
    const release = await acquireReindexLock(`${project.config.INDEX_DIR}.lock`);
    await expect(run(project)).rejects.toSatisfy((e) => isAppError(e, 'REINDEX_RUNNING') && /already running/.test((e as Error).message));
    await release();
    fs.writeFileSync(`${project.config.INDEX_DIR}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), since: 'gestern' }));
    await expect(run(project)).resolves.toMatchObject({ passages: expect.any(Number) });
    expect(fs.existsSync(`${project.config.INDEX_DIR}.lock`)).toBe(false);
  });
});

describe('loadIndex', () => {
  it('reports a missing index with what to run', async () => {
    project = makeTempProject();
    await expect(load(project)).rejects.toThrow(/npm run reindex/);
  });

  it('names a truncated or corrupt index file and says what to run', async () => {
    project = makeTempProject();
    await run(project);
    const version = fs.readFileSync(path.join(project.config.INDEX_DIR, 'CURRENT'), 'utf8').trim();
    const dir = path.join(project.config.INDEX_DIR, version);
    for (const file of ['vectors.hnsw', 'passages.json', 'keyword.bin']) {
      const original = fs.readFileSync(path.join(dir, file));
      fs.writeFileSync(path.join(dir, file), original.subarray(0, original.length >> 1));
      await expect(load(project)).rejects.toSatisfy(
        (e) => isAppError(e, 'INDEX_CORRUPT') && (e as Error).message.includes(file) && /npm run reindex/.test((e as Error).message),
      );
      const flipped = Buffer.from(original);
      flipped[flipped.length - 1]! ^= 0xff;
      fs.writeFileSync(path.join(dir, file), flipped);
      await expect(load(project)).rejects.toThrow(/checksum/);
      fs.writeFileSync(path.join(dir, file), original);
    }
    fs.writeFileSync(path.join(dir, 'manifest.json'), '{"formatVersion": 1, "broken');
    await expect(load(project)).rejects.toThrow(/manifest\.json.*not valid JSON/);
  });

  it('refuses an index built by another embedder or format version', async () => {
    project = makeTempProject();
    await run(project);
    await expect(load(project, new OfflineEmbedder({ dimensions: 64 }))).rejects.toSatisfy(
      (e) => isAppError(e, 'INDEX_INCOMPATIBLE') && /64 dimensions/.test((e as Error).message) && /npm run reindex/.test((e as Error).message),
    );
    const version = fs.readFileSync(path.join(project.config.INDEX_DIR, 'CURRENT'), 'utf8').trim();
    const mf = path.join(project.config.INDEX_DIR, version, 'manifest.json');
    fs.writeFileSync(mf, fs.readFileSync(mf, 'utf8').replace(`"formatVersion": ${INDEX_FORMAT_VERSION}`, '"formatVersion": 99'));
    await expect(load(project)).rejects.toThrow(/format version 99.*npm run reindex/);
  });

  it('keeps searching with a rebuilt index after an incompatible one (embedder switch rebuilds everything)', async () => {
    project = makeTempProject();
    await run(project);
    const other = new OfflineEmbedder({ dimensions: 64 });
    const summary = await reindex({ config: project.config, embedder: other, logger: silentLogger });
    expect(summary.embedded).toBe(summary.passages);
    const index = await load(project, other);
    expect(index.vectors.dimensions).toBe(64);
  });
});
