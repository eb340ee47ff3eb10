import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnOf } from '../../src/answer/turn-of.js';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'cio.txt':
        'Interview mit dem Landes-CIO\n\n' +
        'Dazu gehört für mich, den Behördenruf 115, der bislang in der Region Westwummel im Rahmen des Modellprojekts Daseinsvorsorge 2030 erprobt wird, flächendeckend einzuführen.\n',
      'projekte.txt':
        'Projekte des Landes\n\n' +
        'Weitere Projekte sind das Dokumentensystem DOMEA und ein neues Reisesystem. Über den Ansatz hinaus befinden sich 33 Projekte in der Umsetzung.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('a question without a verb after a turn ("In welchem Projekt genau?")', () => {
  it('is a fragment of the previous turn, asked of its subject', async () => {
    const first = await services.engine.ask('Wo wird der Behördenruf 115 bislang erprobt?');
    expect(first.text).toContain('Westwummel');
    const next = await services.engine.ask('In welchem Projekt genau?', { history: [turnOf(first)] });
    expect(next.abstained).toBe(false);
    expect(next.text.split('\n')[1]).toContain('Modellprojekts Daseinsvorsorge 2030');
    expect(next.resolvedQuestion).toContain('Behördenruf 115');
  });

  it('is no fragment when it has a verb of its own', async () => {
    const first = await services.engine.ask('Wo wird der Behördenruf 115 bislang erprobt?');
    const next = await services.engine.ask('Welche Projekte befinden sich in der Umsetzung?', { history: [turnOf(first)] });
    expect(next.resolvedQuestion).toBe('Welche Projekte befinden sich in der Umsetzung?');
  });
});
