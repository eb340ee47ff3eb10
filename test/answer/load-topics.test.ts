import { describe, expect, it } from 'vitest';
import { loadTopics, parseTopics } from '../../src/answer/load-topics.js';
import { isAppError } from '../../src/errors.js';

describe('parseTopics', () => {
  it('reads one topic per line and skips comments and blank lines', () => {
    const topics = parseTopics('# c\n\n{"id":"domea","title":"DOMEA","description":"d","query":"DOMEA Einführung"}\n', 't.jsonl');
    expect(topics.map((t) => t.id)).toEqual(['domea']);
  });

  it('reports every bad line with its number and the field', () => {
    const content = [
      '{"id":"ok","title":"OK","description":"d","query":"abc"}',
      '{"id":"Bad Id","title":"X","description":"d","query":"abc"}',
      '{not json',
      '{"id":"ok","title":"Dup","description":"d","query":"abc"}',
      '{"id":"x2","title":"X","description":"d"}',
    ].join('\n');
    try {
      parseTopics(content, 'topics.jsonl');
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e, 'TOPICS_INVALID')).toBe(true);
      const msg = (e as Error).message;
      expect(msg).toContain('topics.jsonl');
      expect(msg).toMatch(/line 2: id:/);
      expect(msg).toMatch(/line 3: not valid JSON/);
      expect(msg).toMatch(/line 4: duplicate id "ok" \(first on line 1\)/);
      expect(msg).toMatch(/line 5: query:/);
    }
  });

  it('validates the shipped topics file', () => {
    const topics = loadTopics('data/topics.jsonl');
    expect(topics.length).toBeGreaterThanOrEqual(8);
    expect(topics.map((t) => t.id)).toContain('behoerdenruf-115');
  });
});
