import { describe, expect, it } from 'vitest';
import { coverageOf, DOCUMENT_TERM_SHARE, termWeights } from '../../src/search/retriever.js';
import { passageIndex } from '../support/passage-index.js';

// Two documents: a report that names its state in its first passage only, and another text.
const passages = [
  { docId: 'bericht', text: 'Quastonien stellt seinen Bürgerservice neu auf.' },
  { docId: 'bericht', text: 'Die Behördennummer 116 wird im Land in der Region Westquast erprobt.' },
  { docId: 'anderes', text: 'Die Behördennummer 116 wird in der Region Ostmark erprobt.' },
  { docId: 'anderes', text: 'Das Netz ist schnell.' },
];
const { index, keyword } = passageIndex(passages);

function coverage(question: string, ordinal: number, documentShare?: number): number {
  const terms = keyword.queryTerms(question);
  return coverageOf(index, ordinal, terms, termWeights(terms, keyword.size, 1), documentShare);
}

describe('passage coverage within its document', () => {
  const question = 'Wo erprobt Quastonien die Behördennummer?';

  it('counts a question word the passage lacks but its document holds elsewhere at a discount', () => {
    const own = coverage(question, 1, 0);
    const withDocument = coverage(question, 1);
    expect(withDocument).toBeGreaterThan(own);
    // The passage holds everything but the state's name; the name counts its share only.
    expect(withDocument).toBeLessThan(1);
    const terms = keyword.queryTerms(question);
    const weights = termWeights(terms, keyword.size, 1);
    const total = weights.reduce((a, b) => a + b, 0);
    const name = weights[terms.findIndex((t) => t.word === 'quastonien')]!;
    expect(withDocument - own).toBeCloseTo((name / total) * DOCUMENT_TERM_SHARE, 6);
  });

  it('gives a passage of another document nothing for a word only the report holds', () => {
    expect(coverage(question, 2)).toBeCloseTo(coverage(question, 2, 0), 9);
    expect(coverage(question, 2)).toBeLessThan(coverage(question, 1));
  });

  it('counts a word the passage holds itself in full, whatever its document holds', () => {
    expect(coverage('Wo wird die Behördennummer erprobt?', 1)).toBeCloseTo(1, 9);
  });
});
