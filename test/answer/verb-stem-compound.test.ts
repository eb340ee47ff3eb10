import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'ausbau.txt':
        'Breitband im Wummelkreis\n\n' +
        'Insgesamt hat der Wummelkreis für den Breitbandausbau 180 Millionen Euro veranschlagt. Davon trägt der Bund 113 Millionen Euro, das Land unterstützt mit Fördermitteln in Höhe von rund 43 Millionen Euro.\n',
      'portal.txt': 'Das Wummelportal\n\nDas Wummelportal ging im Juni 2019 an den Start.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('a compound whose first part is a verb’s stem ("Förder|geld")', () => {
  it('is a common word, not a name the answer must repeat', async () => {
    const answer = await services.engine.ask('Mit wie viel Fördergeld unterstützt das Land den Breitbandausbau im Wummelkreis?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('rund 43 Millionen Euro');
  });
});
