import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { TempProject } from '../support/temp-project.js';
import { expectCleanFailure, expectIndexAnswers, indexedProject, run } from './support/faults.js';

let project: TempProject | undefined;
afterEach(() => project?.cleanup());

const current = (p: TempProject) => path.join(p.config.INDEX_DIR, 'CURRENT');
const liveVersion = (p: TempProject) => fs.readFileSync(current(p), 'utf8').trim();

describe('the CURRENT file of the index', () => {
  it('is not followed outside INDEX_DIR when it names ../../../etc; reindex repairs it', async () => {
    project = await indexedProject();
    // A manifest where CURRENT would lead: reading it would be following the path.
    fs.writeFileSync(current(project), '../../../etc\n');
    const ask = await run(project, 'scripts/ask.ts', ['Was ist DOMEA?']);
    expectCleanFailure(ask, 1, /CURRENT is damaged \(it does not name a version folder.*\)\. Run `npm run reindex`/);
    expect(ask.stderr).not.toContain('../../../etc');
    const reindex = await run(project, 'scripts/reindex.ts', []);
    expect(reindex.code, reindex.stderr).toBe(0);
    await expectIndexAnswers(project);
  }, 90_000);

  it('being a folder gives a message in ask, start and reindex, and reindex recovers', async () => {
    project = await indexedProject();
    fs.rmSync(current(project));
    fs.mkdirSync(current(project));
    const message = /CURRENT is damaged \(it is a folder, not a file\)\. Run `npm run reindex`/;
    expectCleanFailure(await run(project, 'scripts/ask.ts', ['Was ist DOMEA?']), 1, message);
    expectCleanFailure(await run(project, 'src/main.ts', [], { input: 'Was ist DOMEA?\n' }), 1, message);
    expectCleanFailure(await run(project, 'src/main.ts', [], { env: { DISCORD_TOKEN: 'x'.repeat(30) } }), 1, message);
    const reindex = await run(project, 'scripts/reindex.ts', ['--json']);
    expect(reindex.code, reindex.stderr).toBe(0);
    expect(fs.statSync(current(project)).isFile()).toBe(true);
    await expectIndexAnswers(project);
  }, 120_000);
});

describe('INDEX_DIR that cannot hold an index', () => {
  for (const [label, dirOf, reason] of [
    ['/proc/x', () => '/proc/x', /The index folder \/proc\/x cannot be used \(it cannot be created/],
    ['a file (like /etc/hostname)', (p: TempProject) => path.join(p.root, 'hostname'), /The index folder .*hostname cannot be used \(it (is a file|is not a folder)/],
  ] as const) {
    it(`is reported by reindex, ask and start when it is ${label}, and nothing is written next to it`, async () => {
      project = await indexedProject();
      fs.writeFileSync(path.join(project.root, 'hostname'), 'egov-host\n');
      const env = { INDEX_DIR: dirOf(project) };
      expectCleanFailure(await run(project, 'scripts/reindex.ts', [], { env }), 1, reason);
      expectCleanFailure(await run(project, 'scripts/ask.ts', ['Was ist DOMEA?'], { env }), 1, reason);
      expectCleanFailure(await run(project, 'src/main.ts', [], { env, input: 'Was ist DOMEA?\n' }), 1, reason);
      expectCleanFailure(await run(project, 'src/main.ts', [], { env: { ...env, DISCORD_TOKEN: 'x'.repeat(30) } }), 1, reason);
      expect(fs.existsSync(`${env.INDEX_DIR}.lock`)).toBe(false);
      expect(fs.readFileSync(path.join(project.root, 'hostname'), 'utf8')).toBe('egov-host\n');
      await expectIndexAnswers(project); // the configured index is untouched
    }, 120_000);
  }
});

describe('a vector graph whose header is damaged but whose checksum matches', () => {
  it('is reported as damaged with the advice to run npm run reindex, which repairs it', async () => {
    project = await indexedProject();
    const dir = path.join(project.config.INDEX_DIR, liveVersion(project));
    const file = path.join(dir, 'vectors.hnsw');
    const bytes = fs.readFileSync(file);
    bytes.writeBigUInt64LE(1_000_000n, 16); // element count in the hnswlib header
    fs.writeFileSync(file, bytes);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    manifest.files['vectors.hnsw'].crc32 = zlib.crc32(bytes);
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const ask = await run(project, 'scripts/ask.ts', ['Was ist DOMEA?']);
    expectCleanFailure(ask, 1, /vectors\.hnsw is damaged \(the vector graph cannot be read\)\. Run `npm run reindex`/);
    expect(ask.stderr).not.toMatch(/Hnswlib Error/);
    expect((await run(project, 'scripts/reindex.ts', [])).code).toBe(0);
    await expectIndexAnswers(project);
  }, 90_000);
});
