import { describe, expect, it } from 'vitest';
import { SlidingWindowRateLimiter, slidingWindow } from '../../src/bot/rate-limiter.js';

describe('slidingWindow', () => {
  it('allows events below the limit and records the new one', () => {
    expect(slidingWindow([1000, 2000], 3000, 3, 60_000)).toEqual({ decision: { ok: true }, times: [1000, 2000, 3000] });
  });

  it('refuses at the limit and says when the oldest event leaves the window', () => {
    expect(slidingWindow([1000, 2000, 3000], 10_000, 3, 60_000)).toEqual({ decision: { ok: false, retryAfterMs: 51_000 }, times: [1000, 2000, 3000] });
  });

  it('forgets events older than the window', () => {
    expect(slidingWindow([0, 1000], 60_500, 2, 60_000)).toEqual({ decision: { ok: true }, times: [1000, 60_500] });
  });
});

describe('SlidingWindowRateLimiter', () => {
  it('refuses the 7th question within a minute and allows it again once the window slides', () => {
    let now = 0;
    const limiter = new SlidingWindowRateLimiter({ limit: 6, now: () => now });
    for (let i = 0; i < 6; i++) {
      expect(limiter.take('u1')).toEqual({ ok: true });
      now += 1000;
    }
    expect(limiter.take('u1')).toEqual({ ok: false, retryAfterMs: 54_000 });
    now = 60_000;
    expect(limiter.take('u1')).toEqual({ ok: true });
  });

  it('counts each user separately', () => {
    const limiter = new SlidingWindowRateLimiter({ limit: 1, now: () => 0 });
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('b').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('does not count refused attempts against the user', () => {
    let now = 0;
    const limiter = new SlidingWindowRateLimiter({ limit: 1, windowMs: 1000, now: () => now });
    limiter.take('a');
    now = 500;
    expect(limiter.take('a').ok).toBe(false);
    now = 1000;
    expect(limiter.take('a').ok).toBe(true);
  });
});
