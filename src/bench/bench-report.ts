import os from 'node:os';
import type { AnswerStats } from './answer-metrics.js';
import type { BuildPhases } from './child-runner.js';
import type { TransformersOverhead } from './transformers-overhead.js';

/** The machine a report was measured on. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  platform: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown', memoryBytes: os.totalmem(), node: process.version, platform: `${process.platform}-${process.arch}` };
}

/** Everything measured at one corpus size. Times in ms, sizes in bytes. */
export interface SizeResult {
  targetPassages: number;
  passages: number;
  documents: number;
  facts: number;
  build: {
    /** Median over reps. */
    ms: number;
    repsMs: number[];
    passagesPerSecond: number;
    /** Highest child-process RSS over reps. */
    maxRssBytes: number;
    indexBytes: number;
    /** Phases of the median build. */
    phases: BuildPhases;
  };
  incremental: { changedDocuments: number; ms: number; maxRssBytes: number; ratioToFull: number; phases: BuildPhases; embedded: number };
  ours: AnswerStats & {
    /** Same questions over N worker processes, each with its own index (wall-clock throughput). */
    concurrent: { workers: number; qps: number; p50Ms: number; p99Ms: number };
  };
  baseline?: {
    chunks: number;
    buildMs: number;
    /** True when only a prefix of the questions ran (time budget). */
    sampled: boolean;
    stats: AnswerStats;
    /** Our engine on exactly the baseline's questions, for like-for-like ratios. */
    oursOnSample: AnswerStats;
    /** baseline p50 / our p50 on the same sample (how many times faster we are). */
    latencySpeedup: number;
    /** our build ms / baseline build ms. */
    buildRatio: number;
    /** our recall@3 / baseline recall@3 on the same sample. */
    recallRatio: number;
  };
}

export interface FloorCheck {
  name: string;
  target: string;
  actual: string;
  met: boolean;
}

export interface BenchReport {
  startedAt: string;
  machine: MachineInfo;
  options: { sizes: number[]; queries: number; reps: number; seed: number; workers: number; baselineBudgetS: number; baseline: boolean };
  notes: string[];
  sizes: SizeResult[];
  transformers?: TransformersOverhead;
  floors: FloorCheck[];
}

const GiB = 1024 ** 3;

/** The floors, checked against the sizes that were run (10k and 100k floors need those sizes). */
export function checkFloors(sizes: SizeResult[]): FloorCheck[] {
  const out: FloorCheck[] = [];
  const f = (n: number, d = 2) => n.toFixed(d);
  const add = (name: string, target: string, actual: string, met: boolean) => out.push({ name, target, actual, met });
  for (const s of sizes) {
    const k = label(s.targetPassages);
    add(`${k} recall@3`, '≥ 0.95', f(s.ours.recallAt3, 3), s.ours.recallAt3 >= 0.95);
    add(`${k} abstention`, '≥ 0.95', f(s.ours.abstention, 3), s.ours.abstention >= 0.95);
  }
  const s10 = sizes.find((s) => s.targetPassages === 10_000);
  if (s10) {
    add('10k p50 answer', '≤ 5 ms', `${f(s10.ours.p50Ms)} ms`, s10.ours.p50Ms <= 5);
    add('10k p99 answer', '≤ 25 ms', `${f(s10.ours.p99Ms)} ms`, s10.ours.p99Ms <= 25);
    if (s10.baseline) {
      const b = s10.baseline;
      add('10k median latency vs LangChain', '≥ 50× lower', `${f(b.latencySpeedup, 1)}×`, b.latencySpeedup >= 50);
      add('10k recall@3 vs LangChain (same sample)', 'no lower', `${f(b.oursOnSample.recallAt3, 3)} vs ${f(b.stats.recallAt3, 3)}`, b.oursOnSample.recallAt3 >= b.stats.recallAt3);
    }
  }
  const s100 = sizes.find((s) => s.targetPassages === 100_000);
  if (s100) {
    add('100k p50 answer', '≤ 20 ms', `${f(s100.ours.p50Ms)} ms`, s100.ours.p50Ms <= 20);
    add('100k build throughput', '≥ 2,000 passages/s', `${Math.round(s100.build.passagesPerSecond)} passages/s`, s100.build.passagesPerSecond >= 2000);
    add('100k build peak memory', '< 2 GiB', `${f(s100.build.maxRssBytes / GiB)} GiB`, s100.build.maxRssBytes < 2 * GiB);
    add('100k incremental 1 %', '< 10 % of full build', `${f(s100.incremental.ratioToFull * 100, 1)} %`, s100.incremental.ratioToFull < 0.1);
  }
  return out;
}

/** `1k`, `10k`, `100k`, `200`. */
export function label(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}
