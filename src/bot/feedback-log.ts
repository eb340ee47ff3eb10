import { createHash } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/** One line of FEEDBACK_FILE. `user` is a salted hash, never the raw Discord id. */
export interface FeedbackRecord {
  question: string;
  answerId: string;
  vote: 'up' | 'down';
  /** ISO timestamp. */
  time: string;
  /** hex sha256(FEEDBACK_SALT + userId) */
  user: string;
}

export function hashUserId(salt: string, userId: string): string {
  return createHash('sha256').update(salt + userId).digest('hex');
}

/** Appends feedback votes as JSON lines, creating the folder when needed; writes never interleave. */
export class FeedbackLog {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly salt: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** Appends one vote; resolves when the line is written (rejects if it could not be). */
  record(vote: { question: string; answerId: string; vote: 'up' | 'down'; userId: string }): Promise<void> {
    const record: FeedbackRecord = {
      question: vote.question,
      answerId: vote.answerId,
      vote: vote.vote,
      time: new Date(this.now()).toISOString(),
      user: hashUserId(this.salt, vote.userId),
    };
    const write = this.queue.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, JSON.stringify(record) + '\n', 'utf8');
    });
    this.queue = write.catch(() => undefined);
    return write;
  }
}
