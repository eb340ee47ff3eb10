import { AppError, describeSystemError, isAppError } from '../errors.js';
import type { Config } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import { chunkDocument, PASSAGE_RULES_VERSION, type ChunkOptions } from '../ingest/chunk-document.js';
import { loadDocuments } from '../ingest/load-documents.js';
import type { Passage, SourceDocument } from '../ingest/types.js';
import type { Logger } from '../logger.js';
import type { ReindexSummary } from '../answer/types.js';
import { Analyzer } from './analyzer.js';
import { indexText, type IndexManifest, type LoadedIndex, type StoredPassage } from './index-format.js';
import { ensureIndexDir, loadIndex, writeIndex } from './index-store.js';
import { KeywordIndex, type ForwardRef } from './keyword-index.js';
import { acquireReindexLock } from './reindex-lock.js';
import { VectorIndex } from './vector-index.js';

export type ReindexConfig = Pick<
  Config,
  | 'DOCS_DIR'
  | 'INDEX_DIR'
  | 'CHUNK_TARGET_CHARS'
  | 'CHUNK_MAX_CHARS'
  | 'CHUNK_OVERLAP_SENTENCES'
  | 'HNSW_M'
  | 'HNSW_EF_CONSTRUCTION'
  | 'HNSW_EF_SEARCH'
  | 'BM25_K1'
  | 'BM25_B'
  | 'MAX_PASSAGES_PER_DOCUMENT'
>;

/** Progress of a reindex, for a progress bar or log lines. */
export interface ReindexProgress {
  phase: 'scan' | 'embed' | 'write';
  /** Documents read (scan) or passages embedded (embed). */
  done: number;
  total: number;
  documents: number;
  passages: number;
}

export interface ReindexDeps {
  config: ReindexConfig;
  embedder: Embedder;
  logger: Logger;
  onProgress?: (p: ReindexProgress) => void;
  /** Shared analyzer (its stem cache); a new one otherwise. */
  analyzer?: Analyzer;
}

const EMBED_SLICE = 256;

/**
 * Builds the index incrementally: unchanged documents (same content hash, same settings)
 * keep their passages, keyword terms and vectors; new and changed documents are chunked and
 * embedded; removed ones disappear. Holds the reindex lock and swaps the new version in
 * atomically, so readers and crashes never see a half-built index.
 * @throws {AppError} DOCS_DIR_MISSING, DOCS_DIR_NOT_A_FOLDER, NO_USABLE_DOCUMENTS, REINDEX_RUNNING,
 *   INDEX_DIR_UNUSABLE.
 */
