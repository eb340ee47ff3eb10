import { describe, expect, it } from 'vitest';
import { combineAnswers } from '../../src/answer/combine-answers.js';
import type { Answer, Citation } from '../../src/answer/types.js';

function citation(n: number, passageId: string): Citation {
  return { n, passageId, docId: `${passageId}.txt`, title: passageId, section: '', location: '', text: `quote of ${passageId}`, score: 1 };
}

function answer(text: string, citations: Citation[], emphasis: { start: number; end: number }[] = [], abstained = false): Answer {
  return { id: 'x', question: 'q', resolvedQuestion: 'q', lang: 'de', abstained, text, citations, suggestions: [], emphasis, timings: { retrievalMs: 1, totalMs: 1 } };
}

describe('combineAnswers', () => {
  it("puts the second answer's statements after the first's, numbering new sources on and reusing a shared one", () => {
    const firstText = 'Laut den Dokumenten:\nDen Rechnungshof leitet Martina Johannsen. [1]';
    const first = answer(firstText, [citation(1, 'a')], [{ start: firstText.indexOf('Martina'), end: firstText.indexOf('Martina') + 'Martina Johannsen'.length }]);
    const secondText = 'Laut den Dokumenten:\nEs hapert an der Umsetzung. [1]\nDas Geld fehlt nicht. [2]';
    const second = answer(secondText, [citation(1, 'b'), citation(2, 'a')], [{ start: secondText.indexOf('Umsetzung'), end: secondText.indexOf('Umsetzung') + 9 }]);
    const both = combineAnswers(first, second, 'de')!;
    expect(both.text).toBe('Laut den Dokumenten:\nDen Rechnungshof leitet Martina Johannsen. [1]\nEs hapert an der Umsetzung. [2]\nDas Geld fehlt nicht. [1]');
    expect(both.citations.map((c) => [c.n, c.passageId])).toEqual([[1, 'a'], [2, 'b']]);
    expect(both.emphasis!.map((r) => both.text.slice(r.start, r.end))).toEqual(['Martina Johannsen', 'Umsetzung']);
  });

  it('does not repeat a statement the first answer made, and lists sources no statement cites as further ones', () => {
    const first = answer('Laut den Dokumenten:\nDen Rechnungshof leitet Martina Johannsen. [1]', [citation(1, 'a')]);
    const second = answer('Laut den Dokumenten:\nDen Rechnungshof leitet Martina Johannsen. [2]\nSiehe auch [1].', [citation(1, 'c'), citation(2, 'a')]);
    const both = combineAnswers(first, second, 'de')!;
    expect(both.text).toBe('Laut den Dokumenten:\nDen Rechnungshof leitet Martina Johannsen. [1]\nSiehe auch [2].');
  });

  it('lists no source that only a repeated statement cited, nor the same quote of a document twice', () => {
    const first = answer('Laut den Dokumenten:\nEs sollen 35.700 Haushalte angeschlossen werden. [1]', [citation(1, 'a')]);
    // The same sentence from an overlapping passage of the same document (another id, the same quote).
    const twin = { ...citation(1, 'a+b'), docId: 'a.txt', text: 'quote of a' };
    const second = answer('Laut den Dokumenten:\nEs sollen 35.700 Haushalte angeschlossen werden. [1]\nSiehe auch [2].', [twin, { ...citation(2, 'a+c'), docId: 'a.txt', text: 'quote of a' }]);
    const both = combineAnswers(first, second, 'de')!;
    expect(both.text).toBe('Laut den Dokumenten:\nEs sollen 35.700 Haushalte angeschlossen werden. [1]');
    expect(both.citations).toHaveLength(1);
  });

  it('gives the answered part alone with a notice naming the other part by its position, never by its words', () => {
    const first = answer('Laut den Dokumenten:\nDen Rechnungshof leitet Martina Johannsen. [1]', [citation(1, 'a')]);
    const declined = answer('Dazu steht nichts in den Dokumenten.', [], [], true);
    expect(combineAnswers(first, declined, 'de')).toMatchObject({ text: first.text, notice: 'Den zweiten Teil der Frage beantworten die Dokumente nicht.' });
    expect(combineAnswers(declined, first, 'en')).toMatchObject({ text: first.text, notice: 'The documents do not answer the first part of the question.' });
    expect(combineAnswers(declined, declined, 'de')).toBeUndefined();
  });
});
