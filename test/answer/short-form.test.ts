import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'gesetz.txt':
        'Das Gesetz im Quastland\n\n' +
        'Das Mantelgesetz enthält in Artikel 1 das Wummelgesetz Quastland (WumG Q). Artikel 2 ändert das Verfahrensgesetz.\n\n' +
        'Der Rat beauftragt die Stelle zur Errichtung der QUAKO (Quastländische IT-Kooperation).\n\n' +
        'Das Quastportal ist seit 2019 online. Das Quastportal bietet 300 Leistungen.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('a question for the short or long form of a name ("Abkürzung", "abbreviation")', () => {
  it('is answered by the sentence that gives it in brackets', async () => {
    const short = await services.engine.ask('Welche Abkürzung hat das Wummelgesetz Quastland?');
    expect(short.abstained).toBe(false);
    expect(short.text).toContain('(WumG Q)');
  });

  it('takes "Abkürzung" for what is asked, not for a word the documents must use ("quako abkürzung")', async () => {
    const long = await services.engine.ask('quako abkürzung');
    expect(long.abstained).toBe(false);
    expect(long.text).toContain('QUAKO (Quastländische IT-Kooperation)');
  });

  it('is declined when no sentence gives a form of that name in brackets', async () => {
    const none = await services.engine.ask('Welche Abkürzung hat das Quastportal?');
    expect(none.abstained).toBe(true);
  });
});
