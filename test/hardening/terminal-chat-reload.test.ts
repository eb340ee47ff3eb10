import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TempProject } from '../support/temp-project.js';
import { startScript } from '../support/run-script.js';
import { envOf, indexedProject, run } from './support/faults.js';

let project: TempProject | undefined;
afterEach(() => project?.cleanup());

describe('the terminal chat', () => {
  it('picks up an index rebuilt by another process without a restart', async () => {
    project = await indexedProject();
    const chat = startScript('src/main.ts', [], { cwd: project.root, env: envOf(project), keepStdinOpen: true });
    let stdout = '';
    let stderr = '';
    chat.stdout!.on('data', (d) => (stdout += d));
    chat.stderr!.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((resolve) => chat.on('close', resolve));
    const waitFor = async (pattern: RegExp, ms: number) => {
      const until = Date.now() + ms;
      while (!pattern.test(stdout) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      return pattern.test(stdout);
    };
    const question = 'Wann öffnet die Leitstelle Wummelstadt?\n';
    chat.stdin!.write(question);
    expect(await waitFor(/Dazu steht in den vorliegenden Dokumenten nichts/, 60_000), stdout + stderr).toBe(true);

    fs.writeFileSync(path.join(project.docs, 'leitstelle.txt'), 'Leitstelle\nDie Leitstelle Wummelstadt öffnet im Frühjahr 2029 für alle Gemeinden.\n');
    const reindex = await run(project, 'scripts/reindex.ts', []);
    expect(reindex.code, reindex.stderr).toBe(0);

    // The chat polls CURRENT every 2 s; ask until the new document answers (or give up after 30 s).
    const until = Date.now() + 30_000;
    while (!/Frühjahr 2029/.test(stdout) && Date.now() < until) {
      chat.stdin!.write(question);
      await waitFor(/Frühjahr 2029/, 2_500);
    }
    chat.stdin!.end('/ende\n');
    expect(await closed).toBe(0);
    expect(stdout).toMatch(/Frühjahr 2029/);
    expect(stdout).toMatch(/\[1\] Leitstelle/);
  }, 150_000);
});
