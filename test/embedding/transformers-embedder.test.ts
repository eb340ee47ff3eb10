import { mkdtemp, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { env, pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransformersEmbedder } from '../../src/embedding/transformers-embedder.js';
import { isAppError } from '../../src/errors.js';
import { makeTinyModel } from '../support/tiny-model.js';

// Nothing may leave the machine: no remote models, and a hub address that refuses connections.
env.allowRemoteModels = false;
env.remoteHost = 'http://127.0.0.1:9/';

const norm = (v: Float32Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const TEXTS = [
  'Die Einführung der E-Akte',
  'Breitband für alle Schulen',
  'OZG Umsetzung im Land',
  'Wer betreibt das Portal?',
  'data access online',
  'Glasfaser und Mobilfunk',
  'x',
  'Digitalisierung der Verwaltung in den Kommunen und Landkreisen des Landes',
];

describe('TransformersEmbedder', () => {
  let root: string;
  let plainDir: string;
  let e5Dir: string;
  let fp32Dir: string;
  let rawE5: FeatureExtractionPipeline;
  const embedders: TransformersEmbedder[] = [];
  const make = (options: ConstructorParameters<typeof TransformersEmbedder>[0]) => {
    const e = new TransformersEmbedder({ cacheDir: path.join(root, 'cache'), ...options });
    embedders.push(e);
    return e;
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'transformers-embedder-'));
    plainDir = path.join(root, 'tiny-model');
    e5Dir = path.join(root, 'tiny-e5-model');
    fp32Dir = path.join(root, 'tiny-fp32-model');
    await makeTinyModel(plainDir);
    await makeTinyModel(e5Dir, { hiddenSize: 24, seed: 7 });
    await makeTinyModel(fp32Dir);
    await unlink(path.join(fp32Dir, 'onnx', 'model_quantized.onnx'));
    rawE5 = await pipeline('feature-extraction', e5Dir, { dtype: 'q8', local_files_only: true });
  });

  afterAll(async () => {
    await Promise.all(embedders.map((e) => e.dispose()));
    await rawE5?.dispose();
    await rm(root, { recursive: true, force: true });
  });

  it('loads a model from a local folder and learns its dimensions from it', async () => {
    const e = make({ model: plainDir });
    expect(e.info.dimensions).toBe(0);
    await e.load();
    expect(e.info).toEqual({ kind: 'transformers', model: plainDir, dimensions: 32 });
    const e5 = make({ model: e5Dir });
    await e5.load();
    expect(e5.info.dimensions).toBe(24);
  });

  it('accepts a folder given relative to the working directory', async () => {
    const relative = path.relative(process.cwd(), plainDir);
    const e = make({ model: relative });
    const [v] = await e.embedPassages(['Einführung']);
    expect(v!.length).toBe(32);
  });

  it('loads lazily on first use', async () => {
    const e = make({ model: plainDir });
    const v = await e.embedQuery('Breitband');
    expect(v.length).toBe(32);
    expect(e.info.dimensions).toBe(32);
  });

  it('returns unit-length vectors that differ between different texts', async () => {
    const e = make({ model: plainDir });
    const vectors = await e.embedPassages(TEXTS);
    expect(vectors).toHaveLength(TEXTS.length);
    for (const v of vectors) expect(norm(v)).toBeCloseTo(1, 5);
    expect(Array.from(vectors[0]!)).not.toEqual(Array.from(vectors[1]!));
  });

  it('applies the query: prefix of e5 models to questions', async () => {
    const e = make({ model: e5Dir });
    expect(e.prefixes).toEqual({ query: 'query: ', passage: 'passage: ' });
    const text = 'Wann wurde die E-Akte eingeführt?';
    const query = await e.embedQuery(text);
    const raw = await rawE5(['query: ' + text], { pooling: 'mean', normalize: true });
    Array.from(raw.data as Float32Array).forEach((x, i) => expect(query[i]).toBeCloseTo(x, 6));
    const [passage] = await e.embedPassages([text]);
    expect(Array.from(query)).not.toEqual(Array.from(passage!));
  });

  it('applies the passage: prefix of e5 models to passages', async () => {
    const e = make({ model: e5Dir });
    const [passage] = await e.embedPassages(['Breitband für alle']);
    const raw = await rawE5(['passage: Breitband für alle'], { pooling: 'mean', normalize: true });
    Array.from(raw.data as Float32Array).forEach((x, i) => expect(passage![i]).toBeCloseTo(x, 6));
  });

  it('uses no prefixes for other models, or when told so', async () => {
    const plain = make({ model: plainDir });
    expect(plain.prefixes).toBeNull();
    expect(Array.from(await plain.embedQuery('Portal'))).toEqual(Array.from((await plain.embedPassages(['Portal']))[0]!));
    const e5WithoutPrefixes = make({ model: e5Dir, prefixes: null });
    expect(Array.from(await e5WithoutPrefixes.embedQuery('Portal'))).toEqual(
      Array.from((await e5WithoutPrefixes.embedPassages(['Portal']))[0]!),
    );
  });

  it('gives the same vectors in batches of 3 as one by one', async () => {
    const batched = make({ model: plainDir, batchSize: 3 });
    const single = make({ model: plainDir, batchSize: 1 });
    const progress: number[] = [];
    const a = await batched.embedPassages(TEXTS, (p) => progress.push(p.done));
    const b: Float32Array[] = [];
    for (const t of TEXTS) b.push(...(await single.embedPassages([t])));
    expect(progress).toEqual([3, 6, 8]);
    a.forEach((v, i) => v.forEach((x, j) => expect(x).toBeCloseTo(b[i]![j]!, 5)));
  });

  it('falls back to the fp32 weights when a folder has no quantized model', async () => {
    const e = make({ model: fp32Dir });
    const [v] = await e.embedPassages(['Einführung']);
    const [w] = await make({ model: plainDir }).embedPassages(['Einführung']);
    // Same seed and size, so the fp32-only copy must give the same vector.
    v!.forEach((x, i) => expect(x).toBeCloseTo(w![i]!, 6));
  });

  it('says what is missing when a folder is not a model', async () => {
    const e = make({ model: root });
    const error = await e.load().catch((err: unknown) => err);
    expect(isAppError(error, 'EMBEDDER_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain('has no config.json');
  });

  it('fails at once for a hub model that is neither cached nor downloadable', async () => {
    const e = make({ model: 'test-org/not-cached-e5-model' });
    const started = Date.now();
    const error = await e.embedQuery('x').catch((err: unknown) => err);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(isAppError(error, 'EMBEDDER_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toMatch(/not in the cache .* downloads are disabled/);
  });
});
