import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { AnswerService } from '../answer/types.js';
import type { Config } from '../config.js';
import { AppError, isAppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { commands } from './command-list.js';
import { createBotContext } from './context.js';
import { NO_PINGS } from './format/answer-message.js';
import { createInteractionHandler } from './interaction-handler.js';
import { createMessageHandler } from './message-handler.js';
import { registerCommands } from './register-commands.js';
import { toStartupError } from './startup-error.js';

export interface StartBotDeps {
  config: Config;
  service: AnswerService;
  logger: Logger;
  /** How long `stop()` waits for answers in flight before closing anyway (ms); default 10,000. */
  stopTimeoutMs?: number;
  /** Clock for rate limits and memories (ms); default `Date.now`. */
  now?: () => number;
}

export interface BotHandle {
  client: Client;
  /** Stops taking work, waits (bounded) for answers in flight, destroys the client. Idempotent. */
  stop(): Promise<void>;
}

/** The discord.js client: REST and gateway URL (from GET /gateway/bot) both come from DISCORD_API_URL. */
export function createClient(config: Config): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    // DM channels are not cached before their first message; without this partial DMs are dropped.
    partials: [Partials.Channel],
    rest: { api: config.DISCORD_API_URL },
    allowedMentions: { ...NO_PINGS, parse: [] },
  });
}

/**
 * Logs in, waits until the client is ready, registers the slash commands (guild-scoped when
 * DISCORD_GUILD_ID is set) and starts answering.
 * @throws {AppError} `DISCORD_TOKEN_MISSING` / `DISCORD_TOKEN_INVALID` (401 from Discord) /
 * `DISCORD_UNREACHABLE` (network failure); other errors as they come. The client is destroyed before throwing.
 */
export async function startBot(deps: StartBotDeps): Promise<BotHandle> {
  const { config, logger } = deps;
  if (!config.DISCORD_TOKEN) throw new AppError('DISCORD_TOKEN_MISSING', undefined);
  const ctx = createBotContext(deps);
  const client = createClient(config);
  const onInteraction = createInteractionHandler(ctx, commands);
  const onMessage = createMessageHandler(ctx);
  client.on(Events.InteractionCreate, (interaction) => void ctx.inFlight.track(onInteraction(interaction)));
  client.on(Events.MessageCreate, (message) => void ctx.inFlight.track(onMessage(message)));
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  client.on(Events.ShardError, (error, shardId) => logger.warn('gateway connection error', { shardId, error }));
  let stopping: Promise<void> | undefined;
  // destroy() closes the socket, which discord.js also reports as "reconnecting": not worth a line then.
  client.on(Events.ShardReconnecting, (shardId) => stopping || logger.info('gateway reconnecting', { shardId }));

  try {
    const ready = once(client, Events.ClientReady);
    ready.catch(() => undefined); // if login fails first, nobody awaits `ready`
    await client.login(config.DISCORD_TOKEN);
    await ready;
    logger.info('discord client ready', { user: client.user?.tag, guilds: client.guilds.cache.size });
    await registerCommands(client.rest, client.application!.id, config.DISCORD_GUILD_ID, logger);
  } catch (error) {
    await client.destroy();
    const mapped = toStartupError(error, config.DISCORD_API_URL);
    if (isAppError(mapped)) logger.error(mapped.message, { code: mapped.code });
    throw mapped;
  }

  const stop = () =>
    (stopping ??= (async () => {
      ctx.inFlight.close();
      logger.info('bot stopping', { inFlight: ctx.inFlight.size });
      const drained = await ctx.inFlight.drain(deps.stopTimeoutMs ?? 10_000);
      if (!drained) logger.warn('stopped with answers still in flight', { inFlight: ctx.inFlight.size });
      await client.destroy();
      logger.info('bot stopped');
    })());
  return { client, stop };
}
