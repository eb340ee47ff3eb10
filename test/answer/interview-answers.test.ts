import { describe, expect, it } from 'vitest';
import { interviewee } from '../../src/answer/rank-sentences.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'interview.txt':
    'Im Gespräch mit dem Landes-CIO\n' +
    'Herr Wummel, warum braucht das Land einen CIO?\n' +
    'Die Verwaltung wird immer stärker von der Informationstechnik geprägt. Deshalb braucht es eine zentrale Steuerung der IT im ganzen Land.\n' +
    'Wie sehen Sie Ihre Aufgabe?\n' +
    'Die dafür notwendige Steuerung nehme ich nun auch sichtbarer als IT-Beauftragter des Landes wahr.\n' +
    'Welche Ziele haben Sie sich persönlich gesetzt?\n' +
    'Dazu gehört für mich, den Behördenruf 115 flächendeckend einzuführen. Außerdem sollen alle Ämter bis 2026 die elektronische Akte nutzen.\n',
  'strategie.txt':
    'Die Strategie des Nachbarlandes\n\n' +
    'Die Ziele der neuen Strategie des Nachbarlandes wurden im Jahr 2020 persönlich vom Minister gesetzt und veröffentlicht. Die Landesregierung beschloss die Strategie im Ministerium für Inneres.\n',
});

describe('an interview answers the questions put in it', () => {
  it('finds the person an interview is with in its first question', () => {
    expect(interviewee('Herr Wummel, warum braucht das Land einen CIO?')).toBe('Herr Wummel');
    expect(interviewee('Frau Dr. Lindner, was ist Ihr Ziel?')).toBe('Frau Dr. Lindner');
    expect(interviewee('Welche Ziele haben Sie sich persönlich gesetzt?')).toBeUndefined();
    expect(interviewee('Herr Wummel ist neuer CIO')).toBeUndefined();
  });

  it("answers from the answer to the interview's matching question, which names the person only in its first question", async () => {
    const answer = await engine().ask('Welche Ziele hat sich Herr Wummel persönlich gesetzt?');
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n')[1]).toMatch(/Behördenruf 115|elektronische Akte/);
  });

  it('takes "ich" in an answer for the person the interview is with, and answers what that person is by a role', async () => {
    for (const q of ['Wer ist eigentlich dieser Herr Wummel?', 'Welche Funktion hat Herr Wummel?']) {
      const answer = await engine().ask(q);
      expect(answer.abstained, q).toBe(false);
      expect(answer.text.split('\n')[1], q).toMatch(/als IT-Beauftragter des Landes/);
    }
  });
});
