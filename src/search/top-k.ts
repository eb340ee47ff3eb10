/** A scored hit of a search. */
export interface Scored {
  label: number;
  score: number;
}

/**
 * The `k` best of `n` candidates (descending score, ties by lower label), with a bounded
 * min-heap: O(n log k), no sort of all candidates (a query on a common word touches tens of
 * thousands of passages at 100k).
 */
export function topK(labels: ArrayLike<number>, scoreOf: (label: number) => number, k: number): Scored[] {
  const heap: Scored[] = [];
  const worse = (a: Scored, b: Scored) => a.score < b.score || (a.score === b.score && a.label > b.label);
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let j = 0; j < labels.length; j++) {
    const label = labels[j]!;
    const item = { label, score: scoreOf(label) };
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[p]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (k > 0 && worse(heap[0]!, item)) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => b.score - a.score || a.label - b.label);
}
