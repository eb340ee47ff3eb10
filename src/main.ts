/**
 * Entry point (`npm start`): wiring only. With DISCORD_TOKEN the Discord bot runs; without it,
 * the terminal chat (interactive on a terminal, one answer per line when piped).
 */
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openServices } from './services.js';
import { runScript } from './cli/run-script.js';
import { createReindexReporter } from './cli/reindex-reporter.js';
import { runTerminalChat } from './cli/terminal-chat.js';
import { startBot } from './bot/start-bot.js';
import { onShutdownSignals } from './bot/shutdown.js';

await runScript(async () => {
  const config = loadConfig();
  const secrets = [config.DISCORD_TOKEN, config.LLM_API_KEY];
  if (!config.DISCORD_TOKEN) {
    const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: 'pretty', secrets });
    const reporter = createReindexReporter();
    const services = await openServices(config, { logger, buildIfMissing: true, onProgress: reporter.onProgress });
    reporter.stop();
    try {
      await runTerminalChat(services.engine, { input: process.stdin, output: process.stdout, interactive: !!process.stdin.isTTY }, config.HISTORY_TURNS);
    } finally {
      await services.close();
    }
    return;
  }
  const logger = createLogger({ level: config.LOG_LEVEL, secrets });
  // A first start builds the index (logged); afterwards `npm run reindex` or /reindex update it.
  const services = await openServices(config, { logger, buildIfMissing: true });
  services.handle.watch();
  const bot = await startBot({ config, service: services.engine, logger });
  onShutdownSignals(
    async () => {
      await bot.stop();
      await services.close();
    },
    { logger },
  );
});
