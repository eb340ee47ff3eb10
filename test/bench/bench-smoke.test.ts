import { describe, expect, it } from 'vitest';
import { runBench } from '../../src/bench/run-bench.js';
import { formatReport } from '../../src/bench/format-report.js';
import { makeTinyModel } from '../support/tiny-model.js';

// Shape only: no timing assertions (this machine is shared and slow runs must not fail CI).
describe('runBench', () => {
  it('measures a tiny corpus end to end, with the baseline, and reports numbers', async () => {
    const report = await runBench({
      sizes: [200],
      queries: 20,
      reps: 1,
      seed: 7,
      workers: 2,
      baseline: true,
      baselineBudgetS: 0,
      makeModel: (dir) => makeTinyModel(dir),
      transformersPassages: 64,
      keep: false,
      log: () => {},
    });
    expect(report.sizes).toHaveLength(1);
    const s = report.sizes[0]!;
    expect(s.passages).toBeGreaterThanOrEqual(200);
    expect(s.facts).toBeGreaterThan(0);
    for (const x of [s.build.ms, s.build.passagesPerSecond, s.build.maxRssBytes, s.build.indexBytes, s.incremental.ms, s.incremental.ratioToFull]) {
      expect(Number.isFinite(x) && x > 0).toBe(true);
    }
    for (const x of [s.ours.p50Ms, s.ours.p95Ms, s.ours.p99Ms, s.ours.qps, s.ours.concurrent.qps, s.ours.recallAt3, s.ours.abstention]) {
      expect(Number.isFinite(x)).toBe(true);
    }
    expect(s.ours.questions).toBe(20);
    expect(s.ours.recallAt3).toBeGreaterThanOrEqual(0);
    expect(s.ours.recallAt3).toBeLessThanOrEqual(1);
    expect(s.baseline).toBeDefined();
    expect(s.baseline!.stats.questions).toBeGreaterThanOrEqual(20);
    expect(Number.isFinite(s.baseline!.stats.p50Ms) && Number.isFinite(s.baseline!.stats.recallAt3)).toBe(true);
    expect(report.transformers?.passagesPerSecond).toBeGreaterThan(0);
    expect(report.floors.map((f) => f.name)).toEqual(['200 recall@3', '200 abstention']);
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(formatReport(report)).toContain('recall@3');
  });
});
