import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      'stadtwerke.txt':
        'Das Stadtwerkegesetz Wummelland\n\n' +
        'Das Stadtwerkegesetz Wummelland gibt den Stadtwerken seit dem 1. März 2019 mehr Energie und Einfluss beim Ausbau der Netze.\n',
      'onlinegesetz.txt':
        'Das Onlinegesetz Quastland\n\nDas Onlinegesetz Quastland ist am 1. Mai 2016 in Kraft getreten. Es regelt die Online-Dienste der Behörden.\n',
    },
    { LEXICON: 'on', THESAURUS_FILE: DEFAULT_THESAURUS_FILE },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe.skipIf(!thesaurus.run)('"in Kraft" names its event by the noun itself (real thesaurus)', () => {
  it('declines a date beside a synonym of "Kraft" in its other sense ("Energie", "Einfluss")', async () => {
    const answer = await services!.engine.ask('Wann ist das Stadtwerkegesetz Wummelland in Kraft getreten?');
    expect(answer.abstained).toBe(true);
  });

  it('answers with the date beside "in Kraft"', async () => {
    const answer = await services!.engine.ask('Wann ist das Onlinegesetz Quastland in Kraft getreten?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('1. Mai 2016');
  });
});
