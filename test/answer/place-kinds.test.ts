import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DICTIONARY_FILE, DEFAULT_THESAURUS_FILE } from '../../src/lexicon/load-linguistic-resources.js';
import type { Services } from '../../src/services.js';
import { realResource } from '../lexicon/real-resources.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

const thesaurus = realResource(DEFAULT_THESAURUS_FILE, 'openthesaurus-de-text');
const dictionary = realResource(DEFAULT_DICTIONARY_FILE, 'trans-de-en');
const run = thesaurus.run && dictionary.run;

let project: TempProject | undefined;
let services: Services | undefined;
beforeAll(async () => {
  if (!run) return;
  ({ project, services } = await openEngineOver(
    {
      'kreisreform.txt':
        'Die Kreisgebietsreform im Wummelland\n\n' +
        'Die Politik hat mit einer großen Kreisgebietsreform die Zahl der Landkreise von zwölf auf sechs reduziert. ' +
        'Dabei gingen mit Ausnahme des bisherigen Landkreises Wummelheide alle Kreise komplett in einem neuen Großkreis auf. ' +
        'Zwei der bis dahin sechs kreisfreien Städte behielten ihren Status.\n',
    },
    { LEXICON: 'on', THESAURUS_FILE: DEFAULT_THESAURUS_FILE, DICTIONARY_FILE: DEFAULT_DICTIONARY_FILE },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe.skipIf(!run)('a question for named places of a kind (real thesaurus and dictionary)', () => {
  it('never takes an adjective-noun compound ("Großkreis") for the name of a place', async () => {
    const answer = await services!.engine.ask('Welche beiden kreisfreien Städte behielten bei der Kreisgebietsreform ihren Status?');
    expect(answer.abstained).toBe(true);
  });

  it('finds the English kind through its translations ("district" → "Kreis")', async () => {
    const answer = await services!.engine.ask('Which former district was the exception in the district reform and did not merge into a new large district?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Landkreises Wummelheide');
  });
});