export async function reindex(deps: ReindexDeps): Promise<ReindexSummary> {
  const { config, embedder, logger } = deps;
  const started = performance.now();
  await ensureIndexDir(config.INDEX_DIR);
  const release = await acquireReindexLock(`${config.INDEX_DIR}.lock`).catch((e: unknown) => {
    if (isAppError(e)) throw e;
    throw new AppError('INDEX_DIR_UNUSABLE', { dir: config.INDEX_DIR, reason: `the lock file cannot be written: ${describeSystemError(e)}` }, { cause: e });
  });
  try {
    const analyzer = deps.analyzer ?? new Analyzer();
    const chunker = {
      targetChars: config.CHUNK_TARGET_CHARS,
      maxChars: config.CHUNK_MAX_CHARS,
      overlapSentences: config.CHUNK_OVERLAP_SENTENCES,
      sentenceRules: PASSAGE_RULES_VERSION,
    };
    const hnsw = { m: config.HNSW_M, efConstruction: config.HNSW_EF_CONSTRUCTION, efSearch: config.HNSW_EF_SEARCH };
    const bm25 = { k1: config.BM25_K1, b: config.BM25_B };
    const prev = await loadReusable(deps, analyzer, chunker);
    const prevDocs = new Map((prev?.manifest.documents ?? []).map((d) => [d.id, d]));

    // Files whose hash the previous index already has are not even parsed.
    const loaded = await loadDocuments(config.DOCS_DIR, {
      isUnchanged: (id, hash) => prevDocs.get(id)?.hash === hash,
    });
    const { unchanged } = loaded;
    const skipped = [...loaded.skipped];
    // New and changed documents are cut into passages now: one that yields none, or more than
    // MAX_PASSAGES_PER_DOCUMENT, is skipped with its reason like any unusable file.
    const documents: { doc: SourceDocument; passages: Passage[] }[] = [];
    for (const doc of loaded.documents) {
      const result = passagesOf(doc, chunker, config.MAX_PASSAGES_PER_DOCUMENT);
      if ('skip' in result) skipped.push({ file: doc.id, reason: result.skip });
      else documents.push({ doc, passages: result.passages });
    }
    skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const documentCount = documents.length + unchanged.length;
    deps.onProgress?.({ phase: 'scan', done: documentCount, total: documentCount, documents: documentCount, passages: 0 });
    if (documentCount === 0) {
      throw new AppError('NO_USABLE_DOCUMENTS', { dir: config.DOCS_DIR, skipped: skipped.length });
    }

    const prevPassagesByDoc = new Map<string, number[]>();
    prev?.passages.forEach((p, i) => {
      const list = prevPassagesByDoc.get(p.docId) ?? [];
      list.push(i);
      prevPassagesByDoc.set(p.docId, list);
    });

    let nextLabel = (prev?.passages.reduce((m, p) => Math.max(m, p.label), -1) ?? -1) + 1;
    const counts = { added: 0, changed: 0, unchanged: unchanged.length, removed: 0, skipped: skipped.length };
    const passages: StoredPassage[] = [];
    const keywordInput: (string | ForwardRef)[] = [];
    const toEmbed: { passage: StoredPassage }[] = [];
    const docEntries: IndexManifest['documents'] = [];

    // Documents in id order, whether reused or new, so passage order is stable.
    const work = [
      ...unchanged.map((u) => ({ id: u.id, reuse: true as const })),
      ...documents.map(({ doc, passages }) => ({ id: doc.id, reuse: false as const, doc, fresh: passages })),
    ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const item of work) {
      if (item.reuse) {
        const ordinals = prevPassagesByDoc.get(item.id) ?? [];
        for (const o of ordinals) {
          passages.push(prev!.passages[o]!);
          keywordInput.push({ from: prev!.keyword, d: o });
        }
        docEntries.push(prevDocs.get(item.id)!);
        continue;
      }
      const { doc, fresh } = item;
      if (prevDocs.has(doc.id)) counts.changed++;
      else counts.added++;
      for (const p of fresh) {
        const stored: StoredPassage = { ...p, label: nextLabel++ };
        passages.push(stored);
        keywordInput.push(indexText(stored));
        toEmbed.push({ passage: stored });
      }
      docEntries.push(entryOf(doc, fresh.length));
    }
    const present = new Set(work.map((w) => w.id));
    counts.removed = [...prevDocs.keys()].filter((id) => !present.has(id)).length;
    const vectors = prepareVectors(prev, passages, embedder.info.dimensions, hnsw, deps.logger);

    const progress = (done: number) =>
      deps.onProgress?.({ phase: 'embed', done, total: toEmbed.length, documents: documentCount, passages: passages.length });
    progress(0);
    for (let i = 0; i < toEmbed.length; i += EMBED_SLICE) {
      const slice = toEmbed.slice(i, i + EMBED_SLICE);
      const vecs = await embedder.embedPassages(slice.map((x) => indexText(x.passage)));
      vecs.forEach((v, j) => vectors.add(slice[j]!.passage.label, v));
      progress(Math.min(i + EMBED_SLICE, toEmbed.length));
    }

    deps.onProgress?.({ phase: 'write', done: 0, total: 1, documents: documentCount, passages: passages.length });
    const keyword = KeywordIndex.build(keywordInput, analyzer, bm25);
    await writeIndexOrExplain(config.INDEX_DIR, {
      manifest: {
        createdAt: new Date().toISOString(),
        embedder: { ...embedder.info },
        chunker,
        hnsw: { m: hnsw.m, efConstruction: hnsw.efConstruction },
        counts: { documents: documentCount, passages: passages.length },
        documents: docEntries,
        skipped,
      },
      passages,
      keyword,
      vectors,
    });
    const summary: ReindexSummary = {
      documents: counts,
      skipped,
      passages: passages.length,
      embedded: toEmbed.length,
      embedder: `${embedder.info.kind}:${embedder.info.model}`,
      ms: Math.round(performance.now() - started),
    };
    logger.info('reindex finished', { ...summary.documents, passages: summary.passages, embedded: summary.embedded, ms: summary.ms });
    return summary;
  } finally {
    await release();
  }
}

/**
 * The previous index when its passages and vectors can be reused: same embedder, chunker and
 * graph settings. Anything else (no index, other settings, damage) means a full rebuild.
 */
