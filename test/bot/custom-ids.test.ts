import { describe, expect, it } from 'vitest';
import { answerKeyFor, feedbackButtonId, parseButtonId, sourceButtonId } from '../../src/bot/custom-ids.js';

describe('custom ids', () => {
  it('carry a short passage id directly, so the button works after a restart', () => {
    const id = sourceButtonId('strategie#p1', 'a1', 1);
    expect(parseButtonId(id)).toEqual({ kind: 'source', passageId: 'strategie#p1' });
  });

  it('fall back to answer key and number when the passage id is too long for 100 characters', () => {
    const id = sourceButtonId('x'.repeat(200), 'a1', 3);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseButtonId(id)).toEqual({ kind: 'source-ref', answerKey: 'a1', n: 3 });
  });

  it('shorten long or unusual answer ids to a stable key', () => {
    const key = answerKeyFor('answer id with spaces/and/slashes'.repeat(5));
    expect(key).toMatch(/^[\w-]{1,40}$/);
    expect(answerKeyFor('answer id with spaces/and/slashes'.repeat(5))).toBe(key);
    expect(answerKeyFor('ans-12')).toBe('ans-12');
  });

  it('round-trip feedback votes', () => {
    expect(parseButtonId(feedbackButtonId('down', 'ans-1'))).toEqual({ kind: 'feedback', vote: 'down', answerKey: 'ans-1' });
  });

  it('ignore ids that are not ours', () => {
    expect(parseButtonId('something-else')).toBeUndefined();
    expect(parseButtonId('fb:maybe:x')).toBeUndefined();
  });
});
