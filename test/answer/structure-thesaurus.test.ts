import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnOf } from '../../src/answer/turn-of.js';
import { DEFAULT_THESAURUS_FILE } from '../../src/lexicon/load-linguistic-resources.js';
import type { Services } from '../../src/services.js';
import { realResource } from '../lexicon/real-resources.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

const thesaurus = realResource(DEFAULT_THESAURUS_FILE, 'openthesaurus-de-text');

let project: TempProject | undefined;
let services: Services | undefined;
beforeAll(async () => {
  if (!thesaurus.run) return;
  ({ project, services } = await openEngineOver(
    {
      'quastamt.txt':
        'Das Quastamt\n\n' +
        'Im Landesamt Quastamt bündelt das Land die Ressourcen für IT und Digitalisierung in der Landesverwaltung. Zum Beginn des Jahres 2023 wurde das neue Landesamt gegründet.\n\n' +
        'Aus den vielen kleinen Einheiten für IT in den einzelnen Ressorts entsteht im Quastamt Schritt für Schritt ein schlagkräftiges Team.\n\n' +
        'Das Ziel, die Behörde möglichst schlank aufzustellen, spiegelt sich auch im Organigramm wider. Das Quastamt besteht aus drei Abteilungen, den dazugehörigen Dezernaten und einem Stabsbereich.\n',
    },
    { LEXICON: 'on', THESAURUS_FILE: DEFAULT_THESAURUS_FILE },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe.skipIf(!thesaurus.run)('"Wie ist es aufgebaut?" asks for the structure, not the founding (real thesaurus)', () => {
  it('answers with what it consists of, though the thesaurus has "aufbauen" ~ "gründen"', async () => {
    const first = await services!.engine.ask('Seit wann gibt es das Landesamt Quastamt?');
    expect(first.abstained).toBe(false);
    const answer = await services!.engine.ask('Wie ist es aufgebaut?', { history: [turnOf(first)] });
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n')[1]).toContain('besteht aus drei Abteilungen');
  });
});
