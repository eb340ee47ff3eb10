/** Tracks running handlers so shutdown can stop taking work and wait for what is in flight. */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  private closedFlag = false;

  get closed(): boolean {
    return this.closedFlag;
  }

  get size(): number {
    return this.pending.size;
  }

  track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    const forget = () => this.pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  /** Refuses new work from now on (callers check {@link closed}). */
  close(): void {
    this.closedFlag = true;
  }

  /** Resolves `true` when everything tracked has settled, or `false` after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const settled = (async () => {
      while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
      return true as const;
    })();
    try {
      return await Promise.race([settled, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
