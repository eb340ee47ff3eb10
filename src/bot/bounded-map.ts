/** Options of {@link BoundedMap}. */
export interface BoundedMapOptions {
  /** Entries kept at most; the least recently used one is evicted first. */
  maxEntries: number;
  /** Entries not touched for this long are treated as absent (ms; default: never). */
  ttlMs?: number;
  /** Clock in ms (default `Date.now`); tests inject their own. */
  now?: () => number;
}

/** An in-memory map with LRU eviction and an optional idle TTL, so memory stays bounded. */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, { value: V; touched: number }>();
  private readonly now: () => number;

  constructor(private readonly options: BoundedMapOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value, refreshed as most recently used; `undefined` when absent or expired. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = this.now();
    if (this.options.ttlMs !== undefined && now - entry.touched > this.options.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, { value: entry.value, touched: now });
    return entry.value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, touched: this.now() });
    // Map iteration order is insertion order, so the first key is the least recently used.
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as K;
      this.entries.delete(oldest);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
  }
}
