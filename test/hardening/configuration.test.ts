import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import type { TempProject } from '../support/temp-project.js';
import { expectCleanFailure, expectIndexAnswers, indexedProject, run } from './support/faults.js';

let project: TempProject | undefined;
afterEach(() => project?.cleanup());

describe('configuration errors', () => {
  it('name the variable and what is allowed, never its value', () => {
    let error: unknown;
    try {
      loadConfig({ EMBEDDINGS: 'GARB4GE', RETRIEVAL_TOP_K: 'viele', DISCORD_API_URL: 'geheim-kein-url' }, '/app');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/EMBEDDINGS: must be one of auto, transformers, offline/);
    expect(message).toMatch(/RETRIEVAL_TOP_K: must be a number/);
    expect(message).toMatch(/DISCORD_API_URL: must be a URL/);
    for (const value of ['GARB4GE', 'viele', 'geheim-kein-url']) expect(message).not.toContain(value);
  });

  it('treat an empty variable as unset, so the default applies', () => {
    const config = loadConfig({ RETRIEVAL_TOP_K: '', HNSW_M: '  ', EMBEDDINGS: '' }, '/app');
    expect(config).toMatchObject({ RETRIEVAL_TOP_K: 3, HNSW_M: 16, EMBEDDINGS: 'auto' });
  });

  it('npm run ask exits 1 with the message and no stack trace for EMBEDDINGS=GARB4GE', async () => {
    project = await indexedProject();
    const r = await run(project, 'scripts/ask.ts', ['Was ist DOMEA?'], { env: { EMBEDDINGS: 'GARB4GE' } });
    expectCleanFailure(r, 1, /Invalid configuration[\s\S]*EMBEDDINGS: must be one of/);
    expect(r.stderr).not.toContain('GARB4GE');
  }, 60_000);

  it('an empty RETRIEVAL_TOP_K= in .env means the default and the bot answers', async () => {
    project = await indexedProject();
    fs.writeFileSync(path.join(project.root, '.env'), 'RETRIEVAL_TOP_K=\nHISTORY_TURNS=\n');
    await expectIndexAnswers(project);
  }, 60_000);
});

describe('a topics file that is not one', () => {
  it('is reported with line numbers and what is wrong, never the lines themselves (TOPICS_FILE=/etc/shadow)', async () => {
    project = await indexedProject();
    const shadow = path.join(project.root, 'shadow');
    fs.writeFileSync(shadow, Array.from({ length: 30 }, (_, i) => `benutzer${i}:$6$SALZ${i}$GeheimerHashWert${i}:19000:0:99999:7:::`).join('\n') + '\n');
    const r = await run(project, 'scripts/ask.ts', ['Was ist DOMEA?'], { env: { TOPICS_FILE: shadow } });
    expectCleanFailure(r, 1, /topics file .*shadow is invalid:\n\s+line 1: not valid JSON \(one JSON object per line expected\)/);
    expect(r.stderr).not.toMatch(/benutzer|GeheimerHashWert|SALZ/);
    expect(r.stderr).toMatch(/… and 20 more/);
    if (fs.existsSync('/etc/shadow')) {
      const real = await run(project, 'scripts/ask.ts', ['Was ist DOMEA?'], { env: { TOPICS_FILE: '/etc/shadow' } });
      expect(real.code).toBe(1);
      expect(real.stderr).not.toMatch(/root:/);
      expectCleanFailure(real, 1, /\/etc\/shadow/);
    }
  }, 60_000);

  it('that is a folder is reported as unreadable', async () => {
    project = await indexedProject();
    const r = await run(project, 'scripts/ask.ts', ['Was ist DOMEA?'], { env: { TOPICS_FILE: project.docs } });
    expectCleanFailure(r, 1, /The topics file \(TOPICS_FILE\) .* cannot be read \(is a folder, not a file\)/);
  }, 60_000);
});
