/**
 * Coalesces a stream of growing texts into at most one edit per `intervalMs` (Discord rate
 * limits message edits; about one a second reads well). `close()` cancels what is pending and
 * waits for the edit in flight, so the final, checked answer is always the last edit.
 */
export function throttledEditor(
  edit: (text: string) => Promise<void>,
  options: { intervalMs?: number; now?: () => number; onError?: (e: unknown) => void } = {},
): { push(text: string): void; close(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 1000;
  const now = options.now ?? Date.now;
  let last = -Infinity;
  let pending: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();
  let closed = false;
  const flush = () => {
    timer = undefined;
    if (closed || pending === undefined) return;
    const text = pending;
    pending = undefined;
    last = now();
    chain = chain.then(() => edit(text)).catch((e: unknown) => options.onError?.(e));
  };
  return {
    push(text) {
      if (closed) return;
      pending = text;
      if (timer) return;
      timer = setTimeout(flush, Math.max(0, last + intervalMs - now()));
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await chain;
    },
  };
}
