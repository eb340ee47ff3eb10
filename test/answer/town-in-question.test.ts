import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { openEngineOverWithDictionary } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOverWithDictionary(
    {
      'portal.txt':
        'Vier Jahre Serviceportal Wummelland\n\n' +
        'Ein Jahr nach dem Start des Serviceportals konnte man im ganzen Wummelland 100 Leistungen online erledigen. ' +
        'Damals konnte man zum Start des Serviceportals in Quastburg ein Gewerbe anmelden. ' +
        'Die Zahl der Leistungen hat sich seither vervielfacht.\n',
    },
    // The dictionary's [geogr.] entries tell towns from states.
    ['Quastburg (Stadt in Deutschland) [geogr.] :: Quastburg (city in Germany)', 'Wummelland {n} (deutsches Bundesland) [geogr.] :: Wummelland (German state)'],
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('a question about what holds in a town ("Was konnte man in Quastburg … erledigen?")', () => {
  it('is answered by the sentence that names the town, not by one about the whole state', async () => {
    const answer = await services.engine.ask('Was konnte man in Quastburg zum Start des Serviceportals online erledigen?');
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n')[1]).toContain('in Quastburg ein Gewerbe anmelden');
  });
});
