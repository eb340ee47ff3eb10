import type { Config } from './config.js';
import { AppError, isAppError } from './errors.js';
import { createEmbedder } from './embedding/create-embedder.js';
import type { Embedder } from './embedding/embedder.js';
import type { Logger } from './logger.js';
import { AnswerEngine } from './answer/engine.js';
import { IndexHandle } from './answer/index-handle.js';
import { loadTopics } from './answer/load-topics.js';
import type { AnswerService, ReindexSummary } from './answer/types.js';
import { Analyzer } from './search/analyzer.js';
import type { LoadedIndex } from './search/index-format.js';
import { loadLinguisticResources, type LinguisticResources } from './lexicon/load-linguistic-resources.js';
import { currentVersion, loadIndex, readManifest } from './search/index-store.js';
import { reindex, type ReindexProgress } from './search/reindex.js';
import { withOptionalLlm } from './llm/with-optional-llm.js'; // LLM (#6)
import { checkFreshness, describeStaleness } from './search/check-freshness.js';

export interface OpenOptions {
  logger: Logger;
  /** Build the index when there is none (terminal chat and `ask` do; the bot refuses). */
  buildIfMissing?: boolean;
  onProgress?: (p: ReindexProgress) => void;
  onDownloadProgress?: (line: string) => void;
  /** Use this embedder instead of creating one from the config (tests, benchmarks). */
  embedder?: Embedder;
  /** Linguistic resources already loaded (tests share one set; default: loaded as the config says). */
  resources?: LinguisticResources;
  /** Compare the documents folder with the index and warn when it is out of date (default true). */
  checkFreshness?: boolean;
  /** Ask a question of each kind ahead (default true): for front ends that answer many; `ask` answers one and skips it. */
  warmUp?: boolean;
}

export interface Services {
  /** The extractive engine, or (#6, LLM_BASE_URL + LLM_MODEL set) the engine wrapped for generated, checked answers. */
  engine: AnswerService;
  handle: IndexHandle;
  embedder: Embedder;
  analyzer: Analyzer;
  /** Incremental reindex with the same embedder; the engine reloads after it. */
  reindex: (onProgress?: (p: ReindexProgress) => void) => Promise<ReindexSummary>;
  close: () => Promise<void>;
}

/**
 * Builds the answer engine over the saved index: picks the embedder the index was built with
 * (`EMBEDDINGS=auto`), loads and verifies the index, reads the topics. Wiring only.
 * @throws {AppError} INDEX_MISSING (unless buildIfMissing), INDEX_CORRUPT, INDEX_INCOMPATIBLE,
 *   EMBEDDER_UNAVAILABLE, TOPICS_INVALID, and the reindex errors when building.
 */
/** The optional linguistic resources the config asks for; what is missing is said once, as a warning. */
async function loadResources(config: Config, logger: Logger): Promise<LinguisticResources> {
  const resources = await loadLinguisticResources({
    thesaurusFile: config.THESAURUS_FILE,
    dictionaryFile: config.DICTIONARY_FILE,
    lexicon: config.LEXICON === 'on',
  });
  for (const note of resources.missing) logger.warn(`${note} The bot works without it, with fewer synonyms and translations.`);
  const loaded = Object.entries(resources.versions).map(([k, v]) => `${k}: ${v}`);
  if (loaded.length) logger.info(`Linguistic resources: ${loaded.join('; ')}`);
  return resources;
}

export async function openServices(config: Config, options: OpenOptions): Promise<Services> {
  const { logger } = options;
  const analyzer = new Analyzer();
  const version = await currentVersion(config.INDEX_DIR);
  const manifest = version ? await readManifest(config.INDEX_DIR, version) : undefined;
  const embedder =
    options.embedder ??
    (await createEmbedder(config, {
      logger,
      ...(options.onDownloadProgress ? { onDownloadProgress: options.onDownloadProgress } : {}),
      ...(manifest ? { prefer: manifest.embedder } : {}),
    }));
  const topics = loadTopics(config.TOPICS_FILE);
  const runReindex = (onProgress?: (p: ReindexProgress) => void) =>
    reindex({ config, embedder, logger, analyzer, ...(onProgress ? { onProgress } : {}) });
  if (!manifest) {
    if (!options.buildIfMissing) throw new AppError('INDEX_MISSING', { dir: config.INDEX_DIR });
    logger.info('No index yet: building it now (npm run reindex does the same).');
    await runReindex(options.onProgress);
  }
  const load = (): Promise<LoadedIndex> =>
    loadIndex(config.INDEX_DIR, {
      analyzer,
      bm25: { k1: config.BM25_K1, b: config.BM25_B },
      hnsw: { m: config.HNSW_M, efConstruction: config.HNSW_EF_CONSTRUCTION, efSearch: config.HNSW_EF_SEARCH },
      embedder: embedder.info,
    });
  let initial: LoadedIndex;
  try {
    initial = await load();
  } catch (e) {
    if (isAppError(e, 'INDEX_INCOMPATIBLE') && options.buildIfMissing) {
      logger.warn(`${e.message} Rebuilding it now.`);
      await runReindex(options.onProgress);
      initial = await load();
    } else throw e;
  }
  const handle = new IndexHandle(initial, config.INDEX_DIR, load, logger);
  const resources = options.resources ?? (await loadResources(config, logger));
  if (options.checkFreshness !== false) {
    const stale = describeStaleness(await checkFreshness(config.DOCS_DIR, initial.manifest));
    if (stale) logger.warn(stale);
  }
  const extractive = new AnswerEngine({ config, index: handle, embedder, analyzer, topics, logger, resources, reindex: () => runReindex() });
  // The first questions should not pay for work that does not depend on them.
  const warmed = extractive.warm();
  const warmedUp = options.warmUp === false ? { questions: 0, ms: 0 } : await extractive.warmUp();
  logger.debug(`engine: ${warmed.passages} passages prepared in ${Math.round(warmed.ms)} ms, ${warmedUp.questions} questions asked ahead in ${Math.round(warmedUp.ms)} ms`);
  // LLM (#6): generated answers only when configured; otherwise the plain engine, unchanged.
  const engine = withOptionalLlm(extractive, config, logger);
  return {
    engine,
    handle,
    embedder,
    analyzer,
    reindex: async (onProgress) => {
      const summary = await runReindex(onProgress);
      await handle.refresh();
      return summary;
    },
    close: async () => {
      handle.unwatch();
      await embedder.dispose?.();
    },
  };
}
