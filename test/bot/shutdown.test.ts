import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { onShutdownSignals } from '../../src/bot/shutdown.js';
import { silentLogger } from '../../src/logger.js';

function fakeProcess() {
  const emitter = new EventEmitter();
  const exit = vi.fn();
  return { target: Object.assign(emitter, { exit }) as unknown as Parameters<typeof onShutdownSignals>[1]['target'] & EventEmitter, exit };
}

describe('onShutdownSignals', () => {
  it('stops the bot once on SIGTERM and exits with 0', async () => {
    const { target, exit } = fakeProcess();
    const stop = vi.fn(async () => undefined);
    onShutdownSignals(stop, { logger: silentLogger, target });
    target.emit('SIGTERM', 'SIGTERM');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('exits with 1 at once on a second signal while stopping', () => {
    const { target, exit } = fakeProcess();
    onShutdownSignals(() => new Promise(() => undefined), { logger: silentLogger, target });
    target.emit('SIGINT', 'SIGINT');
    target.emit('SIGINT', 'SIGINT');
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('exits with 1 when stopping fails', async () => {
    const { target, exit } = fakeProcess();
    onShutdownSignals(async () => { throw new Error('stuck'); }, { logger: silentLogger, target });
    target.emit('SIGTERM', 'SIGTERM');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1));
  });

  it('removes its listeners when asked', () => {
    const { target } = fakeProcess();
    const remove = onShutdownSignals(async () => undefined, { logger: silentLogger, target });
    expect(target.listenerCount('SIGTERM')).toBe(1);
    remove();
    expect(target.listenerCount('SIGTERM')).toBe(0);
  });
});
