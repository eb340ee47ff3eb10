/**
 * `npm run reindex [-- --json]`: builds or updates the index from DOCS_DIR.
 * Exit codes: 0 success, 1 failure (message on stderr), 2 usage error or another reindex is running.
 */
import { loadConfig } from '../src/config.js';
import { createEmbedder } from '../src/embedding/create-embedder.js';
import { createLogger } from '../src/logger.js';
import { createReindexReporter, formatSummary } from '../src/cli/reindex-reporter.js';
import { reindex } from '../src/search/reindex.js';
import { currentVersion, readManifest } from '../src/search/index-store.js';
import { runScript } from '../src/cli/run-script.js';

const usage = `usage: npm run reindex [-- --json]
Builds or updates the index in INDEX_DIR from the documents in DOCS_DIR (only new and changed
files are read and embedded) and prints a summary that lists every skipped file with its reason.
  --json   print the summary as one JSON object
  --help   show this text
Exit codes: 0 done, 1 failed (message on stderr), 2 usage error or another reindex is running.`;

await runScript({ usage, options: { json: { type: 'boolean', default: false } } }, async ({ values }) => {
  const json = values.json;
  const config = loadConfig();
  const logger = createLogger({ level: json ? 'warn' : config.LOG_LEVEL, format: 'pretty', secrets: [config.DISCORD_TOKEN, config.LLM_API_KEY] });
  let prefer;
  try {
    const version = await currentVersion(config.INDEX_DIR);
    prefer = version ? (await readManifest(config.INDEX_DIR, version)).embedder : undefined;
  } catch {
    prefer = undefined; // a damaged or old index is rebuilt from scratch
  }
  const reporter = createReindexReporter();
  const embedder = await createEmbedder(config, {
    logger,
    onDownloadProgress: (line) => process.stderr.write(`\r${line}`),
    ...(prefer ? { prefer } : {}),
  });
  try {
    const summary = await reindex({ config, embedder, logger: createLogger({ level: 'warn', format: 'pretty' }), onProgress: reporter.onProgress });
    reporter.stop();
    process.stdout.write(json ? JSON.stringify(summary) + '\n' : formatSummary(summary) + '\n');
  } catch (e) {
    reporter.stop();
    throw e;
  } finally {
    await embedder.dispose?.();
  }
});
