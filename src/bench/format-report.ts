import type { AnswerStats } from './answer-metrics.js';
import { label, type BenchReport, type SizeResult } from './bench-report.js';
import type { BuildPhases } from './child-runner.js';

const MiB = 1024 ** 2;

const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(2)} ms`);
const int = (x: number) => Math.round(x).toLocaleString('en-US');
const share = (x: number) => x.toFixed(3);
const mib = (x: number) => `${int(x / MiB)} MiB`;
const phases = (p: BuildPhases) => [p.scanMs, p.prepareMs, p.embedMs, p.writeMs].map(ms).join(' / ');
const lat = (s: AnswerStats) => `${ms(s.p50Ms)} / ${ms(s.p95Ms)} / ${ms(s.p99Ms)}`;

/**
 * The report as Markdown: one column per corpus size, then the floor checks, the
 * transformers.js overhead and the machine. Every number comes from the one run in `report`.
 */
export function formatReport(report: BenchReport): string {
  const sizes = report.sizes;
  const head = `| | ${sizes.map((s) => label(s.targetPassages)).join(' | ')} |`;
  const sep = `|---|${sizes.map(() => '---:').join('|')}|`;
  const row = (name: string, f: (s: SizeResult) => string) => `| ${name} | ${sizes.map(f).join(' | ')} |`;
  const b = (f: (x: NonNullable<SizeResult['baseline']>) => string) => (s: SizeResult) => (s.baseline ? f(s.baseline) : '–');
  const lines = [
    `## Benchmark (${report.startedAt})`,
    '',
    head,
    sep,
    row('passages (documents)', (s) => `${int(s.passages)} (${int(s.documents)})`),
    row('planted facts', (s) => int(s.facts)),
    row('**build** wall', (s) => ms(s.build.ms)),
    row('build phases: scan / prepare / embed+graph / write', (s) => phases(s.build.phases)),
    row('build passages/s', (s) => int(s.build.passagesPerSecond)),
    row('build peak RSS', (s) => mib(s.build.maxRssBytes)),
    row('index on disk', (s) => mib(s.build.indexBytes)),
    row('**incremental** 1 % (docs changed)', (s) => `${ms(s.incremental.ms)} (${s.incremental.changedDocuments})`),
    row('incremental phases (passages embedded)', (s) => `${phases(s.incremental.phases)} (${int(s.incremental.embedded)})`),
    row('incremental / full build', (s) => `${(s.incremental.ratioToFull * 100).toFixed(1)} %`),
    row('**answer** p50 / p95 / p99', (s) => lat(s.ours)),
    row('questions (facts + unanswerable)', (s) => `${s.ours.questions} (${s.ours.facts} + ${s.ours.unanswerable})`),
    row('q/s sequential, 1 core', (s) => int(s.ours.qps)),
    row('q/s concurrent (worker processes)', (s) => `${int(s.ours.concurrent.qps)} (${s.ours.concurrent.workers})`),
    row('concurrent p50 / p99', (s) => `${ms(s.ours.concurrent.p50Ms)} / ${ms(s.ours.concurrent.p99Ms)}`),
    row('**recall@3** planted facts', (s) => share(s.ours.recallAt3)),
    row('**abstention** unanswerable', (s) => share(s.ours.abstention)),
    row('abstention off-topic / unknown entity', (s) => `${share(s.ours.abstentionOffTopic)} / ${share(s.ours.abstentionUnknownEntity)}`),
    row('LangChain chunks', b((x) => int(x.chunks))),
    row('LangChain build wall', b((x) => ms(x.buildMs))),
    row('LangChain questions run', b((x) => `${x.stats.questions}${x.sampled ? ' (sample, time budget)' : ''}`)),
    row('LangChain p50 / p95 / p99', b((x) => lat(x.stats))),
    row('ours on that sample p50', b((x) => ms(x.oursOnSample.p50Ms))),
    row('LangChain recall@3 / ours (same sample)', b((x) => `${share(x.stats.recallAt3)} / ${share(x.oursOnSample.recallAt3)}`)),
    row('LangChain abstention', b(() => '0 (none)')),
    row('ratio median latency LangChain/ours', b((x) => `${x.latencySpeedup.toFixed(1)}×`)),
    row('ratio build time ours/LangChain', b((x) => x.buildRatio.toFixed(2))),
    row('ratio recall@3 ours/LangChain', b((x) => (Number.isFinite(x.recallRatio) ? x.recallRatio.toFixed(2) : '∞ (baseline 0)'))),
    '',
  ];
  if (report.floors.length) {
    lines.push('| floor | target | measured | |', '|---|---|---|---|');
    for (const f of report.floors) lines.push(`| ${f.name} | ${f.target} | ${f.actual} | ${f.met ? 'met' : '**missed**'} |`);
    lines.push('');
  }
  const t = report.transformers;
  if (t) {
    lines.push(
      `transformers.js path (tiny generated model, ${t.dimensions} dims, batch ${t.batchSize}): ${int(t.passagesPerSecond)} passages/s over ${int(t.passages)} passages (load ${ms(t.loadMs)}).`,
      `${t.note}`,
      '',
    );
  }
  const m = report.machine;
  lines.push(`Machine: ${m.cpus} cores, ${m.cpuModel}, ${(m.memoryBytes / 1024 ** 3).toFixed(1)} GiB RAM, Node ${m.node}, ${m.platform}.`);
  lines.push(...report.notes.map((n) => `- ${n}`));
  return lines.join('\n') + '\n';
}
