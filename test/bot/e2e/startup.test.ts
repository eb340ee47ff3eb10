import { describe, expect, it } from 'vitest';
import { registerCommandsFromConfig } from '../../../src/bot/register-commands.js';
import { startBot } from '../../../src/bot/start-bot.js';
import { loadConfig } from '../../../src/config.js';
import { isAppError } from '../../../src/errors.js';
import { createLogger, silentLogger } from '../../../src/logger.js';
import { FakeAnswerService } from '../../fakes/fake-answer-service.js';
import { FakeDiscord } from '../../fakes/fake-discord/fake-discord.js';
import { snowflake, startHarness, user, type LogRecord } from '../harness.js';

describe('startBot', () => {
  it('connects through the gateway URL from GET /gateway/bot and registers the commands in the guild', async () => {
    const h = await startHarness();
    try {
      const gatewayInfo = h.discord.requests.find((r) => r.path === '/gateway/bot');
      expect(gatewayInfo?.headers.authorization).toBe(`Bot ${h.discord.options.token}`);
      const [connection] = h.discord.gateway.connections;
      expect(connection!.url).toBe('/?v=10&encoding=json');
      // Guilds | GuildMessages | DirectMessages | MessageContent
      expect(connection!.identify!.intents).toBe(1 | 512 | 4096 | 32768);
      expect(h.bot.client.isReady()).toBe(true);

      const put = await h.discord.waitForRequest((r) => r.method === 'PUT');
      expect(put.path).toBe(`/applications/${h.discord.options.applicationId}/guilds/${h.guildId}/commands`);
      const body = put.body as any[];
      expect(body.map((c) => c.name)).toEqual(['ask', 'topic', 'topics', 'sources', 'help', 'reindex']);
      expect(body.map((c) => c.name_localizations.de)).toEqual(['frage', 'thema', 'themen', 'quellen', 'hilfe', 'neu-indexieren']);
      expect(body.find((c) => c.name === 'ask').options.map((o: any) => [o.name, o.type, o.required ?? false])).toEqual([['question', 3, true], ['public', 5, false]]);
      expect(body.find((c) => c.name === 'reindex').default_member_permissions).toBe('32');
      expect(body.find((c) => c.name === 'ask').default_member_permissions ?? null).toBeNull();
    } finally {
      await h.close();
    }
  });

  it('registers globally when DISCORD_GUILD_ID is not set', async () => {
    const h = await startHarness({ DISCORD_GUILD_ID: '' });
    try {
      const put = await h.discord.waitForRequest((r) => r.method === 'PUT');
      expect(put.path).toBe(`/applications/${h.discord.options.applicationId}/commands`);
    } finally {
      await h.close();
    }
  });

  it('explains a rejected token (401) with a typed error and logs it for the operator', async () => {
    const discord = await FakeDiscord.start();
    const logs: LogRecord[] = [];
    const logger = createLogger({ write: (line) => logs.push(JSON.parse(line) as LogRecord) });
    const config = loadConfig({ DISCORD_TOKEN: 'not-the-token', DISCORD_API_URL: discord.apiUrl });
    try {
      const error = await startBot({ config, service: new FakeAnswerService(), logger }).catch((e: unknown) => e);
      expect(isAppError(error, 'DISCORD_TOKEN_INVALID')).toBe(true);
      expect((error as Error).message).toContain('Discord rejected DISCORD_TOKEN (401)');
      expect((error as Error).message).toContain('Reset Token');
      expect(discord.requests.find((r) => r.path === '/gateway/bot')?.status).toBe(401);
      expect(logs.some((l) => l.level === 'error' && l.code === 'DISCORD_TOKEN_INVALID')).toBe(true);
      expect(JSON.stringify(logs)).not.toContain('not-the-token');
    } finally {
      await discord.close();
    }
  });

  it('waits for an answer in flight when stopping and turns new questions away meanwhile', async () => {
    const h = await startHarness();
    try {
      const release = h.service.pauseAsks();
      const first = h.command('ask', { question: 'Was ist das Ziel?' });
      await h.responseTo(first.payload, 'callback');
      let stoppedAt = 0;
      const stopped = h.bot.stop().then(() => (stoppedAt = Date.now()));
      const late = h.command('ask', { question: 'Noch eine Frage?' });
      const refusal = await h.responseTo(late.payload, 'callback');
      expect(refusal.body).toMatchObject({ type: 4, data: { flags: 64 } });
      expect(refusal.body.data.content).toContain('starte gerade neu');
      expect(stoppedAt).toBe(0);
      release();
      const answer = await h.responseTo(first.payload, 'original');
      await stopped;
      expect(answer.time).toBeLessThanOrEqual(stoppedAt);
      expect(answer.body.embeds[0].description).toContain('[1]');
      expect(h.bot.client.isReady()).toBe(false);
    } finally {
      await h.close();
    }
  });
});

describe('registerCommandsFromConfig (npm run register-commands)', () => {
  it('looks up the application and registers the commands globally without a gateway connection', async () => {
    const discord = await FakeDiscord.start();
    try {
      const result = await registerCommandsFromConfig({ DISCORD_TOKEN: discord.options.token, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: undefined }, silentLogger);
      expect(result).toEqual({ scope: 'global', count: 6 });
      expect(discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /applications/@me',
        `PUT /applications/${discord.options.applicationId}/commands`,
      ]);
      expect(discord.gateway.connections).toHaveLength(0);
    } finally {
      await discord.close();
    }
  });

  it('reports a rejected token as DISCORD_TOKEN_INVALID', async () => {
    const discord = await FakeDiscord.start();
    try {
      const error = await registerCommandsFromConfig({ DISCORD_TOKEN: 'wrong', DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: undefined }, silentLogger).catch((e: unknown) => e);
      expect(isAppError(error, 'DISCORD_TOKEN_INVALID')).toBe(true);
    } finally {
      await discord.close();
    }
  });
});

describe('answer concurrency', () => {
  it('acknowledges every question at once but computes at most MAX_CONCURRENT_ANSWERS at a time', async () => {
    const h = await startHarness({ MAX_CONCURRENT_ANSWERS: '1' });
    try {
      const release = h.service.pauseAsks();
      const a = h.command('ask', { question: 'Erste?' }, { user: user(snowflake(), 'a') });
      const b = h.command('ask', { question: 'Zweite?' }, { user: user(snowflake(), 'b') });
      for (const { payload, sentAt } of [a, b]) {
        expect((await h.responseTo(payload, 'callback')).time - sentAt).toBeLessThan(3000);
      }
      expect(h.service.asks.map((x) => x.question)).toEqual(['Erste?']);
      release();
      await h.responseTo(a.payload, 'original');
      await h.responseTo(b.payload, 'original');
      expect(h.service.asks.map((x) => x.question)).toEqual(['Erste?', 'Zweite?']);
    } finally {
      await h.close();
    }
  });
});
