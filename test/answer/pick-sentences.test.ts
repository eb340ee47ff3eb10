import { describe, expect, it } from 'vitest';
import { bestSentence, focusWindow, questionKind, quoteAround, scoreSentences, type TermMatcher } from '../../src/answer/pick-sentences.js';
import { Analyzer } from '../../src/search/analyzer.js';

const analyzer = new Analyzer();
const matcher = (word: string, weight = 1): TermMatcher => ({ weight, variants: new Map([[analyzer.terms(word)[0]!, 1]]) });
const LONG =
  'Dazu gehören insbesondere ein einheitliches elektronisches Personal-, Organisations- und Stellen-Management, welches bis Ende 2012 in allen Geschäftsbereichen eingeführt werden wird, ein einheitliches IT-Grundsystem, mit dem voraussichtlich ab 2012 eine einheitliche IT-Infrastruktur einschließlich der zugehörigen Serviceprozesse bereitgestellt werden soll und das rechnerunterstützte Haushaltsbewertungs- und Informationssystem der Kommunen.';

describe('questionKind', () => {
  it('recognises what a question asks for', () => {
    expect(questionKind('Bis wann soll DOMEA eingeführt sein?')).toBe('when');
    expect(questionKind('Wie viele Projekte laufen?')).toBe('howMany');
    expect(questionKind('Wer vertritt das Land?')).toBe('who');
    expect(questionKind('Warum ist ein CIO wichtig?')).toBe('why');
    expect(questionKind('Was ist DOMEA?')).toBe('other');
  });
});

describe('scoreSentences and bestSentence', () => {
  it('prefers the sentence with the question\'s terms, and a year for a "when" question', () => {
    const text = 'DOMEA ist ein System. DOMEA wird bis Ende 2013 eingeführt. Das Wetter ist schön.';
    const scored = scoreSentences(text, [matcher('DOMEA')], 'when', analyzer);
    expect(bestSentence(scored, 'when', text)!.text).toBe('DOMEA wird bis Ende 2013 eingeführt.');
  });

  it('includes a neighbouring sentence that holds the name a "who" question asks for', () => {
    const text = 'Der Wandel dient den Menschen, sagt Staatssekretär Denis Alt. Im Interview spricht der neue CIO über die Strategie des Landes.';
    const scored = scoreSentences(text, [matcher('CIO'), matcher('neue')], 'who', analyzer);
    expect(bestSentence(scored, 'who', text)!.text).toBe(text);
  });
});

describe('focusWindow', () => {
  it('returns a short sentence whole', () => {
    expect(focusWindow('DOMEA kommt 2013.', [matcher('DOMEA')], 'other', analyzer, 100)).toBe('DOMEA kommt 2013.');
  });

  it('cuts a long sentence to the verbatim part that holds the answer, marked with ellipses', () => {
    const w = focusWindow(LONG, [matcher('einheitliches'), matcher('IT-Grundsystem', 2)], 'when', analyzer, 160);
    expect(w).toMatch(/^… .* …$/);
    const body = w.slice(2, -2);
    expect(LONG).toContain(body);
    expect(body.length).toBeLessThanOrEqual(160);
    expect(body).toContain('IT-Grundsystem, mit dem voraussichtlich ab 2012');
  });
});

describe('quoteAround', () => {
  it('quotes verbatim around a range within the limit, with ellipses where cut', () => {
    const start = LONG.indexOf('ein einheitliches IT-Grundsystem');
    const q = quoteAround(LONG, start, start + 40, 120);
    expect(LONG).toContain(q.replace(/^… /, '').replace(/ …$/, ''));
    expect(q.replace(/…/g, '').trim().length).toBeLessThanOrEqual(120);
    expect(q).toContain('IT-Grundsystem');
  });
});
