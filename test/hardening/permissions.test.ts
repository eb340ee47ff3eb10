import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReindexSummary } from '../../src/answer/types.js';
import type { TempProject } from '../support/temp-project.js';
import { makeTempProject } from '../support/temp-project.js';
import { ANSWER_PHRASE, QUESTION, expectCleanFailure, expectNoStackTrace, run } from './support/faults.js';

/**
 * File permissions do not bind root. As root, the scripts run as the unprivileged user
 * `nobody`; as any other user, they run as that user. Without such a user the tests are
 * skipped, and the skip says why.
 */
function unprivilegedUser(): { uid: number; gid: number } | undefined | 'unavailable' {
  if (process.getuid?.() !== 0) return undefined; // already unprivileged
  try {
    const uid = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

const user = unprivilegedUser();
const unavailable = user === 'unavailable';
if (unavailable) console.warn('permissions tests skipped: running as root and there is no user "nobody" to drop to');
const runAs = user === 'unavailable' ? undefined : user;

let project: TempProject | undefined;
afterEach(() => {
  if (project) {
    // Give root's cleanup a folder it can walk even without root's override (and restore modes).
    for (const p of [path.join(project.docs, 'geheim.txt'), path.join(project.docs, 'privat')]) if (fs.existsSync(p)) fs.chmodSync(p, 0o755);
    project.cleanup();
  }
});

function chownTree(dir: string, uid: number, gid: number): void {
  fs.chownSync(dir, uid, gid);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) chownTree(p, uid, gid);
    else fs.lchownSync(p, uid, gid);
  }
}

describe.skipIf(unavailable)(`files the process may not read (as ${runAs ? 'user nobody' : 'this user'})`, () => {
  it('are skipped with a reason, the reindex finishes, and the index answers', async () => {
    project = makeTempProject();
    fs.chmodSync(project.root, 0o755);
    if (runAs) chownTree(project.root, runAs.uid, runAs.gid);
    const options = runAs ? { user: runAs } : {};
    const first = await run(project, 'scripts/reindex.ts', ['--json'], options);
    expect(first.code, first.stderr).toBe(0);

    const secret = path.join(project.docs, 'geheim.txt');
    fs.writeFileSync(secret, 'Geheim\nNur für Befugte: der Schlüssel liegt im Tresor Nummer 12.\n');
    fs.mkdirSync(path.join(project.docs, 'privat'));
    fs.writeFileSync(path.join(project.docs, 'privat', 'akte.txt'), 'Akte\nVertrauliche Akte über die Personalplanung.\n');
    if (runAs) chownTree(project.docs, runAs.uid, runAs.gid);
    fs.chmodSync(secret, 0o000);
    fs.chmodSync(path.join(project.docs, 'privat'), 0o000);

    const r = await run(project, 'scripts/reindex.ts', ['--json'], options);
    expect(r.code, r.stderr).toBe(0);
    expectNoStackTrace(r);
    const summary = JSON.parse(r.stdout) as ReindexSummary;
    expect(summary.skipped).toEqual([
      { file: 'geheim.txt', reason: 'cannot be read (permission denied)' },
      { file: 'privat/', reason: 'folder cannot be read (permission denied)' },
    ]);
    expect(summary.documents).toMatchObject({ unchanged: 1, added: 0, skipped: 2 });

    const ask = await run(project, 'scripts/ask.ts', ['--json', QUESTION], options);
    expect(ask.code, ask.stderr).toBe(0);
    expect(JSON.parse(ask.stdout).answer).toContain(ANSWER_PHRASE);
  }, 120_000);

  it('a documents folder that may not be read stops the reindex with a message; the index still answers', async () => {
    project = makeTempProject();
    fs.chmodSync(project.root, 0o755);
    if (runAs) chownTree(project.root, runAs.uid, runAs.gid);
    const options = runAs ? { user: runAs } : {};
    expect((await run(project, 'scripts/reindex.ts', [], options)).code).toBe(0);
    fs.chmodSync(project.docs, 0o000);
    try {
      const r = await run(project, 'scripts/reindex.ts', [], options);
      expectCleanFailure(r, 1, /The documents folder .* cannot be read \(permission denied\)\. Check its permissions\./);
      const ask = await run(project, 'scripts/ask.ts', ['--json', QUESTION], options);
      expect(ask.code, ask.stderr).toBe(0);
      expect(JSON.parse(ask.stdout).answer).toContain(ANSWER_PHRASE);
    } finally {
      fs.chmodSync(project.docs, 0o755);
    }
  }, 120_000);
});
