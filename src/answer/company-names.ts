import type { LoadedIndex } from '../search/index-format.js';
import { companyShortNames } from './answer-type.js';

/**
 * The short names a document gives the companies it names with their legal form anywhere in its
 * text ("Wemacom" for "Wemacom Breitband GmbH"): a later passage says "Die Wemacom beabsichtigt …".
 * Built once per document of a loaded index (a reindex loads a new one).
 */
export function documentCompanies(index: LoadedIndex, docId: string, isCommonWord?: (word: string) => boolean): readonly string[] {
  let byDoc = cache.get(index);
  if (!byDoc) cache.set(index, (byDoc = new Map()));
  let names = byDoc.get(docId);
  if (!names) {
    const text = index.passages
      .filter((p) => p.docId === docId)
      .map((p) => p.text)
      .join('\n');
    names = companyShortNames(text, isCommonWord);
    byDoc.set(docId, names);
  }
  return names;
}
const cache = new WeakMap<LoadedIndex, Map<string, string[]>>();
