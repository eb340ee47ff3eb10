import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { processStartTime } from '../../src/search/reindex-lock.js';
import type { TempProject } from '../support/temp-project.js';
import { expectCleanFailure, expectIndexAnswers, indexedProject, run } from './support/faults.js';

let project: TempProject | undefined;
let bystander: ChildProcess | undefined;
afterEach(() => {
  bystander?.kill();
  project?.cleanup();
});

const lockOf = (p: TempProject) => `${p.config.INDEX_DIR}.lock`;

/** A live process that has nothing to do with indexing (its PID is what a killed reindex left behind). */
function startBystander(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
}

describe('the reindex lock', () => {
  it('is taken over when its PID now belongs to an unrelated live process', async () => {
    project = await indexedProject();
    bystander = startBystander();
    // What a reindex killed with -9 leaves, once the PID has been reused: a different start time.
    fs.writeFileSync(lockOf(project), JSON.stringify({ pid: bystander.pid, host: os.hostname(), since: '2026-01-01T00:00:00Z', started: '1', token: 'abc' }));
    const r = await run(project, 'scripts/reindex.ts', []);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(lockOf(project))).toBe(false);
    await expectIndexAnswers(project);
  }, 60_000);

  it('without a start time (older lock), is taken over when its heartbeat stopped long ago', async () => {
    project = await indexedProject();
    bystander = startBystander();
    fs.writeFileSync(lockOf(project), JSON.stringify({ pid: bystander.pid, host: os.hostname(), since: '2026-01-01T00:00:00Z' }));
    const hourAgo = new Date(Date.now() - 3600_000);
    fs.utimesSync(lockOf(project), hourAgo, hourAgo);
    const r = await run(project, 'scripts/reindex.ts', []);
    expect(r.code, r.stderr).toBe(0);
  }, 60_000);

  it('held by a live reindex stops another with exit 2, naming the lock file and how to remove it', async () => {
    project = await indexedProject();
    bystander = startBystander();
    // The same process, the same start time: the owner is alive.
    const started = processStartTime(bystander.pid!);
    fs.writeFileSync(lockOf(project), JSON.stringify({ pid: bystander.pid, host: os.hostname(), since: '2026-01-01T00:00:00Z', ...(started ? { started } : {}), token: 'abc' }));
    const r = await run(project, 'scripts/reindex.ts', []);
    const file = lockOf(project).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expectCleanFailure(r, 2, new RegExp(`Another reindex is already running \\(process ${bystander.pid}, since .*; lock file ${file}\\)[\\s\\S]*If no reindex is running, delete ${file}`));
    await expectIndexAnswers(project);
  }, 60_000);
});
