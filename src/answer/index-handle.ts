import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import type { LoadedIndex } from '../search/index-format.js';
import { currentVersion } from '../search/index-store.js';

/**
 * Holds the live index and swaps in a new one when `INDEX_DIR/CURRENT` changes (a reindex
 * finished here or in another process). Readers take `handle.current` once per request, so an
 * answer in flight finishes on the index it started with.
 */
export class IndexHandle {
  private index: LoadedIndex;
  private passageOrdinals: Map<string, number> | undefined;
  private reloading: Promise<void> | undefined;
  private watching = false;

  constructor(
    initial: LoadedIndex,
    private readonly indexDir: string,
    private readonly load: () => Promise<LoadedIndex>,
    private readonly logger: Logger,
  ) {
    this.index = initial;
  }

  get current(): LoadedIndex {
    return this.index;
  }

  /** Ordinal of a passage id in the current index. */
  ordinalOf(passageId: string): number | undefined {
    this.passageOrdinals ??= new Map(this.index.passages.map((p, i) => [p.id, i]));
    return this.passageOrdinals.get(passageId);
  }

  /** Loads the version named by CURRENT if it differs from the live one. Never throws. */
  async refresh(): Promise<boolean> {
    if (this.reloading) {
      await this.reloading;
      return false;
    }
    let swapped = false;
    this.reloading = (async () => {
      try {
        const version = await currentVersion(this.indexDir);
        if (!version || version === this.index.version) return;
        const next = await this.load();
        this.index = next;
        this.passageOrdinals = undefined;
        swapped = true;
        this.logger.info('index reloaded', { version: next.version, passages: next.passages.length });
      } catch (e) {
        this.logger.error('index reload failed, keeping the previous index', { error: e });
      }
    })();
    await this.reloading;
    this.reloading = undefined;
    return swapped;
  }

  /** Polls CURRENT (cheap stat) so a reindex by another process is picked up without restart. */
  watch(intervalMs = 2000): void {
    if (this.watching) return;
    this.watching = true;
    fs.watchFile(path.join(this.indexDir, 'CURRENT'), { interval: intervalMs, persistent: false }, () => {
      void this.refresh();
    });
  }

  unwatch(): void {
    if (!this.watching) return;
    fs.unwatchFile(path.join(this.indexDir, 'CURRENT'));
    this.watching = false;
  }
}
