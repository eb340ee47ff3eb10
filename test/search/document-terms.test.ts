import { describe, expect, it } from 'vitest';
import { documentTerms, termsThroughout, THROUGHOUT_PASSAGES } from '../../src/search/document-terms.js';
import { passageIndex } from '../support/passage-index.js';

// A report that names its state in three passages, and the state's capital once.
const passages = [
  { docId: 'bericht', text: 'Quastonien führt die elektronische Akte ein.' },
  { docId: 'bericht', text: 'Die Einführung geht auf ein Gesetz von Quastonien zurück. Die Hauptstadt Quastburg beginnt.' },
  { docId: 'bericht', text: 'In Quastonien berät eine Projektstelle die Ministerien.' },
  { docId: 'bericht', text: 'Wir verbannen die Papierakte in den Keller, sagt der Minister.' },
  { docId: 'anderes', text: 'Quastonien ist hier nur einmal genannt.' },
];
const { index, keyword, analyzer } = passageIndex(passages);
const term = (word: string) => analyzer.terms(word)[0]!;

describe('terms of a document', () => {
  it('counts in how many of its passages a document uses each term', () => {
    const counts = documentTerms(index).get('bericht')!;
    expect(counts.get(keyword.data.terms.indexOf(term('Quastonien')))).toBe(3);
    expect(counts.get(keyword.data.terms.indexOf(term('Quastburg')))).toBe(1);
    expect(documentTerms(index).get('anderes')!.get(keyword.data.terms.indexOf(term('Quastonien')))).toBe(1);
  });

  it(`takes a term in at least ${THROUGHOUT_PASSAGES} of its passages for one the document uses throughout, not one it names once`, () => {
    expect(termsThroughout(index, 'bericht')!.has(term('Quastonien'))).toBe(true);
    expect(termsThroughout(index, 'bericht')!.has(term('Quastburg'))).toBe(false);
    expect(termsThroughout(index, 'anderes')!.has(term('Quastonien'))).toBe(false);
    expect(termsThroughout(index, 'unbekannt')).toBeUndefined();
  });
});
