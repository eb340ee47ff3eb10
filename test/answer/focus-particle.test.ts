import { describe, expect, it } from 'vitest';
import { focusedWord } from '../../src/answer/answer-type.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver(
  {
    'konten.txt':
      'Nutzerkonten im Wummelland\n\n' +
      'Bürgerinnen und Bürger können ein zentrales Nutzerkonto für Verwaltungsleistungen im Wummelland bekommen. ' +
      'Das Land betreibt dafür seit dem Jahr 2019 ein eigenes Rechenzentrum in der Hauptstadt mit großer Leistung, das auch Schulen versorgt. ' +
      'Es gibt Nutzerkonten auch für Organisationen, zum Beispiel Unternehmen und Vereine.\n',
  },
  { LEXICON: 'on' },
);

describe('a focus particle marks what a question asks about', () => {
  it('finds the word "auch" or "sogar" marks, past articles and prepositions', () => {
    expect(focusedWord('Können auch Vereine ein Nutzerkonto für Verwaltungsleistungen bekommen?')).toBe('Vereine');
    expect(focusedWord('gibts das auch für vereine')).toBe('vereine');
    // Any preposition may stand between the particle and its word.
    expect(focusedWord('Warum soll die Zusammenarbeit auch auf die IT-Infrastruktur ausgeweitet werden?')).toBe('IT-Infrastruktur');
    expect(focusedWord('Gilt das auch über die Landesgrenze hinaus?')).toBe('Landesgrenze');
    expect(focusedWord('Gilt das sogar für die Kommunen?')).toBe('Kommunen');
    // A function word after it marks nothing; no particle, no focus.
    expect(focusedWord('Welche Projekte gibt es auch noch?')).toBeUndefined();
    expect(focusedWord('Wer bekommt ein Nutzerkonto?')).toBeUndefined();
  });

  it('answers with the sentence that holds the focused word', async () => {
    const answer = await engine().ask('Können auch Vereine ein Nutzerkonto für Verwaltungsleistungen bekommen?');
    expect(answer.abstained).toBe(false);
    const statement = answer.text.split('\n')[1];
    expect(statement).toContain('Unternehmen und Vereine');
    // Not the sentence that holds the other words of the question but not the focused one.
    expect(statement).not.toContain('Bürgerinnen und Bürger können');
  });
});
