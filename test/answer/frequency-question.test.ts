import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateUnit } from '../../src/answer/answer-type.js';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'wummel-buero.txt':
        'Das Wummelbüro\n\n' +
        '2009 wurde das Wummelbüro auf Beschluss des Lenkungskreises Wummelland gegründet. Der Lenkungskreis Wummelland hat 12 Mitglieder aus Land und Kommunen.\n',
      'quast-rat.txt': 'Der Quastrat\n\nDer Quastrat der Länder tagt viermal im Jahr, jeweils in einem anderen Land.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('a question how often something happens within a period ("Wie oft im Jahr …?")', () => {
  it('reads the period as the unit of the rate asked for, not a year given', () => {
    expect(rateUnit('Wie oft im Jahr tagt der Lenkungskreis?')).toBe('Jahr');
    expect(rateUnit('How often a year does the council meet?')).toBe('year');
    expect(rateUnit('Wie oft wurde im Jahr 2020 getagt?')).toBeUndefined();
    expect(rateUnit('Wie viele Mitglieder hatte der Kreis im Jahr?')).toBeUndefined();
  });

  it('is not answered by another number of the text (a year, a count of members)', async () => {
    const answer = await services.engine.ask('Wie oft im Jahr tagt der Lenkungskreis Wummelland?');
    expect(answer.abstained).toBe(true);
  });

  it('is answered by a sentence that names the rate in its period', async () => {
    const answer = await services.engine.ask('Wie oft im Jahr tagt der Quastrat der Länder?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('viermal im Jahr');
  });
});
