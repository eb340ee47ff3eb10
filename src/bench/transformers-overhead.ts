import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { env } from '@huggingface/transformers';
import { TransformersEmbedder } from '../embedding/transformers-embedder.js';

/** What the transformers.js path costs apart from the model itself. */
export interface TransformersOverhead {
  passages: number;
  batchSize: number;
  dimensions: number;
  /** Load (pipeline creation + probe pass), ms. */
  loadMs: number;
  embedMs: number;
  passagesPerSecond: number;
  note: string;
}

export const TRANSFORMERS_NOTE =
  'Tiny generated model (embedding lookup + tanh): measures tokenisation, tensor and pipeline overhead only. ' +
  'Model quality and real-model speed cannot be measured on this machine: no real model weights are available offline.';

/**
 * Embeds `texts` with {@link TransformersEmbedder} over a generated tiny model folder (no
 * network: remote models are switched off first), after one warm-up batch.
 * @param makeModel writes a transformers.js-loadable model folder (test/support/tiny-model.ts)
 */
export async function measureTransformersOverhead(
  makeModel: (dir: string) => Promise<void>,
  texts: string[],
  batchSize = 16,
): Promise<TransformersOverhead> {
  env.allowRemoteModels = false;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-tiny-model-'));
  const embedder = new TransformersEmbedder({ model: dir, batchSize, prefixes: null });
  try {
    await makeModel(dir);
    let t = performance.now();
    await embedder.load();
    const loadMs = performance.now() - t;
    await embedder.embedPassages(texts.slice(0, batchSize));
    t = performance.now();
    await embedder.embedPassages(texts);
    const embedMs = performance.now() - t;
    return {
      passages: texts.length,
      batchSize,
      dimensions: embedder.info.dimensions,
      loadMs,
      embedMs,
      passagesPerSecond: (texts.length * 1000) / embedMs,
      note: TRANSFORMERS_NOTE,
    };
  } finally {
    await embedder.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}
