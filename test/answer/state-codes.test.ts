import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'kiel.txt':
    'Digitaler Arbeitsplatz\n\nSchleswig-Holstein wird als erstes Land einen digital souveränen IT-Arbeitsplatz einführen. ' +
    'Die Landesverwaltung steigt dafür auf LibreOffice um.\n',
  'rostock.txt': 'Das Portal\n\nMecklenburg-Vorpommern bietet seit 2019 ein Serviceportal an. Das Portal ist rund um die Uhr erreichbar.\n',
});

describe('a state named by its code', () => {
  it('is the state the documents write out ("SH" → Schleswig-Holstein), not a word they never use', async () => {
    const answer = await engine().ask('Was hat SH mit LibreOffice vor?');
    expect(answer.abstained, answer.explanation?.reason).toBe(false);
    expect(answer.text).toContain('Schleswig-Holstein wird als erstes Land');
  });
});
