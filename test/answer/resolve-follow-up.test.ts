import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../src/answer/resolve-follow-up.js';
import type { Turn } from '../../src/answer/types.js';

const prev: Turn = { question: 'Was ist DOMEA?', resolvedQuestion: 'Was ist DOMEA?', answerText: '…', citedPassageIds: ['a#1'] };

describe('resolveFollowUp', () => {
  it('leaves a question alone when there is no history', () => {
    expect(resolveFollowUp('Und bis wann?', [])).toEqual({ resolved: 'Und bis wann?', isFollowUp: false, wantsMore: false, previousDeclined: false });
  });

  it('carries the previous subject into a short follow-up ("Und bis wann?", "and the budget?")', () => {
    expect(resolveFollowUp('Und bis wann?', [prev]).resolved).toBe('Was ist DOMEA? Und bis wann?');
    const en = resolveFollowUp('and the budget?', [prev]);
    expect(en.isFollowUp).toBe(true);
    expect(en.resolved).toContain('DOMEA');
  });

  it('recognises "Was noch?" as asking for more on the same subject', () => {
    const r = resolveFollowUp('Was noch?', [prev]);
    expect(r.wantsMore).toBe(true);
    expect(r.resolved).toBe('Was ist DOMEA?');
  });

  it('tells a pronoun from an article ("Was kostet das?" follows up, "Wie wird das Wetter morgen?" does not)', () => {
    expect(resolveFollowUp('Was kostet das?', [prev]).isFollowUp).toBe(true);
    expect(resolveFollowUp('Wie wird das Wetter morgen?', [prev]).isFollowUp).toBe(false);
  });

  it('treats a full new question as standing alone', () => {
    expect(resolveFollowUp('Welche Ziele hat der Masterplan 2011 für die Kommunen?', [prev]).isFollowUp).toBe(false);
  });

  it('keeps the resolved question bounded in length over many turns', () => {
    let history: Turn[] = [prev];
    for (let i = 0; i < 30; i++) {
      const r = resolveFollowUp('und dann?', history);
      history = [{ question: 'und dann?', resolvedQuestion: r.resolved, answerText: '' }];
    }
    expect(history[0]!.resolvedQuestion.split(' ').length).toBeLessThanOrEqual(40);
  });
});
