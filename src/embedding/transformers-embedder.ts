import path from 'node:path';
import type { FeatureExtractionPipeline, Tensor } from '@huggingface/transformers';
import { AppError } from '../errors.js';
import type { EmbedProgress, Embedder, EmbedderInfo } from './embedder.js';
import { defaultPrefixes, type EmbeddingPrefixes } from './embedding-prefixes.js';
import { formatDownloadProgress } from './format-download-progress.js';
import { probeModelHub } from './probe-model-hub.js';
import { resolveModelSource, type ModelDtype, type ModelSource } from './resolve-model-source.js';

export interface TransformersEmbedderOptions {
  /** Hub id (e.g. `Xenova/multilingual-e5-small`) or a model folder, absolute or relative to the working directory. */
  model: string;
  /** Download cache (config MODEL_CACHE_DIR). Default: transformers.js `env.cacheDir`. */
  cacheDir?: string;
  /** Texts per forward pass (config EMBED_BATCH_SIZE). Default 16. */
  batchSize?: number;
  /** Weights to load. Default: `q8` (onnx/model_quantized.onnx), `fp32` when a folder only has onnx/model.onnx. */
  dtype?: ModelDtype;
  /** Query/passage prefixes; `null` for none. Default: `query: `/`passage: ` for e5 models, none otherwise. */
  prefixes?: EmbeddingPrefixes | null;
  /** Receives a ready-to-print line (see {@link formatDownloadProgress}) while model files download. */
  onDownloadProgress?: (line: string) => void;
  /** How long the reachability check of the hub may take before a download, in ms. Default 5000. */
  hubProbeTimeoutMs?: number;
}

/** The subset of transformers.js progress events this class reads. */
interface ProgressEvent {
  status: string;
  file?: string;
  loaded?: number;
  total?: number;
}

/**
 * Sentence embeddings from a transformers.js feature-extraction model (ONNX, CPU): mean
 * pooling over tokens, L2-normalised. The pipeline is created on first use, or up front with
 * {@link TransformersEmbedder.load} (which also learns `info.dimensions`; it is 0 before).
 *
 * A folder is loaded with `local_files_only`, and a hub model already in the cache too, so
 * neither touches the network. Only a hub model missing from the cache is downloaded, after a
 * quick reachability check of the hub so that an offline machine fails in milliseconds.
 *
 * Throughput with the test suite's tiny model (32 dims, batch 16, ~500-char passages) is
 * about 2,000 passages/s; that measures tokenisation and pipeline overhead, not a real model.
 */
export class TransformersEmbedder implements Embedder {
  /** Prefixes applied to every query / passage (null: none). */
  readonly prefixes: EmbeddingPrefixes | null;
  private readonly model: string;
  private readonly batchSize: number;
  private pipe: FeatureExtractionPipeline | undefined;
  private loading: Promise<FeatureExtractionPipeline> | undefined;
  private dimensions = 0;

  constructor(private readonly options: TransformersEmbedderOptions) {
    this.model = options.model;
    this.batchSize = Math.max(1, Math.floor(options.batchSize ?? 16));
    this.prefixes = options.prefixes === undefined ? defaultPrefixes(options.model) : options.prefixes;
  }

  get info(): EmbedderInfo {
    return { kind: 'transformers', model: this.model, dimensions: this.dimensions };
  }

  /**
   * Loads the model now (idempotent; concurrent calls share one load).
   * @throws {AppError} EMBEDDER_UNAVAILABLE with the reason (not cached and hub unreachable,
   *   folder incomplete, model not runnable)
   */
  async load(): Promise<void> {
    await this.pipeline();
  }

