import type { AnswerService, ReindexSummary } from '../answer/types.js';
import { BotUserError } from './user-error.js';

/** Runs `service.reindex()` at most once at a time; answers keep being served meanwhile. */
export class ReindexRunner {
  private current: Promise<ReindexSummary> | undefined;

  constructor(private readonly service: Pick<AnswerService, 'reindex'>) {}

  get running(): boolean {
    return this.current !== undefined;
  }

  /** @throws {BotUserError} "läuft bereits" when a run is in progress */
  start(): Promise<ReindexSummary> {
    if (this.current) throw new BotUserError((m) => m.reindexRunning);
    const run = this.service.reindex().finally(() => {
      this.current = undefined;
    });
    this.current = run;
    return run;
  }
}
