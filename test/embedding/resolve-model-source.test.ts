import { mkdtemp, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isModelFolder, resolveModelSource } from '../../src/embedding/resolve-model-source.js';
import { makeTinyModel } from '../support/tiny-model.js';

describe('resolveModelSource', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'model-source-'));
    await makeTinyModel(path.join(root, 'both'));
    await makeTinyModel(path.join(root, 'fp32'));
    await unlink(path.join(root, 'fp32', 'onnx', 'model_quantized.onnx'));
    await makeTinyModel(path.join(root, 'cache', 'org', 'cached-model'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('tells folders from hub ids', () => {
    expect(isModelFolder('/abs/model')).toBe(true);
    expect(isModelFolder('./model')).toBe(true);
    expect(isModelFolder('Xenova/multilingual-e5-small')).toBe(false);
  });

  it('prefers the quantized weights of a folder and falls back to fp32', () => {
    expect(resolveModelSource(path.join(root, 'both'), undefined)).toEqual({ kind: 'folder', dir: path.join(root, 'both'), dtype: 'q8' });
    expect(resolveModelSource(path.join(root, 'fp32'), undefined)).toMatchObject({ kind: 'folder', dtype: 'fp32' });
  });

  it('names what a folder lacks', () => {
    expect(resolveModelSource(path.join(root, 'nope'), undefined)).toMatch(/does not exist/);
    expect(resolveModelSource(path.join(root, 'fp32'), undefined, 'q8')).toMatch(/has no onnx\/model_quantized\.onnx/);
  });

  it('knows whether a hub model is complete in the cache', () => {
    const cache = path.join(root, 'cache');
    expect(resolveModelSource('org/cached-model', cache)).toEqual({ kind: 'hub', id: 'org/cached-model', dtype: 'q8', cached: true });
    expect(resolveModelSource('org/other-model', cache)).toEqual({ kind: 'hub', id: 'org/other-model', dtype: 'q8', cached: false });
  });
});
