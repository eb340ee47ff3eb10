import { Analyzer } from '../../src/search/analyzer.js';
import type { LoadedIndex } from '../../src/search/index-format.js';
import { KeywordIndex } from '../../src/search/keyword-index.js';

/**
 * A loaded index of a few passages with only what coverage and document terms read: the keyword
 * index and each passage's document (no vectors, no manifest).
 */
export function passageIndex(passages: { docId: string; text: string }[]): { index: LoadedIndex; keyword: KeywordIndex; analyzer: Analyzer } {
  const analyzer = new Analyzer();
  const keyword = KeywordIndex.build(passages.map((p) => p.text), analyzer, { k1: 1.2, b: 0.75 });
  return { index: { keyword, passages } as unknown as LoadedIndex, keyword, analyzer };
}
