import type { LoadedIndex } from './index-format.js';

/**
 * Per document of an index: each index term it uses and in how many of its passages. Built once
 * per loaded index (a reindex loads a new one), from the keyword index's per-passage terms.
 */
export function documentTerms(index: LoadedIndex): ReadonlyMap<string, ReadonlyMap<number, number>> {
  let byDoc = cache.get(index);
  if (!byDoc) {
    byDoc = new Map();
    const { data } = index.keyword;
    for (let o = 0; o < index.passages.length; o++) {
      const docId = index.passages[o]!.docId;
      let terms = byDoc.get(docId);
      if (!terms) byDoc.set(docId, (terms = new Map()));
      for (let j = data.offsets[o]!; j < data.offsets[o + 1]!; j++) terms.set(data.termIds[j]!, (terms.get(data.termIds[j]!) ?? 0) + 1);
    }
    cache.set(index, byDoc);
  }
  return byDoc;
}
const cache = new WeakMap<LoadedIndex, Map<string, Map<number, number>>>();

/**
 * The index terms a document uses throughout: in at least {@link THROUGHOUT_PASSAGES} (a short text: {@link SHORT_TEXT_THROUGHOUT_PASSAGES}) of its
 * passages (its state, its organisation, its main person: "Baden-Württemberg" in a report on the
 * state's e-file, whose quoted minister's sentence does not name the state). Kept per document.
 */
export function termsThroughout(index: LoadedIndex, docId: string): ReadonlySet<string> | undefined {
  let byDoc = throughoutCache.get(index);
  if (!byDoc) throughoutCache.set(index, (byDoc = new Map()));
  let terms = byDoc.get(docId);
  if (!terms) {
    const counts = documentTerms(index).get(docId);
    if (!counts) return undefined;
    // A short text (a news item of a few passages) names its subject in fewer of them: a third of its passages, two at least.
    const passages = index.passages.reduce((n, p) => n + (p.docId === docId ? 1 : 0), 0);
    const min = Math.min(THROUGHOUT_PASSAGES, Math.max(SHORT_TEXT_THROUGHOUT_PASSAGES, Math.ceil(passages / 3)));
    terms = new Set([...counts].filter(([, n]) => n >= min).map(([id]) => index.keyword.data.terms[id]!));
    byDoc.set(docId, terms);
  }
  return terms;
}
const throughoutCache = new WeakMap<LoadedIndex, Map<string, Set<string>>>();

/** Every index term a document uses, in any of its passages. Kept per document. */
export function termsOfDocument(index: LoadedIndex, docId: string): ReadonlySet<string> | undefined {
  let byDoc = allTermsCache.get(index);
  if (!byDoc) allTermsCache.set(index, (byDoc = new Map()));
  let terms = byDoc.get(docId);
  if (!terms) {
    const counts = documentTerms(index).get(docId);
    if (!counts) return undefined;
    terms = new Set([...counts.keys()].map((id) => index.keyword.data.terms[id]!));
    byDoc.set(docId, terms);
  }
  return terms;
}
const allTermsCache = new WeakMap<LoadedIndex, Map<string, Set<string>>>();

/**
 * Passages a term must stand in to be used throughout its document. Measured on the tuning sets
 * (names the answering sentence lacks, accepted when its document uses them throughout): 3 won 9
 * and lost 2; a share of the document's passages instead (10 %, 15 %, 30 %) won 4 and lost 1–2,
 * since a long text that collects news names its main subject in few of its passages; any use
 * at all won 10 and lost 9 (a name mentioned once elsewhere is no subject of the text).
 */
export const THROUGHOUT_PASSAGES = 3;
/**
 * …or, in a text of at most six passages, two of them: an NDR item names "Mecklenburg-Vorpommern" in two of its six,
 * and its president's quoted sentence not at all. Measured: 1 won, 0 lost (on top of the three passages above).
 */
export const SHORT_TEXT_THROUGHOUT_PASSAGES = 2;
