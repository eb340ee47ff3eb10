import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** Weight precision asked of transformers.js: `q8` loads `onnx/model_quantized.onnx`, `fp32` `onnx/model.onnx`. */
export type ModelDtype = 'q8' | 'fp32';

/** Where a model comes from, decided before transformers.js is asked to load it. */
export type ModelSource =
  | {
      kind: 'folder';
      /** Absolute folder path. */
      dir: string;
      dtype: ModelDtype;
    }
  | {
      kind: 'hub';
      id: string;
      dtype: ModelDtype;
      /** True when every file needed is in the cache folder, so no network is needed. */
      cached: boolean;
    };

const ONNX_FILE: Record<ModelDtype, string> = { q8: 'onnx/model_quantized.onnx', fp32: 'onnx/model.onnx' };
const TEXT_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];

/** True when `model` names a folder rather than a hub id (same rule as config.ts, plus "is a directory"). */
export function isModelFolder(model: string): boolean {
  if (path.isAbsolute(model) || model.startsWith('./') || model.startsWith('../') || model === '.') return true;
  try {
    return statSync(model).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Classifies a model reference and picks the weights file. A folder gets `q8` when it has
 * `onnx/model_quantized.onnx`, else `fp32`; a hub id gets `q8` unless only the fp32 weights
 * are cached. An explicit `dtype` wins.
 * @param model hub id or folder (absolute, or relative to the working directory)
 * @param cacheDir where transformers.js caches downloads (`<cacheDir>/<id>/...`)
 * @returns the source, or a string saying what is missing (a folder without the needed files)
 */
export function resolveModelSource(model: string, cacheDir: string | undefined, dtype?: ModelDtype): ModelSource | string {
  if (isModelFolder(model)) {
    const dir = path.resolve(model);
    if (!existsSync(dir)) return `the folder ${dir} does not exist`;
    const missing = TEXT_FILES.filter((f) => !existsSync(path.join(dir, f)));
    if (missing.length) return `the folder ${dir} has no ${missing.join(', ')}`;
    const chosen = dtype ?? (existsSync(path.join(dir, ONNX_FILE.q8)) ? 'q8' : 'fp32');
    if (!existsSync(path.join(dir, ONNX_FILE[chosen]))) return `the folder ${dir} has no ${ONNX_FILE[chosen]}`;
    return { kind: 'folder', dir, dtype: chosen };
  }
  const has = (d: ModelDtype) =>
    cacheDir !== undefined && [...TEXT_FILES, ONNX_FILE[d]].every((f) => existsSync(path.join(cacheDir, model, f)));
  if (dtype) return { kind: 'hub', id: model, dtype, cached: has(dtype) };
  if (has('q8')) return { kind: 'hub', id: model, dtype: 'q8', cached: true };
  if (has('fp32')) return { kind: 'hub', id: model, dtype: 'fp32', cached: true };
  return { kind: 'hub', id: model, dtype: 'q8', cached: false };
}
