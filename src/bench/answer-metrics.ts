import { containsEvidence, percentile } from '../eval/metrics.js';
import type { BenchQuestion } from './workload.js';

/** What one system did with one benchmark question. */
export interface AnswerRecord {
  question: BenchQuestion;
  /** Texts of the citations in order (the baseline: its top documents). */
  citations: string[];
  abstained: boolean;
  /** Wall time of the call, ms. */
  ms: number;
}

/** Latency and quality over a set of answered questions. */
export interface AnswerStats {
  questions: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Questions per second, one after another on one core: count / summed wall time. */
  qps: number;
  /** Planted-fact questions whose evidence is in one of the first three citations. */
  recallAt3: number;
  /** Unanswerable questions answered with `abstained` and no citations. */
  abstention: number;
  /** Abstention split by kind of unanswerable question. */
  abstentionOffTopic: number;
  abstentionUnknownEntity: number;
  facts: number;
  unanswerable: number;
}

/** True when the evidence string is inside one of the first three citation texts (eval README rules). */
export function hitAt3(r: AnswerRecord): boolean {
  return r.question.evidence !== undefined && r.citations.slice(0, 3).some((c) => containsEvidence(c, [r.question.evidence!]));
}

const abstainedCleanly = (r: AnswerRecord) => r.abstained && r.citations.length === 0;

/** Summarises records; shares are 0..1 (1 when there is nothing to count, as in eval). */
export function answerStats(records: AnswerRecord[]): AnswerStats {
  const ms = records.map((r) => r.ms);
  const total = ms.reduce((a, b) => a + b, 0);
  const facts = records.filter((r) => r.question.kind === 'fact');
  const unanswerable = records.filter((r) => r.question.kind !== 'fact');
  const share = (xs: AnswerRecord[], f: (r: AnswerRecord) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 1);
  return {
    questions: records.length,
    p50Ms: percentile(ms, 50),
    p95Ms: percentile(ms, 95),
    p99Ms: percentile(ms, 99),
    meanMs: records.length ? total / records.length : 0,
    qps: total > 0 ? (records.length * 1000) / total : 0,
    recallAt3: share(facts, hitAt3),
    abstention: share(unanswerable, abstainedCleanly),
    abstentionOffTopic: share(unanswerable.filter((r) => r.question.kind === 'off-topic'), abstainedCleanly),
    abstentionUnknownEntity: share(unanswerable.filter((r) => r.question.kind === 'unknown-entity'), abstainedCleanly),
    facts: facts.length,
    unanswerable: unanswerable.length,
  };
}
