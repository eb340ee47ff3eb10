import { describe, expect, it } from 'vitest';
import { isAskingWord, opensWithRequest, withoutAskingWords, withoutTopicSwitch } from '../../src/text/question-words.js';

describe('isAskingWord', () => {
  it('takes interrogative pronominal adverbs for words that only ask ("Worum geht es?", "Wogegen …?")', () => {
    expect(isAskingWord('Worum')).toBe(true);
    expect(isAskingWord('wogegen')).toBe(true);
    expect(isAskingWord('wofür')).toBe(true);
    expect(isAskingWord('Regionalkonferenzen')).toBe(false);
  });

  it('takes English prepositions the stop list lacks for function words ("via"), which the dictionary would make German words', () => {
    expect(isAskingWord('via')).toBe(true);
    expect(withoutAskingWords('Where does the decision go when I apply via the user account?')).not.toMatch(/via/);
  });

  it('takes the adverb that asks for detail ("Was ändert sich konkret …?") for a word that only asks', () => {
    expect(isAskingWord('konkret')).toBe(true);
    expect(withoutAskingWords('Was ändert sich konkret für die Arbeitsplätze?')).not.toMatch(/konkret/);
    expect(withoutAskingWords('Was ändert sich konkret für die Arbeitsplätze?')).toMatch(/Arbeitsplätze/);
  });

  it('takes the English qualifier of a year for one ("in mid 2020"), the year stays', () => {
    expect(isAskingWord('mid')).toBe(true);
    expect(withoutAskingWords('How many services were online in mid 2020?')).toContain('2020');
  });
});

describe('withoutAskingWords', () => {
  it('drops the qualifier of a date ("Ende 2020", "Anfang Juni"), which the documents give by another date', () => {
    expect(withoutAskingWords('Wie viel Geld hat der Landtag Ende 2020 bereitgestellt?')).not.toMatch(/Ende/);
    expect(withoutAskingWords('Was geschah Anfang Juni?')).not.toMatch(/Anfang/);
    // Not where it is a noun of its own.
    expect(withoutAskingWords('Was steht am Ende des Gesetzes?')).toMatch(/Ende/);
  });

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

describe('requests in the imperative', () => {
  it('takes an imperative request at the start for an interrogative ("Nenn mir ein paar davon.", "Tell me about …")', () => {
    for (const q of ['Nenn mir ein paar davon.', 'Nennen Sie bitte einige davon.', 'Erklär mal, was DOMEA ist.', 'Zählen Sie mir die Ziele auf.', 'Gib mir ein Beispiel.', 'Tell me about DOMEA.', 'List the goals of the law.'])
      expect(opensWithRequest(q), q).toBe(true);
    // The same verbs inside a question, or a noun "Name", ask nothing.
    for (const q of ['Nennt der Minister Beispiele?', 'Name of the law?', 'Name des Gesetzes?', 'Wen nennt der Bericht?', 'Listen der Projekte?', 'List of projects?']) expect(opensWithRequest(q), q).toBe(false);
  });

  it('drops the request and "ein paar", which say nothing about the subject', () => {
    expect(withoutAskingWords('Nenn mir ein paar davon.').match(/\p{L}+/gu) ?? []).toEqual(['ein']);
    expect(withoutAskingWords('Nennen Sie bitte einige Beispiele.')).not.toMatch(/Nennen|Sie|bitte/);
    expect(withoutAskingWords('Tell me about DOMEA.').trim()).toBe('about DOMEA.');
    expect(isAskingWord('paar')).toBe(true);
  });
});

describe('secondary prepositions', () => {
  it('drops the noun of a preposition made with one ("im Zuge der", "im Laufe des", "mit Blick auf"), keeps the same noun elsewhere', () => {
    expect(withoutAskingWords('Was wurde im Zuge der Richtlinie ergänzt?')).not.toMatch(/Zuge/);
    expect(withoutAskingWords('Was geschah im Laufe des Jahres?')).not.toMatch(/Laufe/);
    expect(withoutAskingWords('Mit Blick auf die Kosten: was ist geplant?')).not.toMatch(/Blick/);
    expect(withoutAskingWords('Welche Rolle spielt der Bezug zum Bund?')).toMatch(/Bezug/);
    expect(withoutAskingWords('Was hat das Land im Blick?')).toMatch(/Blick/);
  });
});

describe('withoutTopicSwitch', () => {
  it('drops the announcement of a new topic at the start, in German and English', () => {
    expect(withoutTopicSwitch('Unrelated question: which is the only big city?').trim()).toBe('which is the only big city?');
    expect(withoutTopicSwitch('Anderes Thema: Wer leitet das Amt?').trim()).toBe('Wer leitet das Amt?');
    expect(withoutTopicSwitch('Which question did the minister answer?')).toBe('Which question did the minister answer?');
  });
});
