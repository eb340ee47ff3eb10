import { describe, expect, it } from 'vitest';
import { markerNumbers, splitStatements, stripThinking, withoutMarkers } from '../../src/llm/split-statements.js';

const texts = (answer: string) => splitStatements(answer).map((s) => s.text);

describe('splitStatements', () => {
  it('splits sentences and keeps the markers each one carries, before or after the full stop', () => {
    const s = splitStatements('DOMEA kommt bis 2013 [1]. Der Behördenruf 115 wird erprobt. [2] Beides steht fest [1][2].');
    expect(s.map((x) => x.text)).toEqual(['DOMEA kommt bis 2013.', 'Der Behördenruf 115 wird erprobt.', 'Beides steht fest.']);
    expect(s.map((x) => x.cites)).toEqual([[1], [2], [1, 2]]);
  });

  it('does not split after German abbreviations, single letters or day numbers', () => {
    expect(texts('Das gilt z. B. für Ämter, bzw. Behörden ab dem 1. Januar 2014 [1]. Danach ca. fünf Jahre [2].')).toEqual([
      'Das gilt z. B. für Ämter, bzw. Behörden ab dem 1. Januar 2014.',
      'Danach ca. fünf Jahre.',
    ]);
    expect(texts('Laut Nr. 3 gilt das z.B. Im Land [1].')).toEqual(['Laut Nr. 3 gilt das z.B. Im Land.']);
  });

  it('splits after a year at the end of a sentence', () => {
    expect(texts('Das Projekt endet 2015. Danach folgt die Evaluation [1].')).toEqual(['Das Projekt endet 2015.', 'Danach folgt die Evaluation.']);
  });

  it('keeps list items as separate statements on their own lines, marked as bullets', () => {
    const s = splitStatements('Folgendes ist geplant:\n- Die E-Akte [1]\n2. Das Portal [2]\n\n**Fazit**: gut [1].');
    expect(s.map((x) => [x.text, x.bullet, x.startsLine])).toEqual([
      ['Folgendes ist geplant:', false, true],
      ['Die E-Akte', true, true],
      ['Das Portal', true, true],
      ['Fazit: gut.', false, true],
    ]);
  });

  it('attaches a line of markers only to the statement before it', () => {
    const s = splitStatements('Das Portal startet 2014.\n[1] [3]');
    expect(s).toHaveLength(1);
    expect(s[0]!.cites).toEqual([1, 3]);
  });

  it('reads list markers and the spelled-out forms models use', () => {
    expect(markerNumbers('a [1, 2] b [2;3] c [Passage 4] d [Quelle 5] e [source 6]')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(markerNumbers('keine Marker (1) hier')).toEqual([]);
  });
});

describe('withoutMarkers', () => {
  it('removes markers and closes the gap before punctuation', () => {
    expect(withoutMarkers('Das gilt ab 2014 [1], sagt [2] das Land [3].')).toBe('Das gilt ab 2014, sagt das Land.');
  });
});

describe('stripThinking', () => {
  it('removes reasoning blocks, also an unclosed one at the end', () => {
    expect(stripThinking('<think>hmm [9]</think>Antwort [1].')).toBe('Antwort [1].');
    expect(stripThinking('Antwort [1].<think>noch nicht fertig')).toBe('Antwort [1].');
  });
});
