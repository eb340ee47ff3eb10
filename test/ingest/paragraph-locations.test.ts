import { describe, expect, it } from 'vitest';
import { locationOf } from '../../src/answer/compose-answer.js';
import { chunkDocument, paragraphStarts } from '../../src/ingest/chunk-document.js';
import { parseTxt } from '../../src/ingest/parse-txt.js';

describe('paragraphStarts', () => {
  it('splits a body at blank lines, or at every line when it has none', () => {
    const text = 'Eins a.\nEins b.\n\nZwei.\n\n\nDrei.';
    expect(paragraphStarts(text, 0, text.length).map((s) => text.slice(s, s + 4))).toEqual(['Eins', 'Zwei', 'Drei']);
    const lines = 'Zeile eins.\nZeile zwei.\nZeile drei.';
    expect(paragraphStarts(lines, 0, lines.length)).toHaveLength(3);
  });
});

describe('chunkDocument paragraph numbers', () => {
  it('counts paragraphs within the passage’s section', () => {
    const body = (n: number) => `Dies ist Absatz ${n} mit einem Satz, der lang genug ist, um etwas zu sagen.`;
    const parsed = parseTxt(`Strategie\n\n1 Ziele\n${[1, 2, 3, 4].map(body).join('\n\n')}\n\n2 Umsetzung\n${[1, 2].map(body).join('\n\n')}\n`, 's.txt');
    const passages = chunkDocument({ ...parsed, id: 's.txt', format: 'txt', hash: 'x', bytes: 1 }, { targetChars: 60, maxChars: 200, overlapSentences: 0 });
    const at = (section: string, n: number) => passages.find((p) => p.section.at(-1) === section && p.text.includes(`Absatz ${n} `));
    expect([at('1 Ziele', 4)?.paragraph, at('1 Ziele', 4)?.paragraphEnd]).toEqual([4, 4]);
    expect(at('2 Umsetzung', 2)?.paragraph).toBe(2);
  });
});

describe('locationOf', () => {
  it('names pages for PDFs and paragraphs otherwise, in the answer’s language', () => {
    expect(locationOf({ page: 3, pageEnd: 3, paragraph: 7 }, 'de')).toBe('S. 3');
    expect(locationOf({ page: 3, pageEnd: 4 }, 'en')).toBe('p. 3–4');
    expect(locationOf({ paragraph: 4, paragraphEnd: 4 }, 'de')).toBe('Absatz 4');
    expect(locationOf({ paragraph: 4, paragraphEnd: 5 }, 'de')).toBe('Absätze 4–5');
    expect(locationOf({ paragraph: 2 }, 'en')).toBe('paragraph 2');
    expect(locationOf({}, 'de')).toBe('');
  });
});
