import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'eakte.txt':
        'Die E-Akte im Wummelland\n\n' +
        'Die Einführung der E-Akte im Wummelland geht auf das Landesgesetz von 2015 zurück. Ab 2022 soll die Landesverwaltung im Wummelland flächendeckend mit der E-Akte arbeiten.\n',
      'kommunen.txt': 'Kommunen im Wummelland\n\nDie Kommunen im Wummelland erhalten Fördermittel für den Breitbandausbau.\n',
      'aktenfuehrung.txt':
        'Aktenführung im Quastland\n\n' +
        'Die Pflicht zur elektronischen Aktenführung gilt im Quastland nunmehr für alle Behörden ab dem 1. Januar 2020 als Soll-Vorschrift.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('the noun a universal quantifier ranges over ("alle Kommunen", "all municipalities")', () => {
  it('must stand in the answer: a date for the state administration is none for all municipalities', async () => {
    expect((await services.engine.ask('Wann werden alle Kommunen im Wummelland mit der E-Akte arbeiten?')).abstained).toBe(true);
    expect((await services.engine.ask('When will all municipalities in Wummelland have switched to the e-file?')).abstained).toBe(true);
  });

  it('answers where the sentence names it', async () => {
    const all = await services.engine.ask('Ab welchem Datum sollen im Quastland alle Behörden ihre Akten elektronisch führen?');
    expect(all.abstained).toBe(false);
    expect(all.text).toContain('ab dem 1. Januar 2020');
    const administration = await services.engine.ask('Ab wann soll die Landesverwaltung im Wummelland mit der E-Akte arbeiten?');
    expect(administration.abstained).toBe(false);
    expect(administration.text).toContain('Ab 2022');
  });
});
