import { describe, expect, it } from 'vitest';
import { turnOf } from '../../src/answer/turn-of.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'landtag.txt':
    'Mehr Geld für die Digitalisierung\n\nLaut Ministerium hat der Landtag im Dezember 2020 beschlossen, 400 Millionen Euro aus dem Sondervermögen für die Digitalisierung der Landesverwaltung bereitzustellen. ' +
    'Die Mittel sollen in den kommenden Jahren ausgegeben werden.\n',
});

describe('a follow-up asking for a part of the amount the previous answer gave', () => {
  it('is not answered by that amount itself', async () => {
    const first = await engine().ask('Wie viel Geld hat der Landtag für die Digitalisierung der Landesverwaltung bereitgestellt?');
    expect(first.abstained).toBe(false);
    expect(first.text).toContain('400 Millionen Euro');
    const answer = await engine().ask('Und wie viel davon ist bis heute ausgegeben?', { history: [turnOf(first)] });
    expect(answer.abstained).toBe(true);
  });
});
