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

  it('takes a term in two passages for one a short text uses throughout (a third of its passages), not a long one', () => {
    const short = [
      { docId: 'kurz', text: 'Stand: Oktober. Der Rechnungshof von Wummelland kritisiert die Regierung.' },
      { docId: 'kurz', text: 'Den Rechnungshof von Wummelland ärgert es, dass wenig online geht.' },
      { docId: 'kurz', text: 'Die Präsidentin Martina Quast erklärte, am Geld hapere es nicht.' },
      { docId: 'kurz', text: 'Im Bericht werden Personen nicht genannt.' },
    ];
    const long = Array.from({ length: 9 }, (_, i) => ({ docId: 'lang', text: i < 2 ? `Wummelland plant Vorhaben ${i}.` : `Ein weiteres Vorhaben Nummer ${i} beginnt.` }));
    const built = passageIndex([...short, ...long]);
    const wummel = built.analyzer.terms('Wummelland')[0]!;
    expect(termsThroughout(built.index, 'kurz')!.has(wummel)).toBe(true);
    expect(termsThroughout(built.index, 'lang')!.has(wummel)).toBe(false);
  });
});
