import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'quastamt.txt':
        'Das Quastamt\n\n' +
        'Zum Beginn des Jahres 2023 wurde das Quastamt gegründet. Das Quastamt besteht aus drei Abteilungen, den dazugehörigen Dezernaten und einem Stabsbereich. Es ist dem Innenministerium unterstellt.\n',
      'interview.txt':
        'Interview mit dem Landes-CIO\n\n' +
        'Daher halte ich den Aufbau einer föderalen Infrastruktur mit einem einheitlichen Sicherheitsmanagement für geboten. Das Quastamt soll dabei helfen.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('a question how something is built up ("Wie ist das Quastamt aufgebaut?", "How is it structured?")', () => {
  it('is answered by what it consists of, not by another text\'s "Aufbau"', async () => {
    const answer = await services.engine.ask('Wie ist das Quastamt aufgebaut?');
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n')[1]).toContain('besteht aus drei Abteilungen');
  });

  it('is read so in English too', async () => {
    const answer = await services.engine.ask('How is the Quastamt structured?');
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n')[1]).toContain('besteht aus drei Abteilungen');
  });
});
