import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempProject, type TempProject } from '../support/temp-project.js';
import { runScript, startScript } from '../support/run-script.js';

let project: TempProject | undefined;
let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
  project?.cleanup();
  project = undefined;
});

function env(p: TempProject, extra: Record<string, string> = {}): Record<string, string> {
  return { DOCS_DIR: p.docs, INDEX_DIR: p.config.INDEX_DIR, EMBEDDINGS: 'offline', TOPICS_FILE: p.config.TOPICS_FILE, WEB_PORT: '0', ...extra };
}

/** Resolves with the first match of `pattern` in the child's stderr (rejects if it exits first). */
function waitForStderr(c: ChildProcess, pattern: RegExp, timeoutMs = 90_000): Promise<RegExpMatchArray> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; stderr so far:\n${seen}`)), timeoutMs);
    c.stderr!.on('data', (d) => {
      seen += d;
      const m = seen.match(pattern);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    c.on('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}; stderr:\n${seen}`)));
  });
}

const exitCode = (c: ChildProcess) => new Promise<number | null>((resolve) => (c.exitCode !== null ? resolve(c.exitCode) : c.on('exit', resolve)));

async function passages(url: string): Promise<number> {
  return ((await (await fetch(`${url}/healthz`)).json()) as { passages: number }).passages;
}

describe('npm run web', () => {
  it('builds a missing index, serves the chat and API, picks up a new index and stops on SIGTERM', async () => {
    project = makeTempProject();
    child = startScript('scripts/web.ts', [], { cwd: project.root, env: env(project) });
    const [, url] = await waitForStderr(child, /Web chat: (http:\/\/127\.0\.0\.1:\d+)\//);
    const before = await passages(url!);
    expect(before).toBeGreaterThan(0);
    const res = await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Bis wann soll DOMEA eingeführt sein?' }) });
    expect(((await res.json()) as { answer: string }).answer).toContain('2013');
    expect((await fetch(`${url}/`)).headers.get('content-security-policy')).toContain("script-src 'self'");

    // Hot reload: a reindex in another process is served without a restart.
    fs.writeFileSync(path.join(project.docs, 'neu.md'), '# Neu\n\nDie Leitstelle in Wummelstadt öffnet 2029. Sie berät alle Kommunen des Landes.\n');
    const reindex = await runScript('scripts/reindex.ts', [], { cwd: project.root, env: env(project) });
    expect(reindex.code).toBe(0);
    let after = before;
    for (let i = 0; i < 100 && after === before; i++) {
      await new Promise((r) => setTimeout(r, 200));
      after = await passages(url!);
    }
    expect(after).toBeGreaterThan(before);

    child.kill('SIGTERM');
    expect(await exitCode(child)).toBe(0);
  });

  it('refuses to listen beyond loopback without WEB_TOKEN, with a clear message and no stack trace', async () => {
    project = makeTempProject();
    const r = await runScript('scripts/web.ts', [], { cwd: project.root, env: env(project, { WEB_HOST: '0.0.0.0' }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/WEB_HOST=0\.0\.0\.0 is reachable from other machines.*Set WEB_TOKEN/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm start with WEB_PORT', () => {
  it('serves the web chat instead of the terminal chat when no Discord token is set', async () => {
    project = makeTempProject();
    child = startScript('src/main.ts', [], { cwd: project.root, env: env(project, { LOG_LEVEL: 'info' }) });
    const [, url] = await waitForStderr(child, /"msg":"web chat listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/);
    expect(await passages(url!)).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exitCode(child)).toBe(0);
  });
});
