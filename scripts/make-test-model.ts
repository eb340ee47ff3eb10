/**
 * Writes the tiny BERT-like test model (see test/support/tiny-model.ts) into a folder, so it
 * can be tried with EMBEDDING_MODEL=<folder>. Usage: `npm run make-test-model [-- <folder>]`
 * (default test/fixtures/tiny-model, ignored by git).
 */
import path from 'node:path';
import { runScript } from '../src/cli/run-script.js';
import { makeTinyModel } from '../test/support/tiny-model.js';

const usage = `usage: npm run make-test-model [-- FOLDER]
Writes the tiny ONNX test model used by the tests into FOLDER (default test/fixtures/tiny-model);
try it with EMBEDDINGS=transformers EMBEDDING_MODEL=FOLDER.
  --help   show this text`;

await runScript({ usage, options: {}, positionals: { min: 0, max: 1, name: 'folder' } }, async ({ positionals }) => {
  const dir = path.resolve(positionals[0] ?? 'test/fixtures/tiny-model');
  await makeTinyModel(dir);
  process.stdout.write(`Tiny test model written to ${dir}\n`);
});
