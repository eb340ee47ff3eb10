import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/bot/in-flight.js';
import { Semaphore } from '../../src/bot/semaphore.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('Semaphore', () => {
  it('runs at most max tasks at once and starts waiting ones in order', async () => {
    const gate = new Semaphore(2);
    const started: number[] = [];
    const blockers = [deferred(), deferred(), deferred()];
    const runs = blockers.map((b, i) => gate.run(async () => { started.push(i); await b.promise; return i; }));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.queued).toBe(1);
    blockers[1]!.resolve();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    expect(gate.running).toBe(2);
    blockers[0]!.resolve();
    blockers[2]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(gate.running).toBe(0);
  });

  it('frees the slot when a task fails', async () => {
    const gate = new Semaphore(1);
    await expect(gate.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toBe('next');
  });
});

describe('InFlight', () => {
  it('drains when everything tracked has settled, including rejected work', async () => {
    const inFlight = new InFlight();
    const a = deferred();
    inFlight.track(a.promise);
    inFlight.track(Promise.reject(new Error('x'))).catch(() => undefined);
    const drained = inFlight.drain(5000);
    a.resolve();
    expect(await drained).toBe(true);
    expect(inFlight.size).toBe(0);
  });

  it('gives up after the timeout when work hangs', async () => {
    const inFlight = new InFlight();
    inFlight.track(new Promise(() => undefined));
    expect(await inFlight.drain(20)).toBe(false);
  });

  it('reports closed after close()', () => {
    const inFlight = new InFlight();
    inFlight.close();
    expect(inFlight.closed).toBe(true);
  });
});
