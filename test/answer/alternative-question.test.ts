import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alternativeWords } from '../../src/answer/answer-type.js';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

describe('the alternatives an alternative question offers', () => {
  it('are the words of its last clause with "oder" or "or"', () => {
    expect([...alternativeWords('Welche Technik ist vorgesehen – FTTC oder Glasfaser bis ins Gebäude?')]).toEqual(['fttc', 'oder', 'glasfaser', 'bis', 'ins', 'gebaude']);
    expect(alternativeWords('Is it called BundID, or something else?').has('bundid')).toBe(false);
    expect(alternativeWords('Is it called BundID or something else?').has('bundid')).toBe(true);
  });

  it('are none without an "oder"', () => {
    expect(alternativeWords('Wann startet das Portal?').size).toBe(0);
    expect(alternativeWords('Wer ist Ordner des Archivs?').size).toBe(0);
  });
});

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'ausbau.txt':
        'Glasfaser für den Wummelkreis\n\n' +
        'Der Wummelkreis beauftragt die Quastnet GmbH mit dem Ausbau. Die Quastnet beabsichtigt, im gesamten Ausbaugebiet im Wummelkreis ein reines Glasfasernetz mit FTTB/H-Standard einzurichten.\n',
      'portal.txt': 'Das Wummelportal\n\nDas Wummelportal ging im Juni 2019 an den Start.\n',
      // Other texts, so that the words of the build-out text are rare ones.
      ...Object.fromEntries(
        [1, 2, 3, 4, 5, 6, 7, 8].map((i) => [`meldung${i}.txt`, `Meldung ${i}\n\nDas Wummelamt ${i} meldet neue Online-Dienste für Bürgerinnen und Bürger im Jahr 202${i}.\n`]),
      ),
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('an alternative question', () => {
  it('is answered though the documents never name the alternative they do not take', async () => {
    const answer = await services.engine.ask('FTTC oder echtes FTTB/H?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('FTTB/H-Standard');
  });

  it('is declined when the documents know none of the alternatives', async () => {
    expect((await services.engine.ask('Wummelportal: Hotline oder Chatbot?')).abstained).toBe(true);
  });
});
