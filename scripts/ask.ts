/**
 * `npm run ask -- "Frage" [--json]`: answers one question and exits.
 * --json prints {question, answer, abstained, citations, timings}.
 */
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openServices } from '../src/services.js';
import { createReindexReporter } from '../src/cli/reindex-reporter.js';
import { formatAnswerForTerminal } from '../src/cli/format-answer.js';
import { runScript } from '../src/cli/run-script.js';

await runScript(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const question = args.filter((a) => a !== '--json').join(' ');
  const config = loadConfig();
  const logger = createLogger({ level: json ? 'warn' : config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: 'pretty', secrets: [config.DISCORD_TOKEN, config.LLM_API_KEY] });
  const reporter = createReindexReporter();
  const services = await openServices(config, { logger, buildIfMissing: true, onProgress: reporter.onProgress });
  reporter.stop();
  try {
    const answer = await services.engine.ask(question);
    if (json) {
      process.stdout.write(
        JSON.stringify({
          question: answer.question,
          answer: answer.text,
          abstained: answer.abstained,
          citations: answer.citations.map(({ n, docId, title, section, location, text, score }) => ({ n, docId, title, section, location, text, score })),
          timings: answer.timings,
          ...(answer.notice ? { notice: answer.notice } : {}),
        }) + '\n',
      );
    } else {
      process.stdout.write(formatAnswerForTerminal(answer) + '\n');
    }
  } finally {
    await services.close();
  }
});
