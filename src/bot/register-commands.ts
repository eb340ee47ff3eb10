import { REST, Routes } from 'discord.js';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { commandDefinitions } from './command-list.js';
import { toStartupError } from './startup-error.js';

/**
 * Registers (overwrites) the bot's slash commands: in one guild when `guildId` is set (visible at
 * once, good for testing), globally otherwise (may take up to an hour to appear everywhere).
 */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  guildId: string | undefined,
  logger: Logger,
): Promise<{ scope: 'guild' | 'global'; count: number }> {
  const body = commandDefinitions();
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body });
  const scope = guildId ? 'guild' : 'global';
  logger.info('slash commands registered', { scope, guildId, count: body.length });
  return { scope, count: body.length };
}

/**
 * What `npm run register-commands` does: looks up the application of DISCORD_TOKEN and registers
 * the commands, without connecting to the gateway.
 * @throws {AppError} `DISCORD_TOKEN_MISSING`, `DISCORD_TOKEN_INVALID`
 */
export async function registerCommandsFromConfig(
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL' | 'DISCORD_GUILD_ID'>,
  logger: Logger,
): Promise<{ scope: 'guild' | 'global'; count: number }> {
  if (!config.DISCORD_TOKEN) throw new AppError('DISCORD_TOKEN_MISSING', undefined);
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  try {
    const app = (await rest.get(Routes.currentApplication())) as { id: string };
    return await registerCommands(rest, app.id, config.DISCORD_GUILD_ID, logger);
  } catch (error) {
    throw toStartupError(error, config.DISCORD_API_URL);
  }
}
