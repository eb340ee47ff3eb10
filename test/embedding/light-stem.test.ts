import { describe, expect, it } from 'vitest';
import { lightStem } from '../../src/embedding/light-stem.js';

describe('lightStem', () => {
  it('maps a noun and its participle to the same stem', () => {
    expect(lightStem('einfuhrung')).toBe(lightStem('eingefuhrt'));
    expect(lightStem('forderung')).toBe(lightStem('gefordert'));
    expect(lightStem('umsetzung')).toBe(lightStem('umgesetzt'));
    expect(lightStem('digitalisierung')).toBe(lightStem('digitalisiert'));
  });

  it('maps singular and plural to the same stem', () => {
    expect(lightStem('gemeinde')).toBe(lightStem('gemeinden'));
    expect(lightStem('verwaltung')).toBe(lightStem('verwaltungen'));
    expect(lightStem('schule')).toBe(lightStem('schulen'));
  });

  it('leaves short words and nouns in -heit alone', () => {
    expect(lightStem('amt')).toBe('amt');
    expect(lightStem('ozg')).toBe('ozg');
    expect(lightStem('sicherheit')).toBe('sicher');
    expect(lightStem('gesundheit')).toBe('gesund');
  });
});
