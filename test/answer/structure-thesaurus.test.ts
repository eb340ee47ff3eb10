import { describe, expect, it } from 'vitest';
import { turnOf } from '../../src/answer/turn-of.js';
import { useEngineOverWithThesaurus } from '../support/use-engine.js';

const thesaurus = useEngineOverWithThesaurus({
  'quastamt.txt':
    'Das Quastamt\n\n' +
    'Im Landesamt Quastamt bündelt das Land die Ressourcen für IT und Digitalisierung in der Landesverwaltung. Zum Beginn des Jahres 2023 wurde das neue Landesamt gegründet.\n\n' +
    'Aus den vielen kleinen Einheiten für IT in den einzelnen Ressorts entsteht im Quastamt Schritt für Schritt ein schlagkräftiges Team.\n\n' +
    'Das Ziel, die Behörde möglichst schlank aufzustellen, spiegelt sich auch im Organigramm wider. Das Quastamt besteht aus drei Abteilungen, den dazugehörigen Dezernaten und einem Stabsbereich.\n',
});

describe.skipIf(!thesaurus.run)('"Wie ist es aufgebaut?" asks for the structure, not the founding (real thesaurus)', () => {
  it('answers with what it consists of, though the thesaurus has "aufbauen" ~ "gründen"', async () => {
    const first = await thesaurus.engine().ask('Seit wann gibt es das Landesamt Quastamt?');
    expect(first.abstained).toBe(false);
    const answer = await thesaurus.engine().ask('Wie ist es aufgebaut?', { history: [turnOf(first)] });
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n')[1]).toContain('besteht aus drei Abteilungen');
  });
});
