import fs from 'node:fs/promises';
import os from 'node:os';
import { AppError } from '../errors.js';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/**
 * An exclusive lock file (`INDEX_DIR.lock`) held for the duration of a reindex, so that two
 * processes (or the bot's /reindex and `npm run reindex`) never build at once. A lock left by
 * a process that no longer exists (killed build) is taken over.
 * @returns a release function.
 * @throws {AppError} REINDEX_RUNNING when a live process holds the lock.
 */
export async function acquireReindexLock(lockFile: string): Promise<() => Promise<void>> {
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(lockFile, JSON.stringify(mine), { flag: 'wx' });
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        await fs.rm(lockFile, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await readLock(lockFile);
    if (holder && holder.host === mine.host && isAlive(holder.pid)) {
      throw new AppError('REINDEX_RUNNING', { pid: holder.pid, since: holder.since });
    }
    if (holder && holder.host !== mine.host) {
      throw new AppError('REINDEX_RUNNING', { pid: holder.pid, since: `${holder.since} on ${holder.host}` });
    }
    // Stale (dead process) or unreadable lock: remove it and try again.
    await fs.rm(lockFile, { force: true });
  }
  throw new AppError('REINDEX_RUNNING', { pid: -1, since: 'unknown' });
}

async function readLock(file: string): Promise<LockInfo | undefined> {
  try {
    const info = JSON.parse(await fs.readFile(file, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' ? info : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
