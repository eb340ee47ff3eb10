import { describe, expect, it } from 'vitest';
import { fuseRankings } from '../../src/search/fuse-rankings.js';
import { topK } from '../../src/search/top-k.js';

describe('fuseRankings', () => {
  it('puts an item ranked well by both lists above items ranked first by only one', () => {
    const fused = fuseRankings([{ ranking: [1, 2, 3], weight: 0.5 }, { ranking: [4, 2, 5], weight: 0.5 }], 60);
    expect(fused[0]!.ordinal).toBe(2);
  });

  it('follows the weights: a keyword-only weight reproduces the keyword order', () => {
    const fused = fuseRankings([{ ranking: [7, 8, 9], weight: 1 }, { ranking: [9, 8, 7], weight: 0 }], 60);
    expect(fused.map((f) => f.ordinal)).toEqual([7, 8, 9]);
  });

  it('scores with 1/(k + rank)', () => {
    const [only] = fuseRankings([{ ranking: [3], weight: 1 }], 60);
    expect(only!.score).toBeCloseTo(1 / 61);
  });
});

describe('topK', () => {
  it('returns the k best in descending order, ties by lower label', () => {
    const scores = [5, 1, 9, 9, 3, 7];
    expect(topK([0, 1, 2, 3, 4, 5], (l) => scores[l]!, 3).map((s) => s.label)).toEqual([2, 3, 5]);
  });

  it('handles k larger than the input and k = 0', () => {
    expect(topK([0, 1], (l) => l, 10).map((s) => s.label)).toEqual([1, 0]);
    expect(topK([0, 1], (l) => l, 0)).toEqual([]);
  });
});
