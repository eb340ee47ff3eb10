import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'buero.txt':
    'Das Büro für kooperatives E-Government\n\n' +
    'Vier Regionalkonferenzen hat das Büro für kooperatives E-Government in den Jahren 2014 und 2015 durchgeführt, um auf Themen des E-Governments aufmerksam zu machen.\n\n' +
    'Das Büro für kooperatives E-Government nimmt seit 2009 seine Aufgaben im Bereich der Moderation, Vernetzung und Koordinierung wahr.\n\n' +
    'Die Landesregierung plant neue Gesetze für die Verwaltung.\n',
});

describe('"Was macht …?" after a lead', () => {
  it('ranks the sentence naming the tasks first, as it does for the question alone', async () => {
    const question = 'Als Kreistagsmitglied höre ich öfter vom Büro für kooperatives E-Government. Was macht diese Stelle konkret?';
    const answer = await engine().ask(question);
    expect(answer.explanation?.candidates[0]?.text).toContain('Aufgaben im Bereich der Moderation');
  });
});
