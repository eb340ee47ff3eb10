import { describe, expect, it } from 'vitest';
import { measuredNoun } from '../../src/answer/answer-type.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'breitband.txt':
    'Breitbandausbau in Wummelstein\n\n' +
    'Um landesweit eine flächendeckende Breitbandabdeckung zu erreichen, stellt der Bund mehr als zwei Milliarden Euro Fördermittel bereit. ' +
    'Die Förderung des Bundes beträgt bis zu 70 Prozent der förderfähigen Kosten eines Ausbauprojekts. ' +
    'Um den verbleibenden kommunalen Eigenanteil zu verringern, stellt das Land Wummelstein ergänzend eine Kofinanzierung zum Breitbandausbau bereit. ' +
    'Der Eigenanteil der Landkreise beträgt zehn Prozent. Dieser wird aus dem Kommunalen Aufbaufonds finanziert.\n',
  // Other texts name the districts often, so a sentence with the measured noun and the districts has little coverage.
  'kreise.txt':
    'Die Landkreise im Land\n\nDie Landkreise betreiben eigene Portale. Mehrere Landkreise arbeiten bei der Digitalisierung zusammen. ' +
    'Die Landkreise tragen die Kosten ihrer Ämter selbst.\n\nAuch die Landkreise im Norden bauen Netze aus.\n',
});

describe('a "Wie hoch ist …?" question measures the subject of its clause', () => {
  it('finds the measured noun after prepositional phrases, in lower case and in English', () => {
    expect(measuredNoun('Wie hoch ist beim geförderten Breitbandausbau in MV der Eigenanteil der Landkreise?')).toBe('Eigenanteil');
    expect(measuredNoun('und wie groß ist das jährliche budget?')).toBe('budget');
    expect(measuredNoun("And how large is the council's annual budget in euros?")).toBe('budget');
    expect(measuredNoun('Wie viele Projekte gibt es?')).toBeUndefined();
  });

  it('answers with the number beside the measured noun, not one beside another word of the question', async () => {
    const answer = await engine().ask('Wie hoch ist beim geförderten Breitbandausbau in Wummelstein der Eigenanteil der Landkreise?');
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n')[1]).toContain('zehn Prozent');
  });
});
