import { describe, expect, it } from 'vitest';
import { specificNames } from '../../src/answer/specific-names.js';
import { Analyzer } from '../../src/search/analyzer.js';
import { KeywordIndex } from '../../src/search/keyword-index.js';

const analyzer = new Analyzer();
const index = KeywordIndex.build(['Der Kreisnetz Ucker-7 verbindet das OZG 2.0 mit dem Portal, Stand 2020.', 'Im Interview mit Kommune21 spricht der CDO.'], analyzer, { k1: 1.2, b: 0.75 });

describe('specificNames', () => {
  it('takes a name of letters and digits the documents never use as an unknown identifier', () => {
    expect(specificNames('Was kostet das Kreisnetz Vark-42?', analyzer, index).unknownIdentifiers).toEqual(['Vark-42']);
    expect(specificNames('Was verbindet Ucker-7?', analyzer, index).unknownIdentifiers).toEqual([]);
  });

  it('takes a compound of a known name with digits and known words for no unknown identifier ("Kommune21-Interview")', () => {
    expect(specificNames('Was fordert der CDO im Kommune21-Interview?', analyzer, index).unknownIdentifiers).toEqual([]);
    expect(specificNames('Was steht im Kommune22-Interview?', analyzer, index).unknownIdentifiers).toEqual(['Kommune22-Interview']);
  });

  it('judges only the parts with digits of such a compound: its words may be words the documents lack ("Kommune21-CIO-Serie")', () => {
    expect(specificNames('Was sagt der CDO in der Kommune21-Fragebogen-Serie?', analyzer, index).unknownIdentifiers).toEqual([]);
    expect(specificNames('Was sagt der CDO in der Kommune22-Fragebogen-Serie?', analyzer, index).unknownIdentifiers).toEqual(['Kommune22-Fragebogen-Serie']);
  });

  it('takes a time like "mid-2020" for no identifier', () => {
    expect(specificNames('How many services were online in mid-2020?', analyzer, index).unknownIdentifiers).toEqual([]);
    expect(specificNames('Was galt Ende-2023?', analyzer, index).unknownIdentifiers).toEqual([]);
  });

  it('collects acronyms, which weigh fully when unknown', () => {
    expect([...specificNames('Was regelt das OZG?', analyzer, index).acronymTerms]).toEqual(analyzer.terms('OZG'));
  });
});
