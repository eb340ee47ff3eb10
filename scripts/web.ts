/**
 * `npm run web`: the web chat and HTTP API on WEB_HOST:WEB_PORT (default 127.0.0.1:3000) over the
 * same engine and index as the bot; a new index (npm run reindex) is picked up without a restart.
 */
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openServices } from '../src/services.js';
import { runScript } from '../src/cli/run-script.js';
import { onShutdownSignals } from '../src/bot/shutdown.js';
import { startWeb } from '../src/web/start-web.js';

const usage = `usage: npm run web
Runs the web chat and HTTP API on WEB_HOST:WEB_PORT (default 127.0.0.1:3000); builds the index
first if there is none. Settings come from .env (see .env.example).
  --help   show this text`;

await runScript({ usage, options: {} }, async () => {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN, config.LLM_API_KEY, config.WEB_TOKEN] });
  const services = await openServices(config, { logger, buildIfMissing: true });
  let web;
  try {
    web = await startWeb({ config, service: services.engine, logger });
  } catch (e) {
    await services.close();
    throw e;
  }
  services.handle.watch();
  process.stderr.write(`Web chat: ${web.url}/  (API: ${web.url}/api/openapi.json; Ctrl+C stops)\n`);
  onShutdownSignals(
    async () => {
      await web.stop();
      await services.close();
    },
    { logger },
  );
});
