import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../errors.js';
import type { BenchOptions } from './run-bench.js';

/** Command-line options of `npm run bench`: the run's options plus what the script itself does. */
export interface BenchArgs
  extends Pick<BenchOptions, 'sizes' | 'queries' | 'reps' | 'seed' | 'workers' | 'baseline' | 'baselineBudgetS' | 'keep'> {
  /** Measure the transformers.js path with the generated tiny model. */
  transformers: boolean;
  /** Print the JSON report on stdout instead of the Markdown table. */
  json: boolean;
  /** JSON report file; default bench-results/bench-<timestamp>.json. */
  out?: string;
  cpuProf?: string;
}

export const BENCH_USAGE = `usage: npm run bench -- [options]
  --sizes 1000,10000,100000   corpus sizes in passages (k suffix allowed: 1k,10k)
  --queries 1000              questions per size (70 % planted facts, 30 % unanswerable)
  --reps 1                    full builds and passes over the questions per size
  --workers 2                 worker processes for the concurrency run
  --baseline-budget 60        seconds of LangChain questions per size (at least 20 questions)
  --no-baseline               skip the LangChain baseline
  --no-transformers           skip the transformers.js overhead run
  --seed 42                   corpus and workload seed
  --json                      print the JSON report instead of the Markdown table
  --out FILE                  JSON report file (default bench-results/bench-<timestamp>.json)
  --cpu-prof DIR              write CPU profiles of the build processes to DIR
  --keep                      keep the temp corpus and index folders
  --help                      show this text`;

/** The options of `npm run bench`, for the scripts' argument parser (node's `util.parseArgs`). */
export const BENCH_OPTIONS = {
  sizes: { type: 'string', default: '1000,10000,100000' },
  queries: { type: 'string', default: '1000' },
  reps: { type: 'string', default: '1' },
  seed: { type: 'string', default: '42' },
  workers: { type: 'string', default: '2' },
  'baseline-budget': { type: 'string', default: '60' },
  'no-baseline': { type: 'boolean', default: false },
  'no-transformers': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  out: { type: 'string' },
  'cpu-prof': { type: 'string' },
  keep: { type: 'boolean', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

type BenchValues = ReturnType<typeof parseArgs<{ options: typeof BENCH_OPTIONS; strict: true }>>['values'];

/**
 * Checks and converts the parsed option values.
 * @throws {AppError} `USAGE` naming the bad option and value
 */
export function benchArgsOf(values: BenchValues): BenchArgs {
  const count = (name: string, v: string, min = 1) => {
    const n = /^\d+k$/i.test(v.trim()) ? Number(v.trim().slice(0, -1)) * 1000 : Number(v);
    if (!Number.isInteger(n) || n < min) {
      throw new AppError('USAGE', { problem: `error: --${name}: expected an integer >= ${min}, got "${v}"`, usage: BENCH_USAGE });
    }
    return n;
  };
  return {
    sizes: values.sizes.split(',').map((s) => count('sizes', s, 20)),
    queries: count('queries', values.queries, 10),
    reps: count('reps', values.reps),
    seed: count('seed', values.seed, 0),
    workers: count('workers', values.workers),
    baseline: !values['no-baseline'],
    baselineBudgetS: count('baseline-budget', values['baseline-budget'], 0),
    transformers: !values['no-transformers'],
    json: values.json,
    ...(values.out ? { out: values.out } : {}),
    ...(values['cpu-prof'] ? { cpuProf: values['cpu-prof'] } : {}),
    keep: values.keep,
  };
}
