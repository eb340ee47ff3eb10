import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'gebietsreform.txt':
    'Gebietsreform spart jährlich 70 Millionen Euro\nQuelle: https://example.org/gebietsreform\n\n' +
    'Das Wummelland geht bei der Verwaltung ungewöhnliche Wege. Die Politik hat mit einer großen Gebietsreform die Zahl der Kreise von zwölf auf sechs reduziert. ' +
    'Ein neuer Masterplan soll die kommunale Zusammenarbeit weiter fördern.\n',
  'pressemitteilung.txt':
    'Pressemitteilung des Ministeriums (Juni 2025): Neue Vereinbarung mit dem Zweckverband Wummel zu Onlinediensten\n\n' +
    'Das Ministerium hat eine neue Verwaltungsvereinbarung mit dem Zweckverband Wummel geschlossen. Der Zweckverband Wummel ist der gemeinsame IT-Dienstleister der Kommunen.\n',
});

describe('a headline is a statement of its document', () => {
  it('answers an amount that only the headline states, quoting the headline', async () => {
    const answer = await engine().ask('Wie viel spart die Gebietsreform jährlich?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('70 Millionen Euro');
    expect(answer.citations[0]!.text).toBe('Gebietsreform spart jährlich 70 Millionen Euro');
    expect(answer.citations[0]!.location).toBe('');
  });

  it('leaves a count to the body that names the counted thing', async () => {
    const answer = await engine().ask('Wie viele Kreise gibt es seit der Gebietsreform?');
    expect(answer.abstained).toBe(false);
    expect(answer.text).toContain('von zwölf auf sechs');
  });

  it("never answers when something happened with the headline's date, nor what something is with the headline, nor cites a headline it does not quote", async () => {
    const when = await engine().ask('Wann wurde der Zweckverband Wummel gegründet?');
    expect(when.abstained).toBe(true);
    // A headline it does not quote is no further source either: it would only show the title again.
    const rule = await engine().ask('Was regelt die Vereinbarung mit dem Zweckverband Wummel?');
    expect(rule.abstained).toBe(false);
    expect(rule.citations.map((c) => c.text)).toEqual([expect.stringContaining('Verwaltungsvereinbarung mit dem Zweckverband Wummel')]);
    const what = await engine().ask('Was ist der Zweckverband Wummel?');
    expect(what.abstained).toBe(false);
    expect(what.text).not.toContain('Pressemitteilung');
  });
});
