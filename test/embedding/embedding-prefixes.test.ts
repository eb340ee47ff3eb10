import { describe, expect, it } from 'vitest';
import { defaultPrefixes, E5_PREFIXES } from '../../src/embedding/embedding-prefixes.js';

describe('defaultPrefixes', () => {
  it('gives e5 models the query/passage prefixes', () => {
    expect(defaultPrefixes('Xenova/multilingual-e5-small')).toEqual(E5_PREFIXES);
    expect(defaultPrefixes('intfloat/e5-base-v2')).toEqual(E5_PREFIXES);
    expect(defaultPrefixes('/models/tiny-e5-model/')).toEqual(E5_PREFIXES);
  });

  it('gives other models no prefixes', () => {
    expect(defaultPrefixes('Xenova/all-MiniLM-L6-v2')).toBeNull();
    expect(defaultPrefixes('Xenova/bge-m3')).toBeNull();
    expect(defaultPrefixes('some/e55-model')).toBeNull();
  });

  it('looks only at the folder name, not at its parents', () => {
    expect(defaultPrefixes('/data/e5/tiny-model')).toBeNull();
  });
});
