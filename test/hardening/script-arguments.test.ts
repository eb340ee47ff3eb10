import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempProject, type TempProject } from '../support/temp-project.js';
import { expectCleanFailure, run } from './support/faults.js';

let project: TempProject;
beforeAll(() => {
  project = makeTempProject();
});
afterAll(() => project?.cleanup());

const SCRIPTS = [
  ['npm start', 'src/main.ts'],
  ['npm run reindex', 'scripts/reindex.ts'],
  ['npm run ask', 'scripts/ask.ts'],
  ['npm run eval', 'scripts/eval.ts'],
  ['npm run bench', 'scripts/bench.ts'],
  ['npm run register-commands', 'scripts/register-commands.ts'],
  ['npm run make-test-model', 'scripts/make-test-model.ts'],
  ['npm run web', 'scripts/web.ts'],
  ['npm run bench:web', 'scripts/bench-web.ts'],
] as const;

describe('every script', () => {
  for (const [command, script] of SCRIPTS) {
    it(`${command} prints its usage for --help and exits 0 without doing anything`, async () => {
      const r = await run(project, script, ['--help']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: ${command.replace(/ /g, ' ')}`));
      expect(r.stdout).toMatch(/--help\s+show this text/);
      expect(r.stderr).toBe('');
      expect(fs.existsSync(project.config.INDEX_DIR)).toBe(false); // nothing was built
    }, 60_000);

    it(`${command} refuses an unknown option with the usage and exit code 2`, async () => {
      const r = await run(project, script, ['--bogus']);
      expectCleanFailure(r, 2, /Unknown option '--bogus'[\s\S]*\nusage: /);
      expect(fs.existsSync(project.config.INDEX_DIR)).toBe(false);
    }, 60_000);
  }
});

describe('npm run ask', () => {
  it('says that the question is missing instead of answering an empty one', async () => {
    expectCleanFailure(await run(project, 'scripts/ask.ts', []), 2, /question is missing[\s\S]*usage: npm run ask/);
  }, 60_000);
});

describe('npm run eval', () => {
  it('says that the question file does not exist', async () => {
    const r = await run(project, 'scripts/eval.ts', ['fehlt.jsonl']);
    expectCleanFailure(r, 1, /The question file fehlt\.jsonl cannot be read \(does not exist\)/);
  }, 60_000);

  it('names the line and what is wrong in a broken question file, without its content', async () => {
    const file = path.join(project.root, 'kaputt.jsonl');
    fs.writeFileSync(file, '{"id":"a","question":"Was ist DOMEA?","evidence":["DOMEA"]}\nGEHEIM-ZEILE root:x:0:0\n');
    const r = await run(project, 'scripts/eval.ts', [file]);
    expectCleanFailure(r, 1, /kaputt\.jsonl is invalid:\n\s+line 2: not valid JSON/);
    expect(r.stderr).not.toContain('GEHEIM-ZEILE');
  }, 60_000);

  it('asks for the file when none is given', async () => {
    expectCleanFailure(await run(project, 'scripts/eval.ts', []), 2, /question file \(FILE\.jsonl\) is missing[\s\S]*usage: npm run eval/);
  }, 60_000);
});
