/**
 * Words a question types apart that the documents write as one compound ("once only prinzip" →
 * "Once-Only-Prinzip", "e government gesetz" → "E-Government-Gesetz"): a run of two or three
 * adjacent words that `isCompound` accepts (the caller asks the index) is written hyphenated, so
 * the analyzer takes the run as that compound and still each of its parts (see Analyzer.terms).
 * Longest runs first; only white space between the words. Pure.
 */
const MAX_RUN = 3;

export function joinSplitCompounds(text: string, isCompound: (parts: string[]) => boolean): string {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < words.length; ) {
    let joined = 0;
    for (let n = Math.min(MAX_RUN, words.length - i); n >= 2 && !joined; n--) {
      const run = words.slice(i, i + n);
      if (!run.every((w, k) => k === 0 || /^[ \t]+$/.test(text.slice(run[k - 1]!.end, w.start)))) continue;
      if (isCompound(run.map((w) => w.word))) joined = n;
    }
    if (joined) {
      const run = words.slice(i, i + joined);
      out.push(text.slice(at, run[0]!.start), run.map((w) => w.word).join('-'));
      at = run.at(-1)!.end;
      i += joined;
    } else i++;
  }
  out.push(text.slice(at));
  return out.join('');
}
