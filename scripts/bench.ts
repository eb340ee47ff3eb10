/**
 * `npm run bench [-- --sizes 1000,10000,100000 --queries 1000 --reps 1 --json --out FILE]`:
 * the benchmark of issue #5. Prints a Markdown table (or the JSON report with --json) on
 * stdout, progress on stderr, and writes the JSON report to bench-results/ (git-ignored).
 * See src/bench/run-bench.ts for what is measured and how.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BENCH_OPTIONS, BENCH_USAGE, benchArgsOf } from '../src/bench/bench-args.js';
import { formatReport } from '../src/bench/format-report.js';
import { runBench } from '../src/bench/run-bench.js';
import { runScript } from '../src/cli/run-script.js';
import { makeTinyModel } from '../test/support/tiny-model.js';

await runScript({ usage: BENCH_USAGE, options: BENCH_OPTIONS }, async ({ values }) => {
  const args = benchArgsOf(values);
  const report = await runBench({
    sizes: args.sizes,
    queries: args.queries,
    reps: args.reps,
    seed: args.seed,
    workers: args.workers,
    baseline: args.baseline,
    baselineBudgetS: args.baselineBudgetS,
    transformersPassages: 2000,
    ...(args.transformers ? { makeModel: (dir: string) => makeTinyModel(dir) } : {}),
    ...(args.cpuProf ? { cpuProfDir: path.resolve(args.cpuProf) } : {}),
    keep: args.keep,
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  });
  const out = path.resolve(args.out ?? path.join('bench-results', `bench-${report.startedAt.replace(/[:.]/g, '-')}.json`));
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(args.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  process.stderr.write(`bench: report written to ${out}\n`);
});
