import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../src/services.js';
import { openEngineOverWithDictionary } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

// A few lines in the format of the Ding dictionary: its [geogr.] entries name places.
const DING = [
  'Brandenburg {n} (deutsches Bundesland) [geogr.] :: Brandenburg (German state)',
  'Essen (Stadt in Deutschland) [geogr.] :: Essen (city in Germany)',
  'Hannover (Stadt in Deutschland) [geogr.] :: Hanover (city in Germany)',
  'Deutschland {n} /DE/ (Kfz: /D/) [geogr.] :: Germany',
  'Portal {n} | Portale {pl} :: portal | portals',
];

let project: TempProject;
let services: Services;
beforeAll(async () => {
  ({ project, services } = await openEngineOverWithDictionary(
    {
      'portal.txt':
        'Das Serviceportal des Landes\n\n' +
        'Ein Jahr nach dem Start verzeichnet das Serviceportal des Landes 100 Online-Leistungen. ' +
        'Bundesweit nutzen 20 Länder das Serviceportal. ' +
        'Hannover setzt mit einem 48-Millionen-Euro-Digitalisierungsfonds auf die Modernisierung seiner Verwaltung.\n',
      'laender.txt': 'Die Länder\n\nDeutschland ist ein Bundesstaat aus sechzehn Ländern.\n',
      'charta.txt': 'Charta Digitale Ethik\n\nIn ihrer Charta hat die Stadt Essen Regeln für digitale Technologien festgelegt.\n',
    },
    DING,
  ));
});
afterAll(async () => {
  await services.close();
  project.cleanup();
});

describe('places the dictionary names', () => {
  it('declines a question about a place the documents never mention, though its name splits into words', async () => {
    const answer = await services.engine.ask('Wie viele Online-Leistungen verzeichnet das Serviceportal in Brandenburg?');
    expect(answer.abstained).toBe(true);
    expect(answer.explanation?.reason).toContain('Brandenburg');
  });

  it('takes a country the question names for background, not for a name the answer must repeat', async () => {
    const answer = await services.engine.ask('Wie viele Länder nutzen das Serviceportal in Deutschland?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('20 Länder');
  });

  it("does not answer for one city with another city's figure", async () => {
    const answer = await services.engine.ask('Wie hoch ist der Digitalisierungsfonds der Stadt Essen?');
    expect(answer.abstained).toBe(true);
    const right = await services.engine.ask('Wie hoch ist der Digitalisierungsfonds von Hannover?');
    expect(right.abstained).toBe(false);
    expect(right.text).toContain('48-Millionen-Euro');
  });
});
