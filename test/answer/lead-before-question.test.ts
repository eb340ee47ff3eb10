import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadAndQuestion } from '../../src/answer/split-question.js';
import type { Services } from '../../src/services.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

describe('the lead of a turn and its question proper', () => {
  it('splits after the last sentence or frame before the closing question', () => {
    expect(leadAndQuestion('Ich bin 78 und gehe lieber hin. Aber mich würde interessieren: Welcher Anteil ging elektronisch?')).toEqual({
      lead: 'Ich bin 78 und gehe lieber hin. Aber mich würde interessieren:',
      question: 'Welcher Anteil ging elektronisch?',
    });
    expect(leadAndQuestion('As a consultant I need to know: which EU regulation governs the user accounts?')?.question).toBe('which EU regulation governs the user accounts?');
  });

  it('keeps a turn of one sentence whole, and an abbreviation ends no sentence', () => {
    expect(leadAndQuestion('Wie viele Leistungen gibt es im Portal?')).toBeUndefined();
    expect(leadAndQuestion('Wer ist Direktorin bzw. Direktor des Zentrums?')).toBeUndefined();
    expect(leadAndQuestion('What is the first name of Mr. Lenz, the commissioner?')).toBeUndefined();
    expect(leadAndQuestion('Was ist z. B. mit dem Portal?')).toBeUndefined();
    expect(leadAndQuestion('Ich lese über das Portal. Und?')).toBeUndefined();
  });
});

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOver(
    {
      'rechnungshof.txt':
        'Rechnungshof kritisiert das Wummelland\n\n' +
        'Der Rechnungshof des Wummellandes kritisiert die Landesregierung. Nur fünf Prozent aller Verwaltungsleistungen im Wummelland könnten elektronisch erledigt werden.\n',
      'portal.txt': 'Das Wummelportal\n\nDas Wummelportal ging im Juni 2019 an den Start. Es bietet heute 300 Leistungen an.\n',
    },
    { LEXICON: 'on' },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe('a turn that tells something about the asker before it asks', () => {
  it('is answered by its question proper: the asker’s age is no number the documents must give', async () => {
    const answer = await services.engine.ask(
      'Ich habe im Radio gehört, dass der Rechnungshof im Wummelland schimpft. Ich bin 78 und gehe lieber persönlich hin, aber mich würde interessieren: Welcher Anteil der Verwaltungsleistungen ging elektronisch?',
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Nur fünf Prozent aller Verwaltungsleistungen');
  });

  it('is still declined when the documents do not answer the question proper', async () => {
    const answer = await services.engine.ask('Ich habe vom Wummelportal gelesen. Ich bin 78 und frage mich: Was kostet der Betrieb des Wummelportals pro Jahr?');
    expect(answer.abstained).toBe(true);
  });
});
