/**
 * Entry point (`npm start`): wiring only. With DISCORD_TOKEN the Discord bot runs; with WEB_PORT
 * the web chat and API run (beside the bot when both are set); with neither, the terminal chat
 * (interactive on a terminal, one answer per line when piped).
 */
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openServices } from './services.js';
import { runScript } from './cli/run-script.js';
import { createReindexReporter } from './cli/reindex-reporter.js';
import { runTerminalChat } from './cli/terminal-chat.js';
import { startBot, type BotHandle } from './bot/start-bot.js';
import { onShutdownSignals } from './bot/shutdown.js';
import { startWeb, type WebHandle } from './web/start-web.js';

const usage = `usage: npm start
Runs the Discord bot when DISCORD_TOKEN is set (see README, "Connect Discord"), the terminal
chat otherwise (interactive on a terminal, one answer per input line when piped). Builds the
index first if there is none. Settings come from .env (see .env.example).
  --help   show this text`;

await runScript({ usage, options: {} }, async () => {
  const config = loadConfig();
  const secrets = [config.DISCORD_TOKEN, config.LLM_API_KEY, config.WEB_TOKEN];
  const serveWeb = config.WEB_PORT !== undefined;
  if (!config.DISCORD_TOKEN && !serveWeb) {
    const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: 'pretty', secrets });
    const reporter = createReindexReporter();
    const services = await openServices(config, { logger, buildIfMissing: true, onProgress: reporter.onProgress });
    reporter.stop();
    // Like the bot: a reindex by another process is picked up within seconds.
    services.handle.watch();
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
  let web: WebHandle | undefined;
  let bot: BotHandle | undefined;
  try {
    if (serveWeb) web = await startWeb({ config, service: services.engine, logger });
    if (config.DISCORD_TOKEN) bot = await startBot({ config, service: services.engine, logger });
  } catch (e) {
    await web?.stop();
    await services.close();
    throw e;
  }
  onShutdownSignals(
    async () => {
      await Promise.all([bot?.stop(), web?.stop()]);
      await services.close();
    },
    { logger },
  );
});
