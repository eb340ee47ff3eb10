import { describe, expect, it } from 'vitest';
import { ELLIPSIS, safeCut, truncateText } from '../../../src/bot/format/truncate.js';

const sentence = (i: number) => `Satz Nummer ${i} beschreibt ein Ziel der Strategie [${(i % 9) + 1}].`;

describe('truncateText', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateText('Kurz [1].', 9)).toBe('Kurz [1].');
  });

  it('cuts at the last sentence boundary that fits and adds an ellipsis', () => {
    const text = 'Erster Satz [1]. Zweiter Satz [2]. Dritter Satz ist lang [3].';
    const out = truncateText(text, 40);
    expect(out).toBe('Erster Satz [1]. Zweiter Satz [2].' + ELLIPSIS);
    expect(out.length).toBeLessThanOrEqual(40);
  });

  it('keeps markers that follow the full stop with the sentence', () => {
    expect(truncateText('Erster Satz. [1] Zweiter Satz folgt hier. [2]', 25)).toBe('Erster Satz. [1]' + ELLIPSIS);
  });

  it('never leaves a broken [n] marker, whatever the limit', () => {
    const text = Array.from({ length: 40 }, (_, i) => sentence(i)).join(' ') + ' Ohne Punkt am Ende [12] und weiter';
    for (let max = 5; max <= text.length + 5; max += 7) {
      const out = truncateText(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.replace(/\[\d+\]/g, '')).not.toMatch(/\[\d*$|\[\d*[^\d\]]|(^|[^\d])\d*\]/);
    }
  });

  it('falls back to a word boundary when no sentence ends early enough', () => {
    const out = truncateText('einwort zweiwort dreiwort vierwort fünfwort', 30);
    expect(out).toBe('einwort zweiwort dreiwort' + ELLIPSIS);
  });

  it('does not cut a word in half when it can avoid it', () => {
    expect(truncateText('Digitalisierungsstrategie Verwaltungsmodernisierung', 40)).toBe('Digitalisierungsstrategie' + ELLIPSIS);
  });
});

describe('safeCut', () => {
  it('moves a cut out of a marker', () => {
    expect(safeCut('abc [12] def', 6)).toBe(4);
  });

  it('does not leave a lone escaping backslash at the end', () => {
    expect(safeCut('a\\*b', 2)).toBe(1);
    expect(safeCut('a\\\\b', 3)).toBe(3);
  });

  it('does not split a surrogate pair', () => {
    expect(safeCut('ab👍c', 3)).toBe(2);
  });
});
