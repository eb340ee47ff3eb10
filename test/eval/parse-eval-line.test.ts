import { describe, expect, it } from 'vitest';
import { parseEvalLine } from '../../src/eval/metrics.js';

describe('parseEvalLine', () => {
  it('tells question, conversation and topic lines apart', () => {
    expect(parseEvalLine({ id: 'q', question: 'Was ist DOMEA?', evidence: ['DOMEA'] })).toMatchObject({ ok: true, line: { kind: 'question' } });
    expect(parseEvalLine({ id: 'c', turns: [{ question: 'Was ist DOMEA?', evidence: ['x'] }, { question: 'Und bis wann?', abstain: true }] })).toMatchObject({ ok: true, line: { kind: 'conversation' } });
    expect(parseEvalLine({ id: 't', topic: 'domea', evidence: ['DOMEA'] })).toMatchObject({ ok: true, line: { kind: 'topic', item: { offTopic: [] } } });
  });

  it('names the kind and the field that is wrong, never the line content', () => {
    expect(parseEvalLine({ id: 'c', turns: [] })).toMatchObject({ ok: false, message: expect.stringMatching(/^conversation line: turns: /) });
    const secret = parseEvalLine({ id: 'q', question: 42, note: 'geheim-123' });
    expect(secret.ok).toBe(false);
    if (!secret.ok) {
      expect(secret.message).toMatch(/^question line: question: /);
      expect(secret.message).not.toContain('geheim-123');
    }
    expect(parseEvalLine(null)).toMatchObject({ ok: false });
    expect(parseEvalLine({ id: 't', topic: 'domea', evidence: [] })).toMatchObject({ ok: false, message: expect.stringMatching(/^topic line: evidence: /) });
  });
});
