import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  const filler = Array.from({ length: 6 }, (_, i) => `Im Abschnitt ${i + 1} geht es um Förderquoten, Haushalte und Anschlüsse im ländlichen Raum, die Planung der Trassen und die Beteiligung der Gemeinden.`).join('\n\n');
  ({ project, services } = await openEngineOver(
    {
      'netzausbau.txt':
        'Digitale Infrastruktur im Wummelkreis wird ausgebaut\n\n' +
        'Quastedorf – Der Wummelkreis beauftragt die Quastcom Netzbau GmbH mit dem Ausbau der digitalen Infrastruktur im Kreisgebiet.\n\n' +
        `${filler}\n\n` +
        'Die Quastcom beabsichtigt, im gesamten Ausbaugebiet ein reines Glasfasernetz bis an die Gebäude einzurichten.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('a name the answer gives short', () => {
  it('comes with the sentence of its document that gives it in full ("die Quastcom" → "Quastcom Netzbau GmbH")', async () => {
    const a = await services.engine.ask('Welches Unternehmen errichtet im Wummelkreis das Glasfasernetz?');
    expect(a.abstained).toBe(false);
    expect(a.text).toContain('Die Quastcom beabsichtigt');
    expect(a.text).toContain('Quastcom Netzbau GmbH');
    // Each statement is quoted by a citation.
    for (const line of a.text.split('\n').filter((l) => / \[\d+\]$/.test(l))) {
      const n = Number(/\[(\d+)\]$/.exec(line)![1]);
      expect(a.citations.find((c) => c.n === n)?.text.replace(/^… | …$/g, '')).toContain(line.replace(/ \[\d+\]$/, '').replace(/^… | …$/g, ''));
    }
  });
});
