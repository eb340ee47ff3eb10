import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedbackLog, hashUserId } from '../../src/bot/feedback-log.js';

describe('FeedbackLog', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'feedback-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the folder and appends one JSON line per vote with a salted hash instead of the user id', async () => {
    const file = path.join(dir, 'a', 'b', 'feedback.jsonl');
    const log = new FeedbackLog(file, 'salt', () => Date.UTC(2025, 0, 2));
    await Promise.all([
      log.record({ question: 'Frage 1', answerId: 'ans-1', vote: 'up', userId: '123456789' }),
      log.record({ question: 'Frage 2', answerId: 'ans-2', vote: 'down', userId: '123456789' }),
    ]);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('123456789');
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { question: 'Frage 1', answerId: 'ans-1', vote: 'up', time: '2025-01-02T00:00:00.000Z', user: hashUserId('salt', '123456789') },
      { question: 'Frage 2', answerId: 'ans-2', vote: 'down', time: '2025-01-02T00:00:00.000Z', user: hashUserId('salt', '123456789') },
    ]);
  });

  it('hashes as sha256(salt + userId) in hex', () => {
    expect(hashUserId('s', '1')).toBe('e8bc163c82eee18733288c7d4ac636db3a6deb013ef2d37b68322be20edc45cc');
    expect(hashUserId('s', '1')).not.toBe(hashUserId('t', '1'));
  });
});