  async embedPassages(texts: string[], onProgress?: (p: EmbedProgress) => void): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const prefix = this.prefixes?.passage ?? '';
    const out: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      const batch = texts.slice(start, start + this.batchSize).map((t) => prefix + t);
      out.push(...(await this.run(batch)));
      onProgress?.({ done: out.length, total: texts.length });
    }
    return out;
  }

  /** Embeds a question (with the query prefix). Term weights are not used by this embedder. */
  async embedQuery(text: string): Promise<Float32Array> {
    const [v] = await this.run([(this.prefixes?.query ?? '') + text]);
    return v!;
  }

  async dispose(): Promise<void> {
    const pipe = this.pipe;
    this.pipe = undefined;
    this.loading = undefined;
    await pipe?.dispose();
  }

  /** One forward pass: mean-pooled, normalised rows (copied out of the output tensor). */
  private async run(texts: string[]): Promise<Float32Array[]> {
    const pipe = await this.pipeline();
    const tensor: Tensor = await pipe(texts, { pooling: 'mean', normalize: true });
    const data = tensor.data as Float32Array;
    const width = Number(tensor.dims[tensor.dims.length - 1]);
    const rows: Float32Array[] = [];
    for (let i = 0; i < texts.length; i++) rows.push(data.slice(i * width, (i + 1) * width));
    return rows;
  }

  private pipeline(): Promise<FeatureExtractionPipeline> {
    if (this.pipe) return Promise.resolve(this.pipe);
    this.loading ??= this.create().then(
      (pipe) => (this.pipe = pipe),
      (e: unknown) => {
        this.loading = undefined; // a later call may retry, e.g. once the network is back
        throw e;
      },
    );
    return this.loading;
  }

  private async create(): Promise<FeatureExtractionPipeline> {
    // Imported on first use: transformers.js and onnxruntime take ~0.3 s to load, which every
    // run with the offline embedder (and every `npm run ask`) would otherwise pay.
    const { env, pipeline } = await import('@huggingface/transformers');
    const cacheDir = this.options.cacheDir ?? env.cacheDir ?? undefined;
    const unavailable = (reason: string, cause?: unknown) =>
      new AppError('EMBEDDER_UNAVAILABLE', { model: this.model, reason }, { cause });
    const source = resolveModelSource(this.model, cacheDir, this.options.dtype);
    if (typeof source === 'string') throw unavailable(source);

    const downloading = source.kind === 'hub' && !source.cached;
    if (downloading) {
      const notCached = `it is not in the cache ${cacheDir ?? '(none)'}`;
      if (!env.allowRemoteModels) throw unavailable(`${notCached} and downloads are disabled`);
      const unreachable = await probeModelHub(env.remoteHost, this.options.hubProbeTimeoutMs ?? 5000);
      if (unreachable) throw unavailable(`${notCached} and ${unreachable}`);
    }

    let pipe: FeatureExtractionPipeline;
    try {
      pipe = await pipeline('feature-extraction', source.kind === 'folder' ? source.dir : source.id, {
        dtype: source.dtype,
        ...(cacheDir ? { cache_dir: cacheDir } : {}),
        local_files_only: !downloading,
        ...(downloading && this.options.onDownloadProgress ? { progress_callback: this.progressReporter(source.id) } : {}),
      });
    } catch (e) {
      throw unavailable(loadFailure(e, source, cacheDir), e);
    }

    // The real output width (a probe pass also proves the model runs before anyone relies on it).
    try {
      const probe: Tensor = await pipe(['dimension probe'], { pooling: 'mean', normalize: true });
      this.dimensions = Number(probe.dims[probe.dims.length - 1]);
    } catch (e) {
      await pipe.dispose().catch(() => undefined);
      throw unavailable(`the model does not run: ${firstLine(e)}`, e);
    }
    return pipe;
  }

  /** Turns transformers.js progress events into lines, at most one per whole percent and file. */
  private progressReporter(model: string): (event: ProgressEvent) => void {
    const report = this.options.onDownloadProgress!;
    const lastPercent = new Map<string, number>();
    return (event) => {
      if (event.status !== 'progress' || !event.file) return;
      const loaded = event.loaded ?? 0;
      const total = event.total ?? 0;
      const percent = total > 0 ? Math.floor((loaded / total) * 100) : Math.floor(loaded / (1024 * 1024));
      if (lastPercent.get(event.file) === percent) return;
      lastPercent.set(event.file, percent);
      report(formatDownloadProgress({ model, file: event.file, loaded, total }));
    };
  }
}

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const line = msg.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

function loadFailure(e: unknown, source: ModelSource, cacheDir: string | undefined): string {
  const why = firstLine(e);
  if (source.kind === 'hub' && source.cached) {
    return `loading the cached copy failed: ${why}; if a download was interrupted, delete ${path.join(cacheDir ?? '.', source.id)} and try again`;
  }
  return why;
}
