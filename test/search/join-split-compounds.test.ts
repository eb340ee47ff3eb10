import { describe, expect, it } from 'vitest';
import { joinSplitCompounds } from '../../src/search/join-split-compounds.js';

describe('joinSplitCompounds', () => {
  const compounds = new Set(['onceonlyprinzip', 'egovernment']);
  const isCompound = (parts: string[]) => compounds.has(parts.join('').toLowerCase());

  it('writes a run of words the caller takes for one compound hyphenated, longest run first', () => {
    expect(joinSplitCompounds('was ist das once only prinzip?', isCompound)).toBe('was ist das once-only-prinzip?');
    expect(joinSplitCompounds('Wie viele e government Projekte?', isCompound)).toBe('Wie viele e-government Projekte?');
  });

  it('joins only words with nothing but spaces between them, and leaves other text as it is', () => {
    expect(joinSplitCompounds('once, only prinzip', isCompound)).toBe('once, only prinzip');
    expect(joinSplitCompounds('Bis wann soll DOMEA eingeführt sein?', isCompound)).toBe('Bis wann soll DOMEA eingeführt sein?');
  });
});
