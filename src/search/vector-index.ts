import hnswlib from 'hnswlib-node';
import type { Scored } from './top-k.js';

/** hnswlib graph settings (config: HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH). */
export interface HnswParams {
  m: number;
  efConstruction: number;
  efSearch: number;
}

/**
 * Cosine nearest-neighbour search over passage vectors with hnswlib. Labels are chosen by the
 * caller (stable per passage across incremental reindexes); deleted labels are reused.
 */
export class VectorIndex {
  private constructor(
    private readonly index: hnswlib.HierarchicalNSW,
    readonly dimensions: number,
    private readonly params: HnswParams,
  ) {
    index.setEf(params.efSearch);
  }

  /** An empty index with room for `capacity` vectors. */
  static create(dimensions: number, capacity: number, params: HnswParams): VectorIndex {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    // Fixed seed: the same input builds the same graph (reproducible benchmarks and tests).
    index.initIndex(Math.max(capacity, 16), params.m, params.efConstruction, 100, true);
    return new VectorIndex(index, dimensions, params);
  }

  /** Reads a graph written by {@link save}. The caller has verified the file's checksum. */
  static async load(file: string, dimensions: number, params: HnswParams): Promise<VectorIndex> {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    await index.readIndex(file, true);
    return new VectorIndex(index, dimensions, params);
  }

  /** Slots in the graph, deleted ones included. */
  get count(): number {
    return this.index.getCurrentCount();
  }

  /** Adds or replaces the vector of `label`, growing capacity as needed. */
  add(label: number, vector: Float32Array): void {
    if (vector.length !== this.dimensions) {
      throw new Error(`vector of ${vector.length} dimensions added to an index of ${this.dimensions}`);
    }
    if (this.index.getCurrentCount() >= this.index.getMaxElements()) {
      this.index.resizeIndex(Math.ceil(this.index.getMaxElements() * 1.5) + 16);
    }
    // New labels go into new slots: reusing deleted ones (replaceDeleted) makes hnswlib repair
    // their neighbours' links, ~5x slower per insert (measured in the incremental benchmark).
    this.index.addPoint(Array.from(vector), label);
  }

  /** Hides `label` from searches; its slot stays until the graph is compacted. */
  remove(label: number): void {
    this.index.markDelete(label);
  }

  /** The `k` nearest labels with cosine similarity as score (1 = identical direction). */
  search(vector: Float32Array, k: number): Scored[] {
    const n = Math.min(k, this.index.getCurrentCount());
    if (n === 0) return [];
    if (this.params.efSearch < n) this.index.setEf(n);
    const { neighbors, distances } = this.index.searchKnn(Array.from(vector), n);
    return neighbors.map((label, i) => ({ label, score: 1 - distances[i]! }));
  }

  /** Stored vector of a label (for reuse in a rebuilt index). */
  vector(label: number): Float32Array {
    return Float32Array.from(this.index.getPoint(label));
  }

  async save(file: string): Promise<void> {
    await this.index.writeIndex(file);
  }
}
