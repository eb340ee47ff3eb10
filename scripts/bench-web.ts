/**
 * `npm run bench:web [-- --questions 1000 --clients 1,2 --json]`: what `POST /api/ask` adds to
 * the engine's answer time, over loopback, on the default corpus indexed with the offline
 * embedder in a temp folder. Prints a Markdown table (or JSON) on stdout, progress on stderr.
 */
import fs from 'node:fs';
import { runScript } from '../src/cli/run-script.js';
import { formatWebBench, runWebBench } from '../src/bench/run-web-bench.js';
import { openDefaultEngine } from '../test/support/engine-fixture.js';

const USAGE = 'usage: npm run bench:web [-- --questions N (default 1000) --clients 1,2 --json]';

const usage = `${USAGE}
  --help   show this text`;

await runScript(
  {
    usage,
    options: { questions: { type: 'string', default: '1000' }, clients: { type: 'string', default: '1,2' }, json: { type: 'boolean', default: false } },
  },
  async ({ values }) => {
  const questions = Number(values.questions);
  const clients = values.clients.split(',').map(Number);
  if (!Number.isInteger(questions) || questions < 1 || clients.some((c) => !Number.isInteger(c) || c < 1 || c > 64)) {
    process.stderr.write(`--questions must be a positive integer and --clients a list of 1-64.\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const pool = fs
    .readFileSync('eval/dev.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question: string }).question);
  process.stderr.write('bench:web: indexing the default corpus (offline embedder) in a temp folder\n');
  const { project, services } = await openDefaultEngine();
  try {
    const report = await runWebBench({
      config: project.config,
      service: services.engine,
      questions,
      pool,
      concurrency: clients,
      log: (line) => process.stderr.write(`bench:web: ${line}\n`),
    });
    process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatWebBench(report));
  } finally {
    await services.close();
    project.cleanup();
  }
  },
);
