import { afterAll, beforeAll } from 'vitest';
import type { Services } from '../../src/services.js';
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
