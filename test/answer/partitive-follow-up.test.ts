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
      'glasfaser.txt':
        'Glasfaser im Wummelkreis\n\n' +
        'Insgesamt hat der Wummelkreis für den Glasfaserausbau 180 Millionen Euro veranschlagt. Davon trägt der Bund 113 Millionen Euro, das Land unterstützt mit Fördermitteln in Höhe von rund 43 Millionen Euro.\n\n' +
        'Mit dem Ausbau sollen rund 35.700 Haushalte an das schnelle Internet angeschlossen werden, davon 20.000 in Wummelstadt.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

async function followUp(first: string, next: string) {
  const a = await services.engine.ask(first);
  return services.engine.ask(next, { history: [turnOf(a)] });
}

describe('a follow-up that asks for part of the previous quantity ("Wie viel davon …?")', () => {
  it('asks for an amount after an amount', async () => {
    const part = await followUp('Was kostet der Glasfaserausbau im Wummelkreis insgesamt?', 'Wie viel davon übernimmt der Bund?');
    expect(part.explanation?.features.answerType).toBe('money');
    expect(part.text).toContain('113 Millionen Euro');
    const english = await followUp('How much does the fibre roll-out in the Wummelkreis cost in total?', 'How much of it does the Bund pay?');
    expect(english.explanation?.features.answerType).toBe('money');
  });

  it('keeps asking for an amount along a chain of such turns ("… Wie viel davon übernimmt der Bund? Wie viel davon das Land?")', async () => {
    const cost = await services.engine.ask('Was kostet der Glasfaserausbau im Wummelkreis insgesamt?');
    const bund = await services.engine.ask('Wie viel davon übernimmt der Bund?', { history: [turnOf(cost)] });
    const land = await services.engine.ask('Wie viel davon übernimmt das Land?', { history: [turnOf(cost), turnOf(bund)] });
    expect(land.explanation?.features.answerType).toBe('money');
    expect(land.text).toContain('43 Millionen Euro');
  });

  it('asks for a count after a count', async () => {
    const part = await followUp('Wie viele Haushalte sollen im Wummelkreis angeschlossen werden?', 'Wie viele davon in Wummelstadt?');
    expect(part.explanation?.features.answerType).toBe('number');
    expect(part.text).toContain('20.000 in Wummelstadt');
  });
});
