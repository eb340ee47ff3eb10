import { describe, expect, it } from 'vitest';
import { isMostlyUnknown, knownWordCount } from '../../src/answer/mostly-unknown.js';
import { Analyzer } from '../../src/search/analyzer.js';
import { KeywordIndex } from '../../src/search/keyword-index.js';

const index = KeywordIndex.build(
  [
    'Schwerin, 12. Mai 2025 – Das neue Bürgerportal ist online.',
    'Hannover setzt mit einem 48-Millionen-Euro-Digitalisierungsfonds auf Modernisierung.',
    'Mit dem Masterplan 2011 ist die Strategie bis 2015 festgelegt. Das Personal wird geschult.',
  ],
  new Analyzer(),
  { k1: 1.2, b: 0.75 },
);
const mostlyUnknown = (q: string) => isMostlyUnknown(index.queryTerms(q));

describe('isMostlyUnknown', () => {
  it('is true when two or more content words are unknown and at most one is known', () => {
    expect(mostlyUnknown('Wie wird das Wetter morgen in Schwerin?')).toBe(true);
    expect(mostlyUnknown('Was kostet ein Personalausweis in Schwerin?')).toBe(true); // "Personal…" alone is not a match
  });

  it('is false when two words are known, even with unknown phrasing words', () => {
    expect(mostlyUnknown('Wie viel Geld steckt Hannover in seinen Digitalisierungsfonds?')).toBe(false);
    expect(mostlyUnknown('Welchen Zeitraum deckt der Masterplan 2011 ab?')).toBe(false);
  });

  it('is false for a short question about one known thing', () => {
    expect(mostlyUnknown('Was ist das Bürgerportal?')).toBe(false);
  });

  it('does not count unknown bare numbers against a question', () => {
    expect(mostlyUnknown('Was passierte 1999 in Schwerin?')).toBe(false);
  });
});

describe('knownWordCount', () => {
  it('counts distinct known words, a hyphenated compound once', () => {
    expect(knownWordCount(index.queryTerms('Wie viel Geld steckt Hannover in den 48-Millionen-Euro-Digitalisierungsfonds?'))).toBe(2);
    expect(knownWordCount(index.queryTerms('Wetter morgen?'))).toBe(0);
  });
});
