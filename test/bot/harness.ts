import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBot, type BotHandle } from '../../src/bot/start-bot.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { FakeAnswerService } from '../fakes/fake-answer-service.js';
import type { AnswerService } from '../../src/answer/types.js';
import { FakeDiscord, type RecordedRequest } from '../fakes/fake-discord/fake-discord.js';
import { OptionTypes, autocomplete, buttonClick, dmChannel, message, slashCommand, snowflake, user, type OptionPayload, type Place, type UserPayload } from '../fakes/fake-discord/payloads.js';

export interface LogRecord {
  level: string;
  msg: string;
  [key: string]: unknown;
}

/** The real bot (startBot) against the fake Discord, with a fake answer service and captured logs. */
export interface Harness {
  discord: FakeDiscord;
  service: FakeAnswerService;
  bot: BotHandle;
  config: Config;
  logs: LogRecord[];
  guildId: string;
  channel: { id: string; type: number; guild_id: string };
  thread: { id: string; type: number; guild_id: string; parent_id: string };
  member: ReturnType<typeof user>;
  inGuild(permissions?: string): Place;
  /** Dispatches `/name` with string/boolean options; returns the payload and dispatch time. */
  command(name: string, options?: Record<string, string | boolean>, opts?: { user?: ReturnType<typeof user>; place?: Place; locale?: string }): { payload: any; sentAt: number };
  /** Dispatches autocomplete for `/name` with `focused` being typed into option `option`. */
  autocomplete(name: string, option: string, focused: string): { payload: any; sentAt: number };
  /** Dispatches a click on a button with `customId` on a message the bot sent (its recorded body). */
  click(customId: string, botMessageBody: any, opts?: { user?: UserPayload; locale?: string }): { payload: any; sentAt: number };
  /** Dispatches MESSAGE_CREATE (in the guild text channel unless `place` says otherwise); returns the message id. */
  sendMessage(content: string, opts?: { author?: UserPayload; mentionBot?: boolean; channelId?: string; dm?: ReturnType<typeof dmChannel> }): string;
  /** The bot's reply (POST /channels/:id/messages) to message `messageId`. */
  replyTo(messageId: string): Promise<RecordedRequest>;
  /** The first request to this interaction's webhook (editReply/followUp) or callback matching `method`. */
  responseTo(payload: { token: string }, kind: 'callback' | 'original' | 'followup'): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}, realService?: AnswerService): Promise<Harness> {
  const discord = await FakeDiscord.start();
  const dir = await mkdtemp(path.join(tmpdir(), 'bot-test-'));
  const guild = discord.options.guilds[0]!;
  const logs: LogRecord[] = [];
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line) as LogRecord) });
  const config = loadConfig(
    {
      DISCORD_TOKEN: discord.options.token,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_GUILD_ID: guild.id,
      FEEDBACK_FILE: path.join(dir, 'nested', 'feedback.jsonl'),
      FEEDBACK_SALT: 'test-salt',
      ...env,
    },
    dir,
  );
  const fake = new FakeAnswerService();
  const service = realService ?? fake;
  let bot: BotHandle;
  try {
    bot = await startBot({ config, service, logger, stopTimeoutMs: 2000 });
  } catch (error) {
    await discord.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const member = user(snowflake(), 'anna');
  const channel = guild.channels[0]!;
  const thread = guild.threads[0]!;
  const inGuild = (permissions = '0'): Place => ({ guildId: guild.id, channel, permissions });
  return {
    discord, service: fake, bot, config, logs, guildId: guild.id, channel, thread, member, inGuild,
    command(name, options = {}, opts = {}) {
      const optionPayloads: OptionPayload[] = Object.entries(options).map(([key, value]) => ({
        name: key, type: typeof value === 'boolean' ? OptionTypes.Boolean : OptionTypes.String, value,
      }));
      const payload = slashCommand({
        applicationId: discord.options.applicationId, user: opts.user ?? member, place: opts.place ?? inGuild(),
        locale: opts.locale, name, options: optionPayloads,
      });
      return { payload, sentAt: discord.sendInteraction(payload) };
    },
    autocomplete(name, option, focused) {
      const payload = autocomplete({
        applicationId: discord.options.applicationId, user: member, place: inGuild(), name,
        options: [{ name: option, type: OptionTypes.String, value: focused, focused: true }],
      });
      return { payload, sentAt: discord.sendInteraction(payload) };
    },
    click(customId, botMessageBody, opts = {}) {
      const botMessage = message({
        channelId: channel.id, guildId: guild.id, author: discord.options.botUser,
        embeds: botMessageBody.embeds, components: botMessageBody.components, flags: botMessageBody.flags,
      });
      const payload = buttonClick({
        applicationId: discord.options.applicationId, user: opts.user ?? member, place: inGuild(), locale: opts.locale, customId, message: botMessage,
      });
      return { payload, sentAt: discord.sendInteraction(payload) };
    },
    sendMessage(content, opts = {}) {
      const author = opts.author ?? member;
      const bot = discord.options.botUser;
      const mention = opts.mentionBot ?? !opts.dm;
      const data = opts.dm
        ? message({ channelId: opts.dm.id, author, content, channelType: 1 })
        : message({
            channelId: opts.channelId ?? channel.id, guildId: guild.id, author,
            content: mention ? `<@${bot.id}> ${content}` : content, mentions: mention ? [bot] : [],
          });
      discord.gateway.dispatch('MESSAGE_CREATE', data);
      return data.id;
    },
    replyTo(messageId) {
      return discord.waitForRequest((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.body?.message_reference?.message_id === messageId);
    },
    responseTo(payload, kind) {
      return discord.waitForRequest((r) =>
        kind === 'callback'
          ? r.path.endsWith(`/${payload.token}/callback`)
          : kind === 'original'
            ? r.method === 'PATCH' && r.path.endsWith(`/${payload.token}/messages/@original`)
            : r.method === 'POST' && r.path.endsWith(`/webhooks/${discord.options.applicationId}/${payload.token}`),
      );
    },
    async close() {
      await bot.stop();
      await discord.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export { dmChannel, user, snowflake };
export type { UserPayload };
