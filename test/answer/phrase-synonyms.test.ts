import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THESAURUS_FILE, loadLinguisticResources, type LinguisticResources } from '../../src/lexicon/load-linguistic-resources.js';
import { phraseSynonymAlternatives } from '../../src/lexicon/word-expansions.js';
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
      'reform.txt':
        'Die Kreisreform im Wummelland\n\n' +
        'Die Kreisreform spart dem Land jährlich 90 Millionen Euro. ' +
        'Im Jahr 2011 lebten etwa 71 Menschen pro Quadratkilometer im Land, zehn Jahre davor waren es 80 pro Quadratkilometer. ' +
        'Die Kreisreform wurde im Jahr 2011 von der Landesregierung beschlossen.\n',
    },
    { LEXICON: 'on', THESAURUS_FILE: DEFAULT_THESAURUS_FILE },
  ));
}, 120_000);
afterAll(async () => {
  await services?.close();
  project?.cleanup();
});

describe.skipIf(!thesaurus.run)('phrases of a question have synonyms of their own (real thesaurus)', () => {
  it('gives the words of a phrase the single-word synonyms of its entry that the documents use ("pro Jahr" → "jährlich")', () => {
    const known = (w: string) => ['jährlich', 'erstmals'].includes(w);
    const out = phraseSynonymAlternatives(resources, 'Wie viel spart die Reform pro Jahr?', known);
    expect(out.get('Jahr')?.map((a) => a.word)).toContain('jährlich');
    // A synonym the documents never use is no alternative ("alljährlich").
    expect(out.get('Jahr')?.map((a) => a.word)).not.toContain('alljährlich');
    // Words that make no entry together have none.
    expect(phraseSynonymAlternatives(resources, 'Wie viel spart die Reform?', known).size).toBe(0);
  });

  it('answers a question whose phrase the document says in one word', async () => {
    const answer = await services!.engine.ask('wie viel spart die kreisreform pro jahr ein?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('jährlich 90 Millionen Euro');
  });
});
