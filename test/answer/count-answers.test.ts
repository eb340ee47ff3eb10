import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'interview.txt':
        'Der Landes-CIO im Gespräch\n\n' +
        'Über den strategischen Ansatz hinaus befinden sich derzeit 33 E-Government-Projekte in der Umsetzung. ' +
        'Weitere Vorhaben sind das Dokumentenmanagement und ein neues Haushaltssystem.\n',
    },
    // The lexicon tells the nouns of a lowercase question.
    { LEXICON: 'on' },
  ));
});
afterAll(async () => {
  await services.close();
  project.cleanup();
});

describe('a count question counts a noun the documents name', () => {
  it('counts the last noun of a compound typed as separate words ("egov projekte")', async () => {
    const answer = await services.engine.ask('wie viele egov projekte sind derzeit in der umsetzung');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('33 E-Government-Projekte');
  });

  it('still declines a count of something the documents never name', async () => {
    const answer = await services.engine.ask('wie viele mitarbeiter hat der landes-cio');
    expect(answer.abstained).toBe(true);
  });
});
