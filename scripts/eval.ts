/**
 * `npm run eval -- FILE.jsonl [--json]`: runs every question through the engine (index
 * loaded first, so latency is answer time only), lists the misses with what was cited, and
 * ends with one `eval: …` line (or one JSON object with --json).
 */
import fs from 'node:fs';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openServices } from '../src/services.js';
import { runScript } from '../src/cli/run-script.js';
import { computeMetrics, evalItemSchema, hitAnswer, hitAt3, metricsLine, type EvalRecord } from '../src/eval/metrics.js';

const WARM_UP = [
  'Was ist E-Government?',
  'Bis wann soll das umgesetzt werden?',
  'Wie viele Projekte gibt es?',
  'Wer ist zuständig?',
  'Warum ist das wichtig?',
  'What is the strategy?',
  'Welche Ziele hat das Land für die Verwaltung?',
  'Wie wird das Wetter?',
];

await runScript(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new Error('usage: npm run eval -- FILE.jsonl [--json]');
  const items = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => {
      const r = evalItemSchema.safeParse(JSON.parse(line));
      if (!r.success) throw new Error(`${file}:${n}: ${r.error.issues[0]?.message}`);
      return r.data;
    });
  const config = loadConfig();
  const logger = createLogger({ level: 'warn', format: 'pretty' });
  const services = await openServices(config, { logger, buildIfMissing: true });
  const records: EvalRecord[] = [];
  try {
    // Warm-up with questions of our own (not the file's): JIT compilation and lazily built
    // structures are start-up costs, not answer time.
    for (let i = 0; i < 3; i++) for (const q of WARM_UP) await services.engine.ask(q);
    for (const item of items) {
      const t0 = performance.now();
      const answer = await services.engine.ask(item.question);
      records.push({ item, answer, ms: performance.now() - t0 });
    }
  } finally {
    await services.close();
  }
  const metrics = computeMetrics(records);
  const misses = records.filter((r) =>
    r.item.abstain ? !r.answer.abstained : r.answer.abstained || !hitAt3(r) || !hitAnswer(r),
  );
  if (json) {
    process.stdout.write(
      JSON.stringify({
        metrics,
        embedder: services.embedder.info,
        misses: misses.map((r) => ({ id: r.item.id, question: r.item.question, abstained: r.answer.abstained, answer: r.answer.text, cited: r.answer.citations.map((c) => c.text) })),
      }) + '\n',
    );
    return;
  }
  process.stdout.write(`embedder: ${services.embedder.info.kind} (${services.embedder.info.model})\n`);
  for (const r of misses) {
    const what = r.item.abstain ? 'should abstain' : r.answer.abstained ? 'abstained' : !hitAt3(r) ? 'evidence not cited in top 3' : 'evidence not in answer';
    process.stdout.write(`miss ${r.item.id} (${what}): ${r.item.question}\n`);
    process.stdout.write(`  answer: ${r.answer.text.replace(/\n/g, ' ').slice(0, 300)}\n`);
    for (const c of r.answer.citations.slice(0, 3)) process.stdout.write(`  [${c.n}] ${c.text.slice(0, 160)}\n`);
  }
  process.stdout.write(metricsLine(metrics) + '\n');
});
