import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { openEngineOverWithDictionary } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

// Lines in the format of the Ding dictionary: its [geogr.] entries name the states.
const DING = [
  'Mecklenburg-Vorpommern {n} (deutsches Bundesland) [geogr.] :: Mecklenburg-Western Pomerania (German state)',
  'Baden-Württemberg {n} (deutsches Bundesland) [geogr.] :: Baden-Wuerttemberg (German state)',
];

// A series on one state, whose news column reports on another: the first state is named throughout.
const paragraph = (n: number) =>
  `Teil ${n} der Serie: Mecklenburg-Vorpommern setzt beim eGovernment-Gesetz auf Zusammenarbeit mit den Kommunen. ` +
  `Das eGovernment-Gesetz von Mecklenburg-Vorpommern regelt die elektronische Akte und den Zugang für Bürger, so der Beitrag ${n}.\n\n`;

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOverWithDictionary(
    {
      'serie.txt':
        'CIO-Serie: Mecklenburg-Vorpommern\n\n' +
        [1, 2, 3, 4].map(paragraph).join('') +
        'Meldungen\n\n[11.11.2024] Der Landtag von Baden-Württemberg hat jetzt eine Änderung der Gemeindeordnung verabschiedet, die Kommunen in Abläufen entlastet.\n',
    },
    DING,
  ));
});
afterAll(async () => {
  await services.close();
  project.cleanup();
});

describe('a sentence that names another state is not about the state asked', () => {
  it('declines a date asked of one state when only a sentence naming another one holds a date', async () => {
    const answer = await services.engine.ask('An welchem Tag hat der Landtag das eGovernment-Gesetz Mecklenburg-Vorpommern verabschiedet?');
    expect(answer.abstained).toBe(true);
  });

  it('answers the same question of the state the sentence names', async () => {
    const answer = await services.engine.ask('An welchem Tag hat der Landtag von Baden-Württemberg die Änderung der Gemeindeordnung verabschiedet?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('11.11.2024');
  });
});
