import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver(
  {
    'nordland.txt':
      'Nordland stellt um\n\nNordland setzt künftig auf einen digital souveränen Arbeitsplatz in der Landesverwaltung. ' +
      'Die Landesverwaltung von Nordland stellt dafür ihre Büroprogramme auf LibreOffice um.\n',
    'wummelstein.txt':
      'Digitalisierung in Wummelstein\n\nIn Wummelstein soll die Digitalisierung der Landesverwaltung schneller vorankommen. ' +
      'Mehrere Millionen Euro sollen dafür in die Landesverwaltung von Wummelstein investiert werden.\n',
  },
  // The lexicon tells a name ("LibreOffice") from a common word.
  { LEXICON: 'on' },
);

describe('an untyped question is answered from a document that names what it names', () => {
  it('declines when the best sentence stands in a document that never names the thing asked about', async () => {
    const answer = await engine().ask('Plant Wummelstein ebenfalls, seine Landesverwaltung auf LibreOffice umzustellen?');
    expect(answer.abstained).toBe(true);
  });

  it('answers from the document that names it', async () => {
    const answer = await engine().ask('Stellt Nordland seine Landesverwaltung auf LibreOffice um?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('LibreOffice');
  });
});
