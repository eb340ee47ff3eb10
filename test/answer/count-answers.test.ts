import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver(
  {
    'interview.txt':
      'Der Landes-CIO im Gespräch\n\n' +
      'Über den strategischen Ansatz hinaus befinden sich derzeit 33 E-Government-Projekte in der Umsetzung. ' +
      'Weitere Vorhaben sind das Dokumentenmanagement und ein neues Haushaltssystem.\n',
    'zentrum.txt':
      'Das Zentrum für Digitalisierung\n\n' +
      'Der Landtag hat beschlossen, 400 Millionen Euro für die Digitalisierung im Zentrum für Digitalisierung bereitzustellen. ' +
      'Das Zentrum für Digitalisierung plant die Vorhaben für die kommenden vier Jahre.\n',
    'fonds.txt':
      'Der Fonds der Stadt\n\nDie Stadt Wummelstadt setzt mit einem 48-Millionen-Euro-Digitalisierungsfonds auf die Modernisierung ihrer Verwaltung. Ein Teil des Fonds fließt in die Schulen der Stadt.\n',
    'land.txt': 'Das dünn besiedelte Land\n\nDas Land Wummelstein hat mit Wummelstadt nur eine einzige Großstadt. Viele Dörfer liegen weit auseinander.\n',
  },
  // The lexicon tells the nouns of a lowercase question.
  { LEXICON: 'on' },
);

describe('a count question counts a noun the documents name', () => {
  it('counts the last noun of a compound typed as separate words ("egov projekte")', async () => {
    const answer = await engine().ask('wie viele egov projekte sind derzeit in der umsetzung');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('33 E-Government-Projekte');
  });

  it('still declines a count of something the documents never name', async () => {
    const answer = await engine().ask('wie viele mitarbeiter hat der landes-cio');
    expect(answer.abstained).toBe(true);
  });

  it('answers a count of persons with no amount of money and no length of time', async () => {
    const answer = await engine().ask('wie viele leute arbeiten im zentrum für digitalisierung');
    expect(answer.abstained).toBe(true);
  });

  it('answers a count of years with a length of time', async () => {
    const answer = await engine().ask('Für wie viele Jahre plant das Zentrum für Digitalisierung die Vorhaben?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('vier Jahre');
  });

  it('counts one by "eine einzige …", for the noun it counts only', async () => {
    const answer = await engine().ask('Wie viele Großstädte hat das Land Wummelstein?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('nur eine einzige Großstadt');
    expect((await engine().ask('Wie viele Einwohner hat Wummelstadt?')).abstained).toBe(true);
  });

  it('never answers how much of a given amount with that amount itself', async () => {
    for (const q of ['Wie viel von den 48 Millionen Euro des Digitalisierungsfonds fließt in die Schulen von Wummelstadt?', "How much of Wummelstadt's 48 million euro digitalisation fund goes to schools?"])
      expect((await engine().ask(q)).abstained, q).toBe(true);
  });
});
