import { describe, expect, it } from 'vitest';
import { turnOf } from '../../src/answer/turn-of.js';
import { useEngineOver } from '../support/use-engine.js';

const engine = useEngineOver({
  'wummelgesetz.txt':
    'Das Wummelgesetz\n\nMit dem Wummelgesetz wurde im April 2021 die Rechtsgrundlage für die Registermodernisierung geschaffen. ' +
    'Der Kern des Wummelgesetzes ist Artikel 1, das Gesetz über die Identifikationsnummer.\n\n' +
    '§ 1 des Wummelgesetzes definiert die Ziele des Gesetzes: Daten einer Person sollen eindeutig zugeordnet und die Datenqualität verbessert werden. ' +
    'Die Umsetzung soll bis 2025 dauern.\n',
});

describe('an elliptical turn after an untyped question of its own', () => {
  it('asks what the previous turn asked ("und die Ziele?" after "Was ist der Kern davon?"), not the date asked before it', async () => {
    const since = await engine().ask('Seit wann gibt es das Wummelgesetz?');
    expect(since.abstained).toBe(false);
    const core = await engine().ask('Was ist der Kern davon?', { history: [turnOf(since)] });
    expect(core.abstained).toBe(false);
    const goals = await engine().ask('und die Ziele?', { history: [turnOf(since), turnOf(core)] });
    expect(goals.explanation?.features.answerType).not.toBe('date');
    expect(goals.text).toContain('definiert die Ziele');
  });
});
