import { AppError, isAppError } from '../errors.js';
import type { Config } from '../config.js';
import type { Embedder } from '../embedding/embedder.js';
import { chunkDocument } from '../ingest/chunk-document.js';
import { loadDocuments } from '../ingest/load-documents.js';
import type { SourceDocument } from '../ingest/types.js';
import type { Logger } from '../logger.js';
import type { ReindexSummary } from '../answer/types.js';
import { Analyzer } from './analyzer.js';
import { indexText, type IndexManifest, type LoadedIndex, type StoredPassage } from './index-format.js';
import { loadIndex, writeIndex } from './index-store.js';
import { KeywordIndex } from './keyword-index.js';
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
 * @throws {AppError} DOCS_DIR_MISSING, NO_USABLE_DOCUMENTS, REINDEX_RUNNING.
 */
export async function reindex(deps: ReindexDeps): Promise<ReindexSummary> {
  const { config, embedder, logger } = deps;
  const started = performance.now();
  const release = await acquireReindexLock(`${config.INDEX_DIR}.lock`);
  try {
    const analyzer = deps.analyzer ?? new Analyzer();
    const { documents, skipped } = await loadDocuments(config.DOCS_DIR);
    deps.onProgress?.({ phase: 'scan', done: documents.length, total: documents.length, documents: documents.length, passages: 0 });
    if (documents.length === 0) {
      throw new AppError('NO_USABLE_DOCUMENTS', { dir: config.DOCS_DIR, skipped: skipped.length });
    }
    const chunker = {
      targetChars: config.CHUNK_TARGET_CHARS,
      maxChars: config.CHUNK_MAX_CHARS,
      overlapSentences: config.CHUNK_OVERLAP_SENTENCES,
    };
    const hnsw = { m: config.HNSW_M, efConstruction: config.HNSW_EF_CONSTRUCTION, efSearch: config.HNSW_EF_SEARCH };
    const bm25 = { k1: config.BM25_K1, b: config.BM25_B };
    const prev = await loadReusable(deps, analyzer, chunker);

    const prevDocs = new Map((prev?.manifest.documents ?? []).map((d) => [d.id, d]));
    const prevPassagesByDoc = new Map<string, number[]>();
    prev?.passages.forEach((p, i) => {
      const list = prevPassagesByDoc.get(p.docId) ?? [];
      list.push(i);
      prevPassagesByDoc.set(p.docId, list);
    });

    const vectors = prev ? prev.vectors : VectorIndex.create(embedder.info.dimensions, 1024, hnsw);
    let nextLabel = (prev?.passages.reduce((m, p) => Math.max(m, p.label), -1) ?? -1) + 1;
    const counts = { added: 0, changed: 0, unchanged: 0, removed: 0, skipped: skipped.length };
    const passages: StoredPassage[] = [];
    const keywordInput: (string | Map<string, number>)[] = [];
    const toEmbed: { passage: StoredPassage }[] = [];
    const docEntries: IndexManifest['documents'] = [];

    for (const doc of documents) {
      const old = prevDocs.get(doc.id);
      if (prev && old && old.hash === doc.hash) {
        counts.unchanged++;
        const ordinals = prevPassagesByDoc.get(doc.id) ?? [];
        for (const o of ordinals) {
          passages.push(prev.passages[o]!);
          keywordInput.push(prev.keyword.forward(o));
        }
        docEntries.push(entryOf(doc, ordinals.length));
        continue;
      }
      if (old) counts.changed++;
      else counts.added++;
      const fresh = chunkDocument(doc, chunker);
      for (const p of fresh) {
        const stored: StoredPassage = { ...p, label: nextLabel++ };
        passages.push(stored);
        keywordInput.push(indexText(stored));
        toEmbed.push({ passage: stored });
      }
      docEntries.push(entryOf(doc, fresh.length));
    }
    // Passages of removed and changed documents leave the vector graph.
    const currentHash = new Map(documents.map((d) => [d.id, d.hash]));
    for (const [id, old] of prevDocs) {
      const keep = currentHash.get(id) === old.hash;
      if (!currentHash.has(id)) counts.removed++;
      if (!keep) for (const o of prevPassagesByDoc.get(id) ?? []) vectors.remove(prev!.passages[o]!.label);
    }

    const progress = (done: number) =>
      deps.onProgress?.({ phase: 'embed', done, total: toEmbed.length, documents: documents.length, passages: passages.length });
    progress(0);
    for (let i = 0; i < toEmbed.length; i += EMBED_SLICE) {
      const slice = toEmbed.slice(i, i + EMBED_SLICE);
      const vecs = await embedder.embedPassages(slice.map((x) => indexText(x.passage)));
      vecs.forEach((v, j) => vectors.add(slice[j]!.passage.label, v));
      progress(Math.min(i + EMBED_SLICE, toEmbed.length));
    }

    deps.onProgress?.({ phase: 'write', done: 0, total: 1, documents: documents.length, passages: passages.length });
    const keyword = KeywordIndex.build(keywordInput, analyzer, bm25);
    await writeIndex(config.INDEX_DIR, {
      manifest: {
        createdAt: new Date().toISOString(),
        embedder: { ...embedder.info },
        chunker,
        hnsw: { m: hnsw.m, efConstruction: hnsw.efConstruction },
        counts: { documents: documents.length, passages: passages.length },
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
    m.hnsw.m === config.HNSW_M &&
    m.hnsw.efConstruction === config.HNSW_EF_CONSTRUCTION;
  if (!same) {
    logger.info('chunking or graph settings changed, rebuilding everything');
    return undefined;
  }
  return prev;
}

function entryOf(doc: SourceDocument, passages: number): IndexManifest['documents'][number] {
  return { id: doc.id, title: doc.title, format: doc.format, hash: doc.hash, bytes: doc.bytes, passages };
}

