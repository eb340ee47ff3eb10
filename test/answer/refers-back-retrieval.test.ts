import { describe, expect, it } from 'vitest';
import { turnOf } from '../../src/answer/turn-of.js';
import { useEngineOver } from '../support/use-engine.js';

const filler = (topic: string) =>
  `Im Kreis Wummel wird ${topic} seit Jahren diskutiert. Die Gemeinden haben viele Stellungnahmen abgegeben, die Ausschüsse haben getagt, und die Verwaltung hat Gutachten eingeholt. ` +
  `Am Ende stand ein Plan, der die Wünsche der Orte aufnimmt und die Arbeiten in Abschnitte teilt, damit jeder Ort weiß, wann die Bagger kommen.\n\n`;

// Few candidates per search, and other documents that say "Bund" and "zahlt" more often than the one the conversation is about.
const others = Object.fromEntries(
  ['Schulen', 'Straßen', 'Brücken', 'Häfen', 'Bahnhöfe', 'Kliniken', 'Museen'].map((thing, i) => [
    `bund-${i}.txt`,
    `Bundesmittel für ${thing}\n\nIm Kreis Wummel wurden die Verträge für ${thing} unterschrieben. Der Bund zahlt für ${thing} im Kreis Wummel, und der Bund zahlt pünktlich.\n`,
  ]),
);

const engine = useEngineOver(
  {
    'breitband.txt':
      'Breitbandausbau im Kreis Wummel\n\nDie Verträge für den Breitbandausbau im Kreis Wummel wurden im März 2018 unterschrieben.\n\n' +
      filler('der Ausbau') + filler('die Planung') + filler('die Trasse') +
      'Insgesamt kostet der Ausbau 180 Millionen Euro. Davon trägt der Bund 113 Millionen Euro.\n',
    ...others,
  },
  { RETRIEVAL_CANDIDATES: '5' },
);

describe('a turn that points back ("davon", "dort") is answered from the previous answer\'s documents', () => {
  it('searches those documents for it, not only among the passages that rank best everywhere', async () => {
    const first = await engine().ask('Wann wurden die Verträge für den Breitbandausbau im Kreis Wummel unterschrieben?');
    expect(first.text).toContain('März 2018');
    const next = await engine().ask('Wie viel davon zahlt der Bund?', { history: [turnOf(first)] });
    expect(next.abstained, next.explanation?.reason).toBe(false);
    expect(next.text).toContain('113 Millionen Euro');
  });
});
