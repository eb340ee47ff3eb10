import { describe, expect, it } from 'vitest';
import { splitQuestion } from '../../src/answer/split-question.js';

describe('splitQuestion', () => {
  it('splits a turn at a conjunction that opens a second question with an interrogative, keeping the connector', () => {
    expect(splitQuestion('Wer leitet den Landesrechnungshof, und woran hapert es ihrer Meinung nach?')).toEqual(['Wer leitet den Landesrechnungshof', 'und woran hapert es ihrer Meinung nach?']);
    expect(splitQuestion('wann wurde das büro gegründet und wer hat das beschlossen')).toEqual(['wann wurde das büro gegründet', 'und wer hat das beschlossen']);
    expect(splitQuestion('What is the total budget for the build-out, and how much of it does the Bund pay?')).toEqual(['What is the total budget for the build-out', 'and how much of it does the Bund pay?']);
  });

  it('splits after a question mark when another question follows', () => {
    expect(splitQuestion('Muss ich meine Daten dort speichern? Und was bringt mir das?')).toEqual(['Muss ich meine Daten dort speichern?', 'Und was bringt mir das?']);
  });

  it('splits before a yes/no question that opens with an auxiliary, or with a verb the caller knows, before its subject', () => {
    expect(splitQuestion('Who heads the audit office, and is it independent of the government?')).toEqual(['Who heads the audit office', 'and is it independent of the government?']);
    const isVerb = (w: string) => w === 'sieht';
    expect(splitQuestion('Wer steht an der Spitze des Rechnungshofs, und sieht sie fehlendes Geld als Ursache?', isVerb)).toEqual(['Wer steht an der Spitze des Rechnungshofs', 'und sieht sie fehlendes Geld als Ursache?']);
    // Without the lexicon's verb, "und sieht sie" is no question of its own.
    expect(splitQuestion('Wer steht an der Spitze des Rechnungshofs, und sieht sie fehlendes Geld als Ursache?')).toHaveLength(1);
    // "und zwar die …" opens no question.
    expect(splitQuestion('Welche Kommunen nehmen teil, und zwar die kreisfreien Städte?', isVerb)).toHaveLength(1);
  });

  it('leaves one question whole: a conjunction between nouns, a short second part, no question before the conjunction', () => {
    expect(splitQuestion('Wie viele Haushalte und Unternehmen werden angeschlossen?')).toEqual(['Wie viele Haushalte und Unternehmen werden angeschlossen?']);
    expect(splitQuestion('Wurde es geändert? Wann?')).toHaveLength(1);
    expect(splitQuestion('Wer hat das beschlossen und wann?')).toHaveLength(1);
    expect(splitQuestion('Die Kommunen sparen Geld und wie viel genau?')).toHaveLength(1);
    expect(splitQuestion('Bis wann soll DOMEA eingeführt sein?')).toEqual(['Bis wann soll DOMEA eingeführt sein?']);
  });
});
