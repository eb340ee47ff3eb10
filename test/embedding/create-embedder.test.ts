import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { env } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbedder, type EmbedderConfig } from '../../src/embedding/create-embedder.js';
import type { Embedder } from '../../src/embedding/embedder.js';
import { isAppError } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { makeTinyModel } from '../support/tiny-model.js';

// Nothing may leave the machine: port 9 (discard) on localhost refuses connections at once.
env.allowRemoteModels = false;
env.remoteHost = 'http://127.0.0.1:9/';

const MISSING_HUB_MODEL = 'test-org/never-downloaded-e5-small';

function capturingLogger() {
  const lines: { level: string; msg: string }[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => lines.push(JSON.parse(line) as { level: string; msg: string }) });
  return { logger, lines, warnings: () => lines.filter((l) => l.level === 'warn') };
}

describe('createEmbedder', () => {
  let root: string;
  let modelDir: string;
  const created: Embedder[] = [];
  const cfg = (over: Partial<EmbedderConfig>): EmbedderConfig => ({
    EMBEDDINGS: 'auto',
    EMBEDDING_MODEL: MISSING_HUB_MODEL,
    MODEL_CACHE_DIR: path.join(root, 'cache'),
    EMBED_BATCH_SIZE: 16,
    OFFLINE_DIMENSIONS: 128,
    ...over,
  });
  const create = async (...args: Parameters<typeof createEmbedder>) => {
    const e = await createEmbedder(...args);
    created.push(e);
    return e;
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'create-embedder-'));
    modelDir = path.join(root, 'tiny-model');
    await makeTinyModel(modelDir);
  });

  afterAll(async () => {
    await Promise.all(created.map((e) => e.dispose?.()));
    await rm(root, { recursive: true, force: true });
  });

  it('builds the offline embedder in offline mode without touching any model', async () => {
    const log = capturingLogger();
    const e = await create(cfg({ EMBEDDINGS: 'offline' }), { logger: log.logger });
    expect(e.info).toEqual({ kind: 'offline', model: 'hashed-char-ngrams-v1', dimensions: 128 });
    expect(log.warnings()).toEqual([]);
  });

  it('loads the model at once in transformers mode', async () => {
    const e = await create(cfg({ EMBEDDINGS: 'transformers', EMBEDDING_MODEL: modelDir }), { logger: capturingLogger().logger });
    expect(e.info).toEqual({ kind: 'transformers', model: modelDir, dimensions: 32 });
  });

  it('throws EMBEDDER_UNAVAILABLE with what to do in transformers mode when the model cannot be had', async () => {
    const error = await createEmbedder(cfg({ EMBEDDINGS: 'transformers' }), { logger: capturingLogger().logger }).catch((e: unknown) => e);
    expect(isAppError(error, 'EMBEDDER_UNAVAILABLE')).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain(MISSING_HUB_MODEL);
    expect(message).toContain('Connect to the internet once');
    expect(message).toContain('EMBEDDING_MODEL to a local model folder');
    expect(message).toContain('EMBEDDINGS=offline');
  });

  it('uses the transformers model in auto mode when it loads', async () => {
    const log = capturingLogger();
    const e = await create(cfg({ EMBEDDING_MODEL: modelDir }), { logger: log.logger });
    expect(e.info.kind).toBe('transformers');
    expect(log.warnings()).toEqual([]);
  });

  it('falls back to offline in auto mode with exactly one warning when downloads are disabled', async () => {
    const log = capturingLogger();
    const e = await create(cfg({}), { logger: log.logger });
    expect(e.info.kind).toBe('offline');
    expect(log.warnings()).toHaveLength(1);
    expect(log.warnings()[0]!.msg).toMatch(/never-downloaded-e5-small.*EMBEDDINGS=offline.*offline embedder/s);
  });

  it('falls back to offline quickly in auto mode when the hub is unreachable', async () => {
    env.allowRemoteModels = true; // the hub host is 127.0.0.1:9, which refuses the connection
    try {
      const log = capturingLogger();
      const started = Date.now();
      const e = await create(cfg({}), { logger: log.logger });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(e.info.kind).toBe('offline');
      expect(log.warnings()).toHaveLength(1);
      expect(log.warnings()[0]!.msg).toMatch(/unreachable/);
    } finally {
      env.allowRemoteModels = false;
    }
  });

  it('sticks to offline in auto mode when the existing index was built offline', async () => {
    const log = capturingLogger();
    const e = await create(cfg({ EMBEDDING_MODEL: modelDir }), {
      logger: log.logger,
      prefer: { kind: 'offline', model: 'hashed-char-ngrams-v1' },
    });
    expect(e.info.kind).toBe('offline');
    expect(log.warnings()).toEqual([]);
  });
});
