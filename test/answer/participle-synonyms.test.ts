import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THESAURUS_FILE, loadLinguisticResources, type LinguisticResources } from '../../src/lexicon/load-linguistic-resources.js';
import { participleSynonymAlternatives } from '../../src/lexicon/word-expansions.js';
import type { Services } from '../../src/services.js';
import { realResource } from '../lexicon/real-resources.js';
import { openEngineOver } from '../support/engine-fixture.js';
import type { TempProject } from '../support/temp-project.js';

const thesaurus = realResource(DEFAULT_THESAURUS_FILE, 'openthesaurus-de-text');

let resources: LinguisticResources | undefined;
let project: TempProject | undefined;
let services: Services | undefined;
beforeAll(async () => {
  if (!thesaurus.run) return;
  resources = await loadLinguisticResources({ dictionaryFile: 'off' });
  ({ project, services } = await openEngineOver(
    {
      'buergerservice.txt':
        'Der Bürgerservice im Quastland\n\n' +
        'Der Landes-CIO will die Servicenummer 116 möglichst flächendeckend einführen. ' +
        'Die Servicenummer 116 wird bislang in der Region Westquast im Rahmen eines Modellprojekts erprobt. ' +
        'Das Landesamt betreibt das Netz der Verwaltung.\n',
      // The number is named often (a common word), the words "zuerst … getestet" only once, for something else.
      'nummer.txt': 'Die Servicenummer\n\nDie Servicenummer ist kostenlos. Unter der Servicenummer erreicht man die Verwaltung. Die Servicenummer gilt für alle Ämter.\n',
      'portal.txt': 'Das Serviceportal\n\nDas Serviceportal wurde zuerst von wenigen Ämtern getestet. Heute nutzen es alle Ämter des Landes.\n',
    },
    { LEXICON: 'on', THESAURUS_FILE: DEFAULT_THESAURUS_FILE },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe.skipIf(!thesaurus.run)('the participle closing a clause has its synonyms in the same form (real thesaurus)', () => {
  it('gives the participle after an auxiliary the -t forms of its synonyms ("getestet", "ausprobiert" → "erprobt")', () => {
    expect(participleSynonymAlternatives(resources, 'Wo wurde die Nummer zuerst getestet?').get('getestet')?.map((a) => a.word)).toContain('erprobt');
    expect(participleSynonymAlternatives(resources, 'wo hat man die Nummer eigentlich ausprobiert?').get('ausprobiert')?.map((a) => a.word)).toContain('erprobt');
    // Also before a final auxiliary ("… ausprobiert worden?").
    expect(participleSynonymAlternatives(resources, 'Wo ist die Nummer ausprobiert worden?').get('ausprobiert')?.map((a) => a.word)).toContain('erprobt');
  });

  it('gives a finite verb in -t none, nor a clause without an auxiliary', () => {
    expect(participleSynonymAlternatives(resources, 'Was macht das Landesamt?').size).toBe(0);
    expect(participleSynonymAlternatives(resources, 'Wer testet die Nummer?').size).toBe(0);
    expect(participleSynonymAlternatives(undefined, 'Wo wurde die Nummer getestet?').size).toBe(0);
  });

  it('answers where something was tested from the sentence that says where it is tried out', async () => {
    const answer = await services!.engine.ask('Wo wurde die Servicenummer zuerst getestet?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Region Westquast');
  });
});
