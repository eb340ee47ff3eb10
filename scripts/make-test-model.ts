/**
 * Writes the tiny BERT-like test model (see test/support/tiny-model.ts) into a folder, so it
 * can be tried with EMBEDDING_MODEL=<folder>. Usage: `npm run make-test-model [-- <folder>]`
 * (default test/fixtures/tiny-model, ignored by git).
 */
import path from 'node:path';
import { makeTinyModel } from '../test/support/tiny-model.js';

const dir = path.resolve(process.argv[2] ?? 'test/fixtures/tiny-model');
await makeTinyModel(dir);
console.log(`Tiny test model written to ${dir}`);
