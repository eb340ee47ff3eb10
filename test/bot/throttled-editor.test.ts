import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttledEditor } from '../../src/bot/throttled-editor.js';

describe('throttledEditor', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('edits at most once per interval with the latest text', async () => {
    const edits: string[] = [];
    const ed = throttledEditor(async (t) => void edits.push(t), { intervalMs: 1000, now: () => Date.now() });
    ed.push('a');
    ed.push('ab');
    await vi.advanceTimersByTimeAsync(0);
    expect(edits).toEqual(['ab']);
    ed.push('abc');
    ed.push('abcd');
    await vi.advanceTimersByTimeAsync(500);
    expect(edits).toEqual(['ab']);
    await vi.advanceTimersByTimeAsync(500);
    expect(edits).toEqual(['ab', 'abcd']);
  });

  it('drops pending text on close and waits for the edit in flight', async () => {
    const edits: string[] = [];
    let release!: () => void;
    const ed = throttledEditor(
      (t) =>
        new Promise<void>((r) => {
          edits.push(t);
          release = r;
        }),
      { intervalMs: 1000, now: () => Date.now() },
    );
    ed.push('first');
    await vi.advanceTimersByTimeAsync(0);
    ed.push('second');
    let closed = false;
    const closing = ed.close().then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(2000);
    expect(closed).toBe(false);
    release();
    await closing;
    expect(edits).toEqual(['first']);
    ed.push('late');
    await vi.advanceTimersByTimeAsync(2000);
    expect(edits).toEqual(['first']);
  });

  it('reports a failed edit and keeps going', async () => {
    const errors: unknown[] = [];
    const ed = throttledEditor(async () => Promise.reject(new Error('500')), { intervalMs: 10, now: () => Date.now(), onError: (e) => errors.push(e) });
    ed.push('x');
    await vi.advanceTimersByTimeAsync(0);
    await ed.close();
    expect(errors).toHaveLength(1);
  });
});
