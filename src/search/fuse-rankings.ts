/** A ranked list of passage ordinals from one retriever, best first. */
export type Ranking = number[];

/**
 * Weighted reciprocal rank fusion (Cormack et al. 2009): score(d) = Σ w_i / (k + rank_i(d)),
 * ranks 1-based. Robust to the different scales of BM25 and cosine scores, which is why it is
 * used here instead of a score sum. Ties keep the order of first appearance.
 * @returns ordinals with fused scores, best first.
 */
export function fuseRankings(
  rankings: { ranking: Ranking; weight: number }[],
  k: number,
): { ordinal: number; score: number }[] {
  const scores = new Map<number, number>();
  for (const { ranking, weight } of rankings) {
    ranking.forEach((ordinal, i) => {
      scores.set(ordinal, (scores.get(ordinal) ?? 0) + weight / (k + i + 1));
    });
  }
  return [...scores].map(([ordinal, score]) => ({ ordinal, score })).sort((a, b) => b.score - a.score);
}
