import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'wummel-gesetz.txt':
        'Wummelland: Digitalgesetz in Kraft getreten\n\n' +
        'Still und leise hat das Wummelland das Digitalgesetz verabschiedet. Das Digitalgesetz Wummelland enthält Regeln zur elektronischen Aktenführung. ' +
        'Die Pflicht zur elektronischen Aktenführung gilt im Wummelland nunmehr für alle Behörden ab dem 1. Januar 2020.\n',
      'blubb-ordnung.txt':
        'Blubbland entlastet die Kommunen\n\n' +
        '[11.11.2024] Der Landtag von Blubbland hat eine Änderung des E-Government-Gesetzes verabschiedet, die die Kommunen entlastet.\n',
      'quast-gesetz.txt':
        'Quastland: Onlinegesetz in Kraft getreten\n\n' +
        'Das Quastland hat ein Onlinegesetz. Das Onlinegesetz Quastland ist am 1. Mai 2016 in Kraft getreten. Es regelt die Online-Dienste der Behörden.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('a date question about the event a document’s title reports ("… in Kraft getreten")', () => {
  it('is not answered by another date of the text, which dates something else', async () => {
    const answer = await services.engine.ask('An welchem Tag ist das Digitalgesetz Wummelland in Kraft getreten?');
    expect(answer.abstained).toBe(true);
  });

  it('is answered where the text names the event with its date', async () => {
    const answer = await services.engine.ask('An welchem Tag ist das Onlinegesetz Quastland in Kraft getreten?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('am 1. Mai 2016');
  });
});

describe('a date question that names its event by "in Kraft"', () => {
  it('is not answered by the date of another event, whatever the title reports', async () => {
    // The law's amendment is dated, its entry into force is not.
    const answer = await services.engine.ask('An welchem Tag trat das E-Government-Gesetz in Blubbland in Kraft?');
    expect(answer.abstained).toBe(true);
  });

  it('is answered where a sentence names the event', async () => {
    const answer = await services.engine.ask('Wann trat das Onlinegesetz Quastland in Kraft?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('am 1. Mai 2016');
  });
});
