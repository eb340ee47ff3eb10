import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver(
  {
    'portal.txt': 'Das Portal der WUMDIG\n\nDas Digitalangebot der WUMDIG zählt insgesamt 33 Kategorien, von Arbeit und Beruf bis zur Zuwanderung.\n',
    'amt.txt': 'Das Amt für Netze\n\nIm Amt für Netze arbeiten insgesamt 120 Beschäftigte an der Versorgung des Landes.\n',
  },
  // The lexicon tells nouns of persons by role or trade.
  { LEXICON: 'on' },
);

describe('a count of persons is answered by a number of persons', () => {
  it('declines when the only number near the subject counts something else ("33 Kategorien")', async () => {
    expect((await engine().ask('Wie viele Leute arbeiten insgesamt bei der WUMDIG?')).abstained).toBe(true);
  });

  it('answers with a number of persons ("120 Beschäftigte")', async () => {
    const answer = await engine().ask('Wie viele Leute arbeiten insgesamt im Amt für Netze?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('120 Beschäftigte');
  });
});
