import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/lexicon/lexicon.js';
import { joinSeparableVerbs } from '../../src/lexicon/separable-verbs.js';

const verbs = {
  einführen: { INF: 'einführen', PA2: ['eingeführt'], PRÄ: { S: { 3: ['führt', 'ein'] } } },
  führen: { INF: 'führen', PA2: ['geführt'], PRÄ: { S: { 3: 'führt' } } },
  anschließen: { INF: 'anschließen', PA2: ['angeschlossen'], PRÄ: { P: { 3: ['schließen', 'an'] }, S: { 3: ['schließt', 'an'] } } },
};
const lexicon = buildLexicon({}, verbs);

describe('joinSeparableVerbs', () => {
  it('joins a clause-final particle to the finite verb the lexicon knows joined ("führt … ein" → "einführt")', () => {
    expect(joinSeparableVerbs('Wann führt das Land die E-Akte ein?', lexicon)).toBe('Wann einführt das Land die E-Akte?');
    // Yes/no questions open with the verb; a question phrase may stand before it.
    expect(joinSeparableVerbs('Führt das Land die E-Akte ein?', lexicon)).toBe('einführt das Land die E-Akte?');
    expect(joinSeparableVerbs('Wie viele Haushalte schließt das Land an?', lexicon)).toBe('Wie viele Haushalte anschließt das Land?');
    // A question phrase of four words: "Bis zu welchem Jahr führt …".
    expect(joinSeparableVerbs('Bis zu welchem Jahr führt das Land die E-Akte ein?', lexicon)).toBe('Bis zu welchem Jahr einführt das Land die E-Akte?');
  });

  it('joins clause by clause and leaves what the lexicon does not know as it is', () => {
    expect(joinSeparableVerbs('Was ist DOMEA? Wann führt das Land es ein?', lexicon)).toBe('Was ist DOMEA? Wann einführt das Land es?');
    // A comma ends a clause too.
    expect(joinSeparableVerbs('Wann führt das Land es ein, und wer zahlt?', lexicon)).toBe('Wann einführt das Land es, und wer zahlt?');
    expect(joinSeparableVerbs('Wer führt das Projekt?', lexicon)).toBe('Wer führt das Projekt?');
    expect(joinSeparableVerbs('Wer führt das Projekt weiter?', lexicon)).toBe('Wer führt das Projekt weiter?');
    expect(joinSeparableVerbs('Was gehört dazu?', lexicon)).toBe('Was gehört dazu?');
  });
});
