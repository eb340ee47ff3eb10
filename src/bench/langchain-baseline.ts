import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { EnsembleRetriever } from '@langchain/classic/retrievers/ensemble';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import { Embeddings } from '@langchain/core/embeddings';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Embedder } from '../embedding/embedder.js';

/**
 * The comparison system: retrieval assembled from LangChain's stock parts the way its
 * tutorials do it, over the same .txt files and with the same embedder as the project.
 * - RecursiveCharacterTextSplitter (chunkSize 500, chunkOverlap 50);
 * - HNSWLib.fromDocuments (hnswlib defaults: cosine, M 16, efConstruction 200, ef 10);
 * - BM25Retriever (stock: lower-cases the query only, splits on whitespace, and scores every
 *   document on every query; k = 3);
 * - EnsembleRetriever from @langchain/classic (weighted RRF, c = 60, weights 0.5 / 0.5);
 * the top three documents are the "citations". It has no abstention logic.
 */
export interface Baseline {
  /** Chunks indexed. */
  chunks: number;
  /** Read + split + embed + graph + BM25 set-up + save, ms. */
  buildMs: number;
  /** Top-3 chunk texts for a question. */
  ask(question: string): Promise<string[]>;
}

export const BASELINE_TOP_K = 3;

/** Adapts the project's {@link Embedder} to LangChain's `Embeddings` (number[][] instead of Float32Array). */
export class EmbedderEmbeddings extends Embeddings {
  constructor(private readonly embedder: Embedder) {
    super({});
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return (await this.embedder.embedPassages(texts)).map((v) => Array.from(v));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(await this.embedder.embedQuery(text));
  }
}

/**
 * Builds the baseline over every .txt file in `docsDir` (flat) and saves the vector store to
 * `saveDir`, as an application would to reuse it.
 */
export async function buildBaseline(docsDir: string, embedder: Embedder, saveDir: string): Promise<Baseline> {
  const t0 = performance.now();
  const names = (await readdir(docsDir)).filter((n) => n.endsWith('.txt')).sort();
  const docs = await Promise.all(
    names.map(async (n) => new Document({ pageContent: await readFile(path.join(docsDir, n), 'utf8'), metadata: { source: n } })),
  );
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 500, chunkOverlap: 50 });
  const chunks = await splitter.splitDocuments(docs);
  const store = await HNSWLib.fromDocuments(chunks, new EmbedderEmbeddings(embedder));
  await store.save(saveDir);
  const bm25 = BM25Retriever.fromDocuments(chunks, { k: BASELINE_TOP_K });
  const ensemble = new EnsembleRetriever({ retrievers: [bm25, store.asRetriever(BASELINE_TOP_K)], weights: [0.5, 0.5] });
  const buildMs = performance.now() - t0;
  return {
    chunks: chunks.length,
    buildMs,
    ask: async (q) => (await ensemble.invoke(q)).slice(0, BASELINE_TOP_K).map((d) => d.pageContent),
  };
}
