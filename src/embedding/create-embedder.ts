import type { Config } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Embedder } from './embedder.js';
import { OfflineEmbedder } from './offline-embedder.js';
import { TransformersEmbedder } from './transformers-embedder.js';

export type EmbedderConfig = Pick<Config, 'EMBEDDINGS' | 'EMBEDDING_MODEL' | 'MODEL_CACHE_DIR' | 'EMBED_BATCH_SIZE' | 'OFFLINE_DIMENSIONS'>;

export interface CreateEmbedderDeps {
  logger: Logger;
  /** Receives printable download progress lines (the CLI shows them on one line). */
  onDownloadProgress?: (line: string) => void;
  /** The embedder an existing index was built with (from its manifest); `auto` sticks to an offline one. */
  prefer?: { kind: string; model: string };
}

/**
 * Builds the embedder the configuration asks for, ready to use:
 * - `offline`: the hashed n-gram embedder; needs nothing.
 * - `transformers`: loads EMBEDDING_MODEL now (downloading it into MODEL_CACHE_DIR if needed).
 * - `auto`: offline when `prefer` says the index was built offline (so queries match it);
 *   otherwise the transformers model, falling back to offline with ONE warning line that says
 *   how to get the model when it cannot be loaded (no network and no local copy).
 * @throws {AppError} EMBEDDER_UNAVAILABLE in `transformers` mode when the model cannot be loaded
 */
export async function createEmbedder(cfg: EmbedderConfig, deps: CreateEmbedderDeps): Promise<Embedder> {
  const offline = () => new OfflineEmbedder({ dimensions: cfg.OFFLINE_DIMENSIONS });
  if (cfg.EMBEDDINGS === 'offline') return offline();
  if (cfg.EMBEDDINGS === 'auto' && deps.prefer?.kind === 'offline') {
    deps.logger.debug('Using the offline embedder: the existing index was built with it', { prefer: deps.prefer });
    return offline();
  }

  const embedder = new TransformersEmbedder({
    model: cfg.EMBEDDING_MODEL,
    cacheDir: cfg.MODEL_CACHE_DIR,
    batchSize: cfg.EMBED_BATCH_SIZE,
    ...(deps.onDownloadProgress ? { onDownloadProgress: deps.onDownloadProgress } : {}),
  });
  try {
    await embedder.load();
    return embedder;
  } catch (e) {
    const error = isAppError(e, 'EMBEDDER_UNAVAILABLE')
      ? e
      : new AppError('EMBEDDER_UNAVAILABLE', { model: cfg.EMBEDDING_MODEL, reason: e instanceof Error ? e.message : String(e) }, { cause: e });
    if (cfg.EMBEDDINGS === 'transformers') throw error;
    deps.logger.warn(`${error.message} Using the offline embedder (hashed character n-grams) for now.`, {
      model: cfg.EMBEDDING_MODEL,
    });
    return offline();
  }
}
