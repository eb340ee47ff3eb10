import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointsBackOnlyInTime } from '../../src/answer/resolve-follow-up.js';
import { turnOf } from '../../src/answer/turn-of.js';
import type { Turn } from '../../src/answer/types.js';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'portal-start.txt': 'Das Quastportal ein Jahr nach dem Start\n\nIm Vergleich zum Start im Juni 2019 hat sich das Angebot des Quastportals mehr als verdoppelt. Das Quastportal bietet jetzt 100 Leistungen.\n',
      'portal-bilanz.txt': 'Vier Jahre Quastportal\n\nAktuell gibt es fast 35.300 Nutzerkonten im Quastportal – im September 2019 waren es 117. Die Zahl der Anträge wächst.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

const prev: Turn = { question: 'Wann ist das Quastportal gestartet?', resolvedQuestion: 'Wann ist das Quastportal gestartet?', answerText: 'Im Juni 2019.' };

describe('a follow-up that points back only in time ("kurz danach", "seitdem")', () => {
  it('is told from one that points at what was said', () => {
    expect(pointsBackOnlyInTime('Und wie viele Nutzerkonten gab es kurz danach, im September?', [prev])).toBe(true);
    expect(pointsBackOnlyInTime('Was hat sich seitdem geändert?', [prev])).toBe(true);
    expect(pointsBackOnlyInTime('Was hat das Land seitdem dafür getan?', [prev])).toBe(false);
    expect(pointsBackOnlyInTime('Wie viele Nutzerkonten gibt es dort?', [prev])).toBe(false);
    expect(pointsBackOnlyInTime('Und kurz danach?', undefined)).toBe(false);
  });

  it('is answered from another text that dates it, not only from the previous answer’s', async () => {
    const first = await services.engine.ask('Wann ist das Quastportal an den Start gegangen?');
    expect(first.text).toContain('Juni 2019');
    const next = await services.engine.ask('Und wie viele Nutzerkonten gab es kurz danach, im September?', { history: [turnOf(first)] });
    expect(next.abstained).toBe(false);
    expect(next.text).toContain('117');
  });
});
