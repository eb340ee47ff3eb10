/**
 * Registers the bot's slash commands with Discord (guild-scoped when DISCORD_GUILD_ID is set,
 * global otherwise) and exits. `npm start` does the same at startup; this is for deployments
 * that register separately. Usage: `npm run register-commands`
 */
import { registerCommandsFromConfig } from '../src/bot/register-commands.js';
import { runScript } from '../src/cli/run-script.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';

const usage = `usage: npm run register-commands
Registers the slash commands with Discord (in DISCORD_GUILD_ID only when set, instantly;
globally otherwise, which can take up to an hour) and exits. Needs DISCORD_TOKEN in .env.
  --help   show this text`;

await runScript({ usage, options: {} }, async () => {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
  const { scope, count } = await registerCommandsFromConfig(config, logger);
  process.stdout.write(
    (scope === 'guild'
      ? `Registered ${count} commands in guild ${config.DISCORD_GUILD_ID} (visible immediately).`
      : `Registered ${count} global commands (may take up to an hour to appear).`) + '\n',
  );
});
