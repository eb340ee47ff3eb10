/**
 * `npm run ask -- "Frage" [--json] [--explain]`: answers one question and exits.
 * --json prints {question, answer, abstained, citations (with `url` where the document names its
 * source), emphasis, timings}; --explain adds why it was answered or declined.
 */
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openServices } from '../src/services.js';
import { createReindexReporter } from '../src/cli/reindex-reporter.js';
import { formatAnswerForTerminal } from '../src/cli/format-answer.js';
import { runScript } from '../src/cli/run-script.js';
import { formatExplanation } from '../src/cli/format-explanation.js';

const usage = `usage: npm run ask -- [--json] [--explain] "Frage"
Answers one question from the index (built first if there is none) and exits.
  --json     print {question, answer, abstained, citations, timings} as one JSON object
  --explain  also print why it was answered or declined: the features of the decision and
             the best-ranked sentences (in JSON: an "explanation" field)
  --help   show this text
A question that starts with "-" goes after "--": npm run ask -- -- "-Frage"`;

await runScript(
  { usage, options: { json: { type: 'boolean', default: false }, explain: { type: 'boolean', default: false } }, positionals: { min: 1, max: Infinity, name: 'the question is' } },
  async ({ values, positionals }) => {
  const json = values.json;
  const question = positionals.join(' ');
  const config = loadConfig();
  const logger = createLogger({ level: json ? 'warn' : config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, format: 'pretty', secrets: [config.DISCORD_TOKEN, config.LLM_API_KEY] });
  const reporter = createReindexReporter();
  const services = await openServices(config, { logger, buildIfMissing: true, onProgress: reporter.onProgress, warmUp: false });
  reporter.stop();
  try {
    const answer = await services.engine.ask(question);
    if (json) {
      process.stdout.write(
        JSON.stringify({
          question: answer.question,
          answer: answer.text,
          abstained: answer.abstained,
          citations: answer.citations.map(({ n, docId, title, section, location, page, url, text, score }) => ({
            n,
            docId,
            title,
            section,
            location,
            ...(page !== undefined ? { page } : {}),
            ...(url !== undefined ? { url } : {}),
            text,
            score,
          })),
          timings: answer.timings,
          ...(answer.notice ? { notice: answer.notice } : {}),
          emphasis: answer.emphasis ?? [],
          ...(values.explain && answer.explanation ? { explanation: answer.explanation } : {}),
        }) + '\n',
      );
    } else {
      process.stdout.write(formatAnswerForTerminal(answer, { bold: !!process.stdout.isTTY }) + '\n');
      if (values.explain) process.stdout.write(`\n${formatExplanation(answer)}\n`);
    }
  } finally {
    await services.close();
  }
  },
);
