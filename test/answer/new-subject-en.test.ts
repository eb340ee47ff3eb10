import { describe, expect, it } from 'vitest';
import { hasOwnInterrogative } from '../../src/answer/answer-type.js';
import { resolveFollowUp } from '../../src/answer/resolve-follow-up.js';
import { turnOf } from '../../src/answer/turn-of.js';
import { DEFAULT_DICTIONARY_FILE } from '../../src/lexicon/load-linguistic-resources.js';
import { realResource } from '../lexicon/real-resources.js';
import { useEngineOver } from '../support/use-engine.js';

const dictionary = realResource(DEFAULT_DICTIONARY_FILE, 'trans-de-en');

const engine = useEngineOver(
  {
    'register.txt':
      'Registermodernisierung im Wummelland\n\n' +
      'Den Registern der Verwaltung wird künftig eine Nummer hinzugefügt, die Identifikationsnummer nach § 139b der Abgabenordnung. ' +
      'Die Register werden dafür bis 2028 umgebaut.\n',
    'notes.md': '# Notes\n\nQuestions about these texts are kept in a separate file. Every question there has an id and the question text.\n',
  },
  { LEXICON: 'on', DICTIONARY_FILE: DEFAULT_DICTIONARY_FILE },
);

describe('a turn that sets a new topic is asked on its own', () => {
  it('finds a question of its own after "What about X," ("What about Bavaria, what is their big project?")', () => {
    expect(hasOwnInterrogative('What about Baden-Württemberg, what is their big project?')).toBe(true);
    expect(hasOwnInterrogative('What about Baden-Württemberg?')).toBe(false);
    expect(hasOwnInterrogative('Und was ist mit Thüringen?')).toBe(false);
  });

  it('lets the pronouns after the topic a turn sets point at that topic, not back', () => {
    const prev = { question: 'Who is the minister?', resolvedQuestion: 'Who is the minister?', answerText: 'Laut den Dokumenten: Karl Wummel. [1]' };
    expect(resolveFollowUp('What about Baden-Württemberg, what is their big project?', [prev]).refersBack).toBe(false);
    expect(resolveFollowUp('What is their big project?', [prev]).refersBack).toBe(true);
  });

  it.skipIf(!dictionary.run)('leaves the words of an English topic switch out of the question ("Unrelated question: …")', async () => {
    const answer = await engine().ask('Unrelated question: until when will the registers be rebuilt?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('bis 2028');
  });

  it.skipIf(!dictionary.run)('answers an English connector turn on its own when its words, translated, name a subject of the documents', async () => {
    const first = await engine().ask('How many paper forms does Wummelland print for its clubs?');
    expect(first.abstained).toBe(true);
    const next = await engine().ask('And which ID number is going to be added to the registers?', { history: [turnOf(first)] });
    expect(next.abstained).toBe(false);
    expect(next.text).toContain('§ 139b der Abgabenordnung');
  });
});
