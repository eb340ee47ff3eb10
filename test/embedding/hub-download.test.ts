import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { env } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransformersEmbedder } from '../../src/embedding/transformers-embedder.js';
import { makeTinyModel } from '../support/tiny-model.js';

/**
 * Downloading from a hub, against a fake hub on 127.0.0.1 that serves the tiny model under
 * `/<org>/<name>/resolve/main/<file>`: nothing leaves the machine.
 */
describe('TransformersEmbedder (downloading from a hub)', () => {
  const MODEL = 'test-org/tiny-e5-model';
  let root: string;
  let modelDir: string;
  let server: Server;
  let requests: string[];

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'hub-download-'));
    modelDir = path.join(root, 'served');
    await makeTinyModel(modelDir);
    requests = [];
    server = createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      const prefix = `/${MODEL}/resolve/main/`;
      const file = req.url?.startsWith(prefix) ? path.join(modelDir, decodeURIComponent(req.url.slice(prefix.length))) : '';
      if (!file || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Length': statSync(file).size, 'Content-Type': 'application/octet-stream' });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    env.remoteHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    env.allowRemoteModels = true;
  });

  afterAll(async () => {
    env.allowRemoteModels = false;
    env.remoteHost = 'http://127.0.0.1:9/';
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(root, { recursive: true, force: true });
  });

  it('downloads a missing model into the cache and reports progress lines', async () => {
    const lines: string[] = [];
    const cacheDir = path.join(root, 'cache');
    const e = new TransformersEmbedder({ model: MODEL, cacheDir, onDownloadProgress: (l) => lines.push(l) });
    await e.load();
    expect(e.info).toEqual({ kind: 'transformers', model: MODEL, dimensions: 32 });
    expect(e.prefixes?.query).toBe('query: ');
    expect(existsSync(path.join(cacheDir, MODEL, 'onnx', 'model_quantized.onnx'))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^Downloading model test-org\/tiny-e5-model: onnx\/model_quantized\.onnx 100% \(0\.\d\/0\.\d MB\)$/));
    await e.dispose();
  });

  it('loads a cached model without asking the hub', async () => {
    const cacheDir = path.join(root, 'cache');
    requests.length = 0;
    const lines: string[] = [];
    const e = new TransformersEmbedder({ model: MODEL, cacheDir, onDownloadProgress: (l) => lines.push(l) });
    const v = await e.embedQuery('Breitband');
    expect(v.length).toBe(32);
    expect(requests).toEqual([]);
    expect(lines).toEqual([]);
    await e.dispose();
  });
});
