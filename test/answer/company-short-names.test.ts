import { describe, expect, it } from 'vitest';
import { companyShortNames } from '../../src/answer/answer-type.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver(
  {
    'netz.txt':
      'Schnelles Internet im Wummelkreis\n\n' +
      'Der Wummelkreis beauftragt die Wummelnetz Breitband GmbH mit dem Ausbau der digitalen Infrastruktur im gesamten Kreisgebiet. ' +
      'Die Verträge werden am Montag im Kreishaus unterzeichnet.\n\n' +
      'Die Wummelnetz beabsichtigt, im gesamten Ausbaugebiet ein reines Glasfasernetz bis an die Gebäude einzurichten.\n',
  },
  { LEXICON: 'on' },
);

describe('a company a text names in full and then by its short name', () => {
  it('takes the first word of a name with a legal form for its short name, never a common word', () => {
    expect(companyShortNames('Der Kreis beauftragt die Wummelnetz Breitband GmbH mit dem Ausbau.')).toEqual(['Wummelnetz']);
    expect(companyShortNames('Die Deutsche Telekom AG baut.', (w) => w === 'Deutsche')).toEqual([]);
    expect(companyShortNames('Kein Unternehmen wird genannt.')).toEqual([]);
  });

  it('answers "which company" with the sentence that names it by its short name', async () => {
    const answer = await engine().ask('Welche Firma baut das Glasfasernetz im Wummelkreis?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('Die Wummelnetz beabsichtigt');
  });
});
