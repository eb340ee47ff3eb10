import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfflineEmbedder } from '../../../src/embedding/offline-embedder.js';
import { silentLogger } from '../../../src/logger.js';
import { openServices, type Services } from '../../../src/services.js';
import { FakeOpenAiServer } from '../../fakes/fake-openai-server.js';
import { makeTempProject, type TempProject } from '../../support/temp-project.js';
import { startHarness, snowflake, user, type Harness } from '../harness.js';

/** Documents → engine → LLM (fake OpenAI-compatible server) → checked answer → Discord reply. */
describe('the bot with generated answers (LLM configured)', () => {
  let h: Harness;
  let project: TempProject;
  let services: Services;
  let llm: FakeOpenAiServer;
  beforeAll(async () => {
    llm = await FakeOpenAiServer.start();
    project = makeTempProject({ env: { LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'fake-model', LLM_TIMEOUT_MS: '5000' } });
    services = await openServices(project.config, { logger: silentLogger, buildIfMissing: true, embedder: new OfflineEmbedder({ dimensions: 128 }) });
    h = await startHarness({}, services.engine);
  });
  afterAll(async () => {
    await h.close();
    await services.close();
    await llm.close();
    project.cleanup();
  });

  const ask = async (question: string) => {
    const { payload } = h.command('ask', { question }, { user: user(snowflake(), 'x') });
    await h.responseTo(payload, 'callback');
    return h.discord.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.includes(payload.token) && (r.body?.components?.length ?? 0) > 0,
    );
  };

  it('shows the checked, generated answer with only the cited source', async () => {
    llm.script({ kind: 'text', text: 'DOMEA soll bis Ende 2013 in allen Ministerien eingeführt sein [1].', chunkChars: 8 });
    const final = await ask('Bis wann soll DOMEA in allen Ministerien eingeführt sein?');
    const embed = final.body.embeds[0];
    expect(embed.description).toMatch(/^DOMEA soll bis Ende 2013 in allen Ministerien eingeführt sein\. \\?\[1\\?\]$/);
    expect(embed.fields.filter((f: { name: string }) => /^\[\d\]/.test(f.name))).toHaveLength(1);
    expect(final.body.allowed_mentions.parse).toEqual([]);
  });

  it('falls back to the extractive answer with a notice when the model fails (HTTP 500)', async () => {
    llm.script({ kind: 'status', status: 500 });
    const final = await ask('Bis wann soll DOMEA in allen Ministerien eingeführt sein?');
    const embed = final.body.embeds[0];
    // The extractive fallback, with its answering span in bold.
    expect(embed.description.replace(/\*\*/g, '')).toContain('bis Ende 2013 in allen Ministerien');
    expect(JSON.stringify(embed.fields)).toMatch(/Sprachmodell war nicht erreichbar/);
  });

  it('drops an invented number and keeps the supported statement', async () => {
    llm.script({ kind: 'text', text: 'DOMEA wird bis Ende 2013 in allen Ministerien eingeführt [1]. Es kostet 4,5 Millionen Euro [1].' });
    const final = await ask('Bis wann soll DOMEA in allen Ministerien eingeführt sein?');
    expect(final.body.embeds[0].description).toContain('2013');
    expect(final.body.embeds[0].description).not.toContain('4,5');
  });
});
