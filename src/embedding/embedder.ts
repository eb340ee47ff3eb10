/**
 * The embedding boundary. The core only depends on this interface; implementations are the
 * transformers.js model and the offline hashed n-gram embedder (and fakes in tests).
 */
export interface EmbedderInfo {
  /** Implementation family, recorded in the index manifest. */
  kind: 'transformers' | 'offline' | 'fake';
  /** Model id or folder (transformers) or a versioned scheme name (offline). */
  model: string;
  /** Length of every vector returned. */
  dimensions: number;
}

export interface EmbedProgress {
  done: number;
  total: number;
}

export interface QueryEmbedOptions {
  /**
   * Optional weight of a query word (already lower-cased), e.g. its IDF in the keyword index.
   * Embedders that can use it (the offline one) weight the word's features by it.
   */
  termWeight?: (word: string) => number;
}

export interface Embedder {
  readonly info: EmbedderInfo;
  /** Embeds passages (document side); vectors are L2-normalised. */
  embedPassages(texts: string[], onProgress?: (p: EmbedProgress) => void): Promise<Float32Array[]>;
  /** Embeds one question (query side); L2-normalised. */
  embedQuery(text: string, options?: QueryEmbedOptions): Promise<Float32Array>;
  /** Frees native resources. */
  dispose?(): Promise<void>;
}
