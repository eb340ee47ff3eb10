import { describe, expect, it } from 'vitest';
import { emphasisSegments } from '../../src/answer/emphasis-segments.js';
import { formatAnswerForTerminal } from '../../src/cli/format-answer.js';
import type { Answer } from '../../src/answer/types.js';

describe('emphasisSegments', () => {
  it('cuts a text into plain and strong pieces that join back to the text', () => {
    const text = 'DOMEA soll bis Ende 2013 eingeführt sein. [1]';
    const start = text.indexOf('bis Ende 2013');
    const segs = emphasisSegments(text, [{ start, end: start + 13 }]);
    expect(segs).toEqual([
      { text: 'DOMEA soll ', strong: false },
      { text: 'bis Ende 2013', strong: true },
      { text: ' eingeführt sein. [1]', strong: false },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('clips ranges outside the text and leaves a text without emphasis whole', () => {
    expect(emphasisSegments('abc', [{ start: 2, end: 99 }])).toEqual([{ text: 'ab', strong: false }, { text: 'c', strong: true }]);
    expect(emphasisSegments('abc')).toEqual([{ text: 'abc', strong: false }]);
  });
});

describe('formatAnswerForTerminal', () => {
  const answer = (text: string, start: number, end: number): Answer => ({
    id: 'a', question: 'q', resolvedQuestion: 'q', lang: 'de', abstained: false, text, citations: [], suggestions: [],
    emphasis: [{ start, end }], timings: { retrievalMs: 0, totalMs: 0 },
  });

  it('shows the span that answers in bold on an interactive terminal only', () => {
    const a = answer('DOMEA kommt bis Ende 2013. [1]', 12, 25);
    expect(formatAnswerForTerminal(a, { bold: true })).toBe('DOMEA kommt \u001b[1mbis Ende 2013\u001b[22m. [1]');
    expect(formatAnswerForTerminal(a)).toBe('DOMEA kommt bis Ende 2013. [1]');
  });

  it('never lets escape sequences from a document through, inside or outside the bold span', () => {
    const a = answer('Text \u001b]0;evil\u0007 mit \u001b[31mrot\u001b[0m. [1]', 0, 4);
    expect(formatAnswerForTerminal(a, { bold: true })).not.toMatch(/\u001b\]|\u001b\[31m|\u001b\[0m/);
  });
});
