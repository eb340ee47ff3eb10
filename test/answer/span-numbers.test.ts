import { describe, expect, it } from 'vitest';
import { spanNumbers } from '../../src/answer/answer-type.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'ein-jahr.txt':
    'Ein Jahr Wummelportal\n\nEin Jahr nach dem Start hat das Wummelportal 100 Online-Leistungen und mehr als 2.300 Nutzerkonten. ' +
    'Das Wummelportal wird laufend ausgebaut.\n',
  'vier-jahre.txt':
    'Vier Jahre Wummelportal\n\nDas Land zieht Bilanz. Aktuell fast 35.300 Nutzerkonten – im September 2019 waren es 117 – sowie bereits 29.000 Anträge.\n',
});

describe('a span of time given in words is a number the passage must give', () => {
  it('reads "vier Jahre", "two years" as numbers, not other number words', () => {
    expect(spanNumbers('Wie viele Nutzerkonten gab es vier Jahre später?')).toEqual(['4']);
    expect(spanNumbers('How many accounts were there two years after the launch?')).toEqual(['2']);
    expect(spanNumbers('Welche zwei Städte blieben kreisfrei?')).toEqual([]);
  });

  it('answers "nach vier Jahren" from the text whose title gives the span', async () => {
    const answer = await engine().ask('Wie viele Nutzerkonten hatte das Wummelportal nach vier Jahren?');
    expect(answer.abstained).toBe(false);
    expect(answer.text.split('\n')[1]).toContain('35.300');
  });
});
