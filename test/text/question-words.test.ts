import { describe, expect, it } from 'vitest';
import { isAskingWord, withoutAskingWords, withoutTopicSwitch } from '../../src/text/question-words.js';

describe('isAskingWord', () => {
  it('takes interrogative pronominal adverbs for words that only ask ("Worum geht es?", "Wogegen …?")', () => {
    expect(isAskingWord('Worum')).toBe(true);
    expect(isAskingWord('wogegen')).toBe(true);
    expect(isAskingWord('wofür')).toBe(true);
    expect(isAskingWord('Regionalkonferenzen')).toBe(false);
  });

  it('takes the English qualifier of a year for one ("in mid 2020"), the year stays', () => {
    expect(isAskingWord('mid')).toBe(true);
    expect(withoutAskingWords('How many services were online in mid 2020?')).toContain('2020');
  });
});

describe('withoutAskingWords', () => {
  it('drops the verb of a question for a name ("Wie heißt die Chefin …?"), which the answer does not repeat', () => {
    expect(withoutAskingWords('Wie heißt die Chefin des Rechnungshofs?')).not.toMatch(/heißt/);
    expect(withoutAskingWords('wie lautet der name des gesetzes')).not.toMatch(/lautet/);
    // "heißt" in other senses stays a word of the question.
    expect(withoutAskingWords('Warum heißt das Gesetz so?')).toMatch(/heißt/);
  });

  it('drops the verb of a question for a meaning ("Was heißt …?", "Was bedeutet …?"): "heißt" would match any "Das heißt, …"', () => {
    expect(withoutAskingWords('Was heißt OZG?')).not.toMatch(/heißt/);
    expect(withoutAskingWords("und was heißt 'teildigitalisiert' bei den Leistungen?")).not.toMatch(/heißt/);
    expect(withoutAskingWords('Was bedeutet Once Only?')).not.toMatch(/bedeutet/);
    expect(withoutAskingWords('Was bedeutet Once Only?')).toMatch(/Only/);
  });
});

describe('withoutTopicSwitch', () => {
  it('drops the announcement of a new topic at the start, in German and English', () => {
    expect(withoutTopicSwitch('Unrelated question: which is the only big city?').trim()).toBe('which is the only big city?');
    expect(withoutTopicSwitch('Anderes Thema: Wer leitet das Amt?').trim()).toBe('Wer leitet das Amt?');
    expect(withoutTopicSwitch('Which question did the minister answer?')).toBe('Which question did the minister answer?');
  });
});
