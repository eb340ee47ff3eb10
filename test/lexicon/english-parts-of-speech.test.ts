import { describe, expect, it } from 'vitest';
import { englishWordUses } from '../../src/lexicon/english-parts-of-speech.js';

describe('englishWordUses on what users type', () => {
  it('returns no uses, without throwing, for empty, blank, punctuation-only and emoji questions', () => {
    for (const q of ['', '   ', '???', '😀 🤖?']) expect(englishWordUses(q).size).toBe(0);
  });

  it('tags a question with control characters and markup as text, never as code', () => {
    const uses = englishWordUses('Who\u0000 pays for <script>alert(1)</script> the "portal"?');
    expect(uses.get('pays')).toEqual({ pos: 'verb', lemma: 'pay' });
  });

  it('handles a question as long as the longest one the bot accepts', () => {
    const long = `Who pays for the network ${'and the portal '.repeat(70)}?`;
    expect(long.length).toBeGreaterThan(1000);
    expect(englishWordUses(long).get('pays')?.pos).toBe('verb');
  });
});
