import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import { AppError } from '../errors.js';

/** What the lock file records about its owner. */
interface LockInfo {
  pid: number;
  host: string;
  since: string;
  /** The owner's process start time as the kernel reports it (Linux); tells a reused PID apart. */
  started?: string;
  /** Random token of this lock (a reused PID cannot know it). */
  token?: string;
}

/** The owner touches the lock file this often, so its age shows that it is alive. */
export const LOCK_HEARTBEAT_MS = 15_000;
/** A lock whose heartbeat is older than this is stale when its owner's start time is unknown. */
export const LOCK_STALE_MS = 10 * 60_000;

/**
 * An exclusive lock file (`INDEX_DIR.lock`) held for the duration of a reindex, so that two
 * processes (or the bot's /reindex and `npm run reindex`) never build at once. The file records
 * the owner's PID, host, process start time and a random token, and its modification time is
 * refreshed every {@link LOCK_HEARTBEAT_MS}. A lock is taken over when its owner is gone: the
 * PID is not running, or runs a different process (start time differs: the PID was reused), or,
 * where start times are unknown, the heartbeat stopped more than {@link LOCK_STALE_MS} ago.
 * @returns a release function.
 * @throws {AppError} REINDEX_RUNNING (naming the lock file) when a live reindex holds the lock.
 */
export async function acquireReindexLock(lockFile: string): Promise<() => Promise<void>> {
  const started = processStartTime(process.pid);
  const mine: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
    ...(started ? { started } : {}),
    token: randomBytes(8).toString('hex'),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(lockFile, JSON.stringify(mine), { flag: 'wx' });
      return holdLock(lockFile);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await readLock(lockFile);
    if (holder && holder.host !== mine.host) {
      throw new AppError('REINDEX_RUNNING', { pid: holder.pid, since: `${holder.since} on ${holder.host}`, lockFile });
    }
    if (holder && (await isOwnerAlive(holder, lockFile))) {
      throw new AppError('REINDEX_RUNNING', { pid: holder.pid, since: holder.since, lockFile });
    }
    // Stale (owner gone, PID reused) or unreadable lock: remove it and try again.
    await fs.rm(lockFile, { force: true });
  }
  throw new AppError('REINDEX_RUNNING', { pid: -1, since: 'unknown', lockFile });
}

/** Starts the heartbeat; the returned function stops it and removes the lock. */
function holdLock(lockFile: string): () => Promise<void> {
  const beat = setInterval(() => {
    const now = new Date();
    fs.utimes(lockFile, now, now).catch(() => undefined);
  }, LOCK_HEARTBEAT_MS);
  beat.unref();
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    clearInterval(beat);
    await fs.rm(lockFile, { force: true });
  };
}

async function isOwnerAlive(holder: LockInfo, lockFile: string): Promise<boolean> {
  if (!isRunning(holder.pid)) return false;
  const now = processStartTime(holder.pid);
  if (holder.started && now) return holder.started === now;
  // Start time unknown (older lock, or no /proc): trust the heartbeat.
  const stat = await fs.stat(lockFile).catch(() => undefined);
  return stat !== undefined && Date.now() - stat.mtimeMs < LOCK_STALE_MS;
}

async function readLock(file: string): Promise<LockInfo | undefined> {
  try {
    const info = JSON.parse(await fs.readFile(file, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? info : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The start time of a process in clock ticks since boot (field 22 of `/proc/<pid>/stat`), or
 * undefined where there is no /proc (macOS, Windows).
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}
