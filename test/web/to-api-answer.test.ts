import { describe, expect, it } from 'vitest';
import type { Answer, Citation, PassageView } from '../../src/answer/types.js';
import { safeUrl, toApiAnswer, toApiPassage } from '../../src/web/to-api-answer.js';

const citation: Citation = {
  n: 1, passageId: 'doc#p1', docId: 'doc', title: 'Titel', section: 'A › B', location: 'S. 3', page: 3, text: 'Zitat', score: 0.5,
};
const answer: Answer = {
  id: 'a1', question: 'Frage?', resolvedQuestion: 'Frage?', lang: 'de', abstained: false, text: 'Antwort [1].',
  citations: [citation], suggestions: [], timings: { retrievalMs: 1, totalMs: 2 },
};

describe('toApiAnswer', () => {
  it('maps an engine answer to the API shape with location and without engine internals', () => {
    const api = toApiAnswer(answer, 'conv-1');
    expect(api).toEqual({
      answerId: 'a1', question: 'Frage?', answer: 'Antwort [1].', abstained: false, lang: 'de', suggestions: [], conversationId: 'conv-1',
      citations: [{ n: 1, passageId: 'doc#p1', docId: 'doc', title: 'Titel', section: 'A › B', location: 'S. 3', text: 'Zitat', score: 0.5 }],
      timings: { retrievalMs: 1, totalMs: 2 },
    });
  });

  it('passes the emphasis of the answering span through when the engine marks one', () => {
    const api = toApiAnswer({ ...answer, emphasis: [{ start: 0, end: 7 }] });
    expect(api.emphasis).toEqual([{ start: 0, end: 7 }]);
    expect(toApiAnswer({ ...answer, emphasis: [] })).not.toHaveProperty('emphasis');
  });

  it('passes a citation url through when the engine offers an http(s) one', () => {
    const withUrl = { ...citation, url: 'https://example.org/strategie.pdf#page=3' } as Citation;
    expect(toApiAnswer({ ...answer, citations: [withUrl] }).citations[0]!.url).toBe('https://example.org/strategie.pdf#page=3');
    const script = { ...citation, url: 'javascript:alert(1)' } as Citation;
    expect(toApiAnswer({ ...answer, citations: [script] }).citations[0]).not.toHaveProperty('url');
  });

  it('passes a passage url through the same way', () => {
    const passage = { id: 'p', docId: 'd', title: 't', section: '', location: 'Abschnitt 1', text: 'x', url: 'http://intranet.example/doc.html' } as PassageView;
    expect(toApiPassage(passage).url).toBe('http://intranet.example/doc.html');
    expect(toApiPassage({ ...passage, url: 'data:text/html,<b>' } as PassageView)).not.toHaveProperty('url');
  });
});

describe('safeUrl', () => {
  it('keeps absolute http and https URLs only', () => {
    expect(safeUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeUrl('/relative')).toBeUndefined();
    expect(safeUrl('file:///etc/passwd')).toBeUndefined();
    expect(safeUrl(42)).toBeUndefined();
  });
});
