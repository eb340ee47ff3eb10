/**
 * A string-hash → integer multimap in typed arrays, for indexes of hundreds of thousands of
 * words that must load fast: no string is kept as a key and no JS Map grows and rehashes.
 * Hashes can collide, so callers verify each value they get back against the word itself.
 */
export class HashChains {
  private heads: Int32Array;
  private hashes: Int32Array;
  private values: Int32Array;
  private next: Int32Array;
  private count = 0;

  /** `expected` sizes the tables (they grow when exceeded). */
  constructor(expected: number) {
    let buckets = 1 << 10;
    while (buckets < expected) buckets <<= 1;
    this.heads = new Int32Array(buckets).fill(-1);
    this.hashes = new Int32Array(buckets);
    this.values = new Int32Array(buckets);
    this.next = new Int32Array(buckets);
  }

  /** Number of (hash, value) pairs added. */
  get size(): number {
    return this.count;
  }

  /** Adds a value under a hash (from {@link hashString} or {@link hashLowerCase}). */
  add(hash: number, value: number): void {
    if (this.count === this.hashes.length) this.grow();
    const i = this.count++;
    const bucket = hash & (this.heads.length - 1);
    this.hashes[i] = hash;
    this.values[i] = value;
    this.next[i] = this.heads[bucket]!;
    this.heads[bucket] = i;
  }

  /** Values added under exactly this hash, oldest first; may include collisions. */
  get(hash: number): number[] {
    const out: number[] = [];
    for (let i = this.heads[hash & (this.heads.length - 1)]!; i >= 0; i = this.next[i]!) {
      if (this.hashes[i] === hash) out.push(this.values[i]!);
    }
    return out.reverse();
  }

  private grow(): void {
    const n = this.hashes.length * 2;
    for (const key of ['hashes', 'values', 'next'] as const) {
      const bigger = new Int32Array(n);
      bigger.set(this[key]);
      this[key] = bigger;
    }
  }
}

/** 32-bit FNV-1a over the UTF-16 code units of `s`. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * `hashString(s.toLowerCase())` without building the lower-case string when `s` is Latin-1
 * (all German words): A–Z and À–Þ (except ×) shift by 32, everything else stays.
 */
export function hashLowerCase(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c > 0xff) return hashString(s.toLowerCase());
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}
