import { describe, expect, it } from 'vitest';
import type { StoredPassage } from '../../src/search/index-format.js';
import { coverageRescue, type RetrievedPassage } from '../../src/search/retriever.js';

function hit(docId: string, start: number, end: number, coverage: number, score = 1): RetrievedPassage {
  const passage = { id: `${docId}#${start}`, docId, start, end, text: 'x'.repeat(end - start), section: [] } as unknown as StoredPassage;
  return { passage, ordinal: start, score, coverage };
}

describe('the candidate that covers more of the question than every hit', () => {
  it('is added when the fused ranking left out a passage holding more of the question than each hit', () => {
    const hits = [hit('a', 0, 100, 0.6, 0.9), hit('b', 0, 100, 0.5, 0.8)];
    const long = hit('c', 200, 800, 0.75, 0.1);
    const candidates = [...hits, hit('d', 0, 100, 0.55, 0.5), long];
    expect(coverageRescue(candidates, hits)).toBe(long);
  });

  it('is the one covering most when several cover more than the hits', () => {
    const hits = [hit('a', 0, 100, 0.4)];
    const better = hit('b', 0, 100, 0.5);
    const best = hit('c', 0, 100, 0.7);
    expect(coverageRescue([...hits, better, best], hits)).toBe(best);
  });

  it('adds nothing when no candidate covers more than the best hit', () => {
    const hits = [hit('a', 0, 100, 0.7), hit('b', 0, 100, 0.3)];
    expect(coverageRescue([...hits, hit('c', 0, 100, 0.7), hit('d', 0, 100, 0.5)], hits)).toBeUndefined();
  });

  it('never adds a passage that overlaps a hit of its document (the hit already shows its text)', () => {
    const hits = [hit('a', 0, 100, 0.4)];
    expect(coverageRescue([...hits, hit('a', 50, 150, 0.9)], hits)).toBeUndefined();
    const elsewhere = hit('a', 100, 200, 0.9);
    expect(coverageRescue([...hits, elsewhere], hits)).toBe(elsewhere);
  });
});
