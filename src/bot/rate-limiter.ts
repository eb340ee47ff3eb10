/** Result of {@link SlidingWindowRateLimiter.take}. */
export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Pure sliding-window check: given the times of earlier accepted events (ascending), decides whether
 * one more at `now` is allowed. Returns the times still inside the window (plus `now` if allowed).
 */
export function slidingWindow(times: readonly number[], now: number, limit: number, windowMs: number): { decision: RateDecision; times: number[] } {
  const recent = times.filter((t) => now - t < windowMs);
  if (recent.length < limit) return { decision: { ok: true }, times: [...recent, now] };
  // The oldest event inside the window leaves it first; then one slot is free again.
  const retryAfterMs = recent[recent.length - limit]! + windowMs - now;
  return { decision: { ok: false, retryAfterMs: Math.max(1, retryAfterMs) }, times: recent };
}

export interface RateLimiterOptions {
  /** Events per window per key (RATE_LIMIT_PER_MINUTE). */
  limit: number;
  /** Window length in ms; default 60,000. */
  windowMs?: number;
  now?: () => number;
  /** Keys tracked at most; idle keys are dropped first. Default 10,000. */
  maxKeys?: number;
}

/** Per-key (per-user) sliding-window rate limit with an injectable clock. */
export class SlidingWindowRateLimiter {
  private readonly times = new Map<string, number[]>();
  private readonly now: () => number;
  private readonly windowMs: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
    this.windowMs = options.windowMs ?? 60_000;
  }

  /** Records an event for `key` if allowed; otherwise says how long to wait. */
  take(key: string): RateDecision {
    const result = slidingWindow(this.times.get(key) ?? [], this.now(), this.options.limit, this.windowMs);
    this.times.delete(key);
    if (result.times.length > 0) this.times.set(key, result.times);
    if (this.times.size > (this.options.maxKeys ?? 10_000)) this.times.delete(this.times.keys().next().value as string);
    return result.decision;
  }
}