async function loadReusable(
  deps: ReindexDeps,
  analyzer: Analyzer,
  chunker: IndexManifest['chunker'],
): Promise<LoadedIndex | undefined> {
  const { config, embedder, logger } = deps;
  let prev: LoadedIndex;
  try {
    prev = await loadIndex(config.INDEX_DIR, {
      analyzer,
      bm25: { k1: config.BM25_K1, b: config.BM25_B },
      hnsw: { m: config.HNSW_M, efConstruction: config.HNSW_EF_CONSTRUCTION, efSearch: config.HNSW_EF_SEARCH },
      embedder: embedder.info,
    });
  } catch (e) {
    if (isAppError(e, 'INDEX_MISSING')) return undefined;
    if (isAppError(e)) {
      logger.warn('previous index not reusable, rebuilding everything', { reason: e.message });
      return undefined;
    }
    throw e;
  }
  const m = prev.manifest;
  const same =
    m.chunker.targetChars === chunker.targetChars &&
    m.chunker.maxChars === chunker.maxChars &&
    m.chunker.overlapSentences === chunker.overlapSentences &&
    m.chunker.sentenceRules === chunker.sentenceRules &&
    m.hnsw.m === config.HNSW_M &&
    m.hnsw.efConstruction === config.HNSW_EF_CONSTRUCTION;
  if (!same) {
    logger.info('chunking, sentence rules or graph settings changed, rebuilding everything');
    return undefined;
  }
  return prev;
}

/** Deleted slots tolerated in the graph, as a share of live passages, before it is rebuilt. */
const MAX_TOMBSTONE_SHARE = 0.25;

/**
 * The vector graph for the new passage list: the previous graph with the passages that are
 * gone marked deleted (new passages get new labels, which hnswlib inserts faster than into
 * reused slots), or, when deleted slots pile up past {@link MAX_TOMBSTONE_SHARE}, a compact
 * new graph filled with the kept vectors.
 */
function prepareVectors(
  prev: LoadedIndex | undefined,
  passages: StoredPassage[],
  dimensions: number,
  hnsw: { m: number; efConstruction: number; efSearch: number },
  logger: ReindexDeps['logger'],
): VectorIndex {
  if (!prev) return VectorIndex.create(dimensions, Math.max(1024, passages.length), hnsw);
  const keep = new Set(passages.map((p) => p.label));
  const gone = prev.passages.filter((p) => !keep.has(p.label));
  const kept = prev.passages.length - gone.length;
  const tombstones = prev.vectors.count - prev.passages.length + gone.length;
  if (tombstones <= MAX_TOMBSTONE_SHARE * Math.max(kept, 1)) {
    for (const p of gone) prev.vectors.remove(p.label);
    return prev.vectors;
  }
  logger.info('compacting the vector graph', { tombstones, kept });
  const fresh = VectorIndex.create(dimensions, passages.length, hnsw);
  for (const p of prev.passages) if (keep.has(p.label)) fresh.add(p.label, prev.vectors.vector(p.label));
  return fresh;
}

/**
 * Writes the index; a file-system failure (disk full, read-only, permissions) becomes
 * INDEX_DIR_UNUSABLE. The previous version stays live either way.
 */
async function writeIndexOrExplain(indexDir: string, parts: Parameters<typeof writeIndex>[1]): Promise<void> {
  try {
    await writeIndex(indexDir, parts);
  } catch (e) {
    if (isAppError(e) || !(e as NodeJS.ErrnoException | null)?.code) throw e;
    throw new AppError('INDEX_DIR_UNUSABLE', { dir: indexDir, reason: `the new index cannot be written: ${describeSystemError(e)}` }, { cause: e });
  }
}

/**
 * A document's passages, or why it is skipped: no passage at all (only headings, say), or more
 * than `max` (the estimate from its length is checked first, so a huge file is not cut up in vain).
 */
export function passagesOf(doc: SourceDocument, chunker: ChunkOptions, max: number): { passages: Passage[] } | { skip: string } {
  const tooMany = (n: string) =>
    `too many passages (${n}; the limit is ${max}, MAX_PASSAGES_PER_DOCUMENT): split the file or raise the limit`;
  const surely = Math.floor(doc.text.length / chunker.maxChars);
  if (surely > max) return { skip: tooMany(`at least ${surely}`) };
  const passages = chunkDocument(doc, chunker);
  if (passages.length === 0) return { skip: 'no passages (no text outside headings)' };
  if (passages.length > max) return { skip: tooMany(String(passages.length)) };
  return { passages };
}

function entryOf(doc: SourceDocument, passages: number): IndexManifest['documents'][number] {
  return { id: doc.id, title: doc.title, format: doc.format, hash: doc.hash, bytes: doc.bytes, passages };
}

