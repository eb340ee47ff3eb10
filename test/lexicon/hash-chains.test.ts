import { describe, expect, it } from 'vitest';
import { HashChains, hashLowerCase, hashString } from '../../src/lexicon/hash-chains.js';

describe('HashChains', () => {
  it('returns the values added under a hash, oldest first, and nothing for other hashes', () => {
    const chains = new HashChains(4);
    chains.add(hashString('amt'), 1);
    chains.add(hashString('haus'), 2);
    chains.add(hashString('amt'), 3);
    expect(chains.get(hashString('amt'))).toEqual([1, 3]);
    expect(chains.get(hashString('haus'))).toEqual([2]);
    expect(chains.get(hashString('baum'))).toEqual([]);
  });

  it('keeps every value when it grows past its initial size', () => {
    const chains = new HashChains(2);
    for (let i = 0; i < 5000; i++) chains.add(hashString(`w${i}`), i);
    expect(chains.size).toBe(5000);
    for (const i of [0, 1023, 1024, 4999]) expect(chains.get(hashString(`w${i}`))).toContain(i);
  });
});

describe('hashLowerCase', () => {
  it('equals hashing the lower-cased string, for German, Latin-1 and other scripts', () => {
    for (const s of ['Beschäftigten', 'ÄÖÜ', 'Straße', 'ÀÉÎØÞ×', 'İstanbul', 'ΑΘΗΝΑ', 'e-Government', '']) {
      expect(hashLowerCase(s)).toBe(hashString(s.toLowerCase()));
    }
  });
});
