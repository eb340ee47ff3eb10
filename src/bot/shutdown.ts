import type { Logger } from '../logger.js';

type SignalTarget = Pick<NodeJS.Process, 'on' | 'off' | 'exit'>;

/**
 * On SIGINT/SIGTERM calls `stop()` once and exits with 0 (1 if stopping failed); a second signal
 * exits at once with 1. Returns a function that removes the listeners. For `main.ts`:
 * `const bot = await startBot(...); onShutdownSignals(bot.stop, { logger });`
 */
export function onShutdownSignals(
  stop: () => Promise<void>,
  options: { logger: Logger; signals?: NodeJS.Signals[]; target?: SignalTarget },
): () => void {
  const target = options.target ?? process;
  const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      options.logger.warn('second signal, exiting without waiting', { signal });
      target.exit(1);
      return;
    }
    stopping = true;
    options.logger.info('signal received, stopping the bot', { signal });
    stop().then(
      () => target.exit(0),
      (error: unknown) => {
        options.logger.error('stopping the bot failed', { error });
        target.exit(1);
      },
    );
  };
  for (const s of signals) target.on(s, onSignal);
  return () => {
    for (const s of signals) target.off(s, onSignal);
  };
}
