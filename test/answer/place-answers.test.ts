import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

// The lexicon tells names from common nouns ("im Bereich" describes a place, "in Wummelstadt" names one).
const engine = useEngineOver(
  {
    'landesamt.txt':
      'Das Landesamt für Wummeldigitalisierung\n\n' +
      'Das Landesamt für Wummeldigitalisierung bündelt die IT des Landes. Es ist dem Ministerium für Inneres zugeordnet. ' +
      'Vier Regionalkonferenzen hat das Landesamt in den Jahren 2014 und 2015 durchgeführt, um auf seine Arbeit im Bereich der Verwaltung aufmerksam zu machen.\n',
    'behoerdenruf.txt':
      'Der Behördenruf 115\n\n' +
      'Der einheitliche Behördenruf 115 wird bislang in der Region Westwummel im Rahmen eines Modellprojekts erprobt. ' +
      'Die Wummelagentur hat ihren Sitz in Wummelstadt und betreibt den Behördenruf.\n',
    'wummelpass.txt': 'Der Wummelpass\n\nDen Wummelpass kann man seit einem Jahr online beantragen. Er gilt zehn Jahre.\n',
    'schwerpunkte.txt': 'Das Wummelamt\n\nDie Schwerpunkte des Wummelamts sind Beratung und Schulung.\n',
  },
  { LEXICON: 'on' },
);

describe('a question for a place is answered by a place', () => {
  it('answers where something happens with the place phrase, in bold', async () => {
    const answer = await engine().ask('Wo wird der Behördenruf 115 erprobt?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('in der Region Westwummel');
    expect(answer.explanation?.features.answerType).toBe('place');
  });

  it('answers where something has its seat only with a sentence that says so', async () => {
    const seat = await engine().ask('Wo hat die Wummelagentur ihren Sitz?');
    expect(seat.abstained).toBe(false);
    expect(seat.text).toContain('Wummelstadt');
    // The documents describe the office but never say where it sits.
    const none = await engine().ask('Wo hat das Landesamt für Wummeldigitalisierung seinen Sitz?');
    expect(none.abstained).toBe(true);
  });

  it('takes "online" for an answer to where something can be done', async () => {
    const answer = await engine().ask('Wo kann man den Wummelpass beantragen?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('online');
  });

  it('answers a figurative "wo" without a place, but prefers one', async () => {
    const answer = await engine().ask('Wo liegen die Schwerpunkte des Wummelamts?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Beratung und Schulung');
  });

  it('declines "in welchen Städten" when the sentence names no place', async () => {
    const answer = await engine().ask('In welchen Städten hat das Landesamt die Regionalkonferenzen durchgeführt?');
    expect(answer.abstained).toBe(true);
  });
});
