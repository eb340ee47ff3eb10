import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/fake-discord/fake-discord.js';
import { makeTempProject, type TempProject } from '../support/temp-project.js';
import { runScript } from '../support/run-script.js';

let project: TempProject | undefined;
let discord: FakeDiscord | undefined;
afterEach(async () => {
  await discord?.close();
  project?.cleanup();
});

describe('npm start with DISCORD_TOKEN', () => {
  it('exits non-zero with a clear message when Discord rejects the token, and never prints it', async () => {
    project = makeTempProject();
    discord = await FakeDiscord.start();
    const wrong = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.wrong-token-value-abcdefghijklmnopqrstu';
    const r = await runScript('src/main.ts', [], {
      cwd: project.root,
      env: {
        DOCS_DIR: project.docs,
        INDEX_DIR: project.config.INDEX_DIR,
        EMBEDDINGS: 'offline',
        TOPICS_FILE: project.config.TOPICS_FILE,
        DISCORD_TOKEN: wrong,
        DISCORD_API_URL: discord.apiUrl,
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Discord rejected DISCORD_TOKEN \(401\)/);
    expect(r.stderr + r.stdout).not.toContain(wrong);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
