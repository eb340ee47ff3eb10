import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_THESAURUS_FILE } from '../../src/lexicon/load-linguistic-resources.js';
import type { Services } from '../../src/services.js';
import { realResource } from '../lexicon/real-resources.js';
import { openEngineOver } from './engine-fixture.js';
import type { TempProject } from './temp-project.js';

// Kept apart from engine-fixture.ts, which scripts import too (scripts/bench-web.ts): this file needs a running vitest.

/**
 * The engine over the given documents for the tests of the calling file: opened before them,
 * closed and removed after them. Returns the engine (call it inside a test).
 */
export function useEngineOver(docs: Record<string, string>, env: Record<string, string> = {}): () => Services['engine'] {
  let opened: { project: TempProject; services: Services } | undefined;
  beforeAll(async () => {
    opened = await openEngineOver(docs, env);
  }, 120_000);
  afterAll(async () => {
    await opened?.services.close();
    opened?.project.cleanup();
  });
  return () => opened!.services.engine;
}

/**
 * Like {@link useEngineOver}, with the lexicon and the installed OpenThesaurus. `run` says whether
 * tests against the real thesaurus run (always in CI, elsewhere where it is installed; see
 * realResource): pass `!run` to `describe.skipIf`. The engine is not opened when they do not.
 */
export function useEngineOverWithThesaurus(docs: Record<string, string>): { run: boolean; engine: () => Services['engine'] } {
  const { run } = realResource(DEFAULT_THESAURUS_FILE, 'openthesaurus-de-text');
  let opened: { project: TempProject; services: Services } | undefined;
  beforeAll(async () => {
    if (run) opened = await openEngineOver(docs, { LEXICON: 'on', THESAURUS_FILE: DEFAULT_THESAURUS_FILE });
  }, 120_000);
  afterAll(async () => {
    await opened?.services.close();
    opened?.project.cleanup();
  });
  return { run, engine: () => opened!.services.engine };
}
