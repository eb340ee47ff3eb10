import { describe, expect, it } from 'vitest';
import { useEngineOverWithThesaurus } from '../support/use-engine.js';

const thesaurus = useEngineOverWithThesaurus({
  'stadtwerke.txt':
    'Das Stadtwerkegesetz Wummelland\n\n' +
    'Das Stadtwerkegesetz Wummelland gibt den Stadtwerken seit dem 1. März 2019 mehr Energie und Einfluss beim Ausbau der Netze.\n',
  'onlinegesetz.txt':
    'Das Onlinegesetz Quastland\n\nDas Onlinegesetz Quastland ist am 1. Mai 2016 in Kraft getreten. Es regelt die Online-Dienste der Behörden.\n',
});

describe.skipIf(!thesaurus.run)('"in Kraft" names its event by the noun itself (real thesaurus)', () => {
  it('declines a date beside a synonym of "Kraft" in its other sense ("Energie", "Einfluss")', async () => {
    const answer = await thesaurus.engine().ask('Wann ist das Stadtwerkegesetz Wummelland in Kraft getreten?');
    expect(answer.abstained).toBe(true);
  });

  it('answers with the date beside "in Kraft"', async () => {
    const answer = await thesaurus.engine().ask('Wann ist das Onlinegesetz Quastland in Kraft getreten?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('1. Mai 2016');
  });
});
