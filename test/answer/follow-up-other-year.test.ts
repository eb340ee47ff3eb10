import { describe, expect, it } from 'vitest';
import { turnOf } from '../../src/answer/turn-of.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'bericht-2020.txt':
    'Ein Jahr Wummelportal (Bericht 2020)\n\nEin Jahr nach dem Start verzeichnet das Wummelportal 100 Online-Leistungen und mehr als 2.300 Nutzer. ' +
    'Das Wummelportal wird laufend ausgebaut.\n',
  'pressemitteilung-2023.txt':
    'Pressemitteilung (Juni 2023): Vier Jahre Wummelportal\n\nDas Land zieht Bilanz: Bereits 35.300 Nutzerkonten und 29.000 Anträge zählt das Portal.\n',
});

describe('a follow-up that points back but asks of another year', () => {
  it('is answered from the text of that year, not only from the previous answer\'s', async () => {
    const first = await engine().ask('Wie viele Online-Leistungen hatte das Wummelportal ein Jahr nach dem Start?');
    expect(first.abstained).toBe(false);
    expect(first.text).toContain('100 Online-Leistungen');
    const answer = await engine().ask('Wie viele Anträge sind bis 2023 insgesamt darüber eingegangen?', { history: [turnOf(first)] });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('29.000');
  });

  it('stays with the previous answer\'s text for a year that text mentions', async () => {
    const first = await engine().ask('Wie viele Online-Leistungen hatte das Wummelportal ein Jahr nach dem Start?');
    const answer = await engine().ask('Wie viele Nutzer gab es dort 2020?', { history: [turnOf(first)] });
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('2.300 Nutzer');
  });
});
