/**
 * Registers the bot's slash commands with Discord (guild-scoped when DISCORD_GUILD_ID is set,
 * global otherwise) and exits. `npm start` does the same at startup; this is for deployments
 * that register separately. Usage: `npm run register-commands`
 */
import { registerCommandsFromConfig } from '../src/bot/register-commands.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { isAppError } from '../src/errors.js';
import { createLogger } from '../src/logger.js';

try {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  const { scope, count } = await registerCommandsFromConfig(config, logger);
  console.log(
    scope === 'guild'
      ? `Registered ${count} commands in guild ${config.DISCORD_GUILD_ID} (visible immediately).`
      : `Registered ${count} global commands (may take up to an hour to appear).`,
  );
} catch (error) {
  console.error(isAppError(error) || error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
