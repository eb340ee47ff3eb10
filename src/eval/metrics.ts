import { z } from 'zod';
import type { Answer } from '../answer/types.js';

/** One line of an eval file (see eval/README.md). */
export const evalItemSchema = z.object({
  id: z.string(),
  lang: z.enum(['de', 'en']).optional(),
  question: z.string(),
  evidence: z.array(z.string()).optional(),
  abstain: z.boolean().optional(),
});
export type EvalItem = z.infer<typeof evalItemSchema>;

export interface EvalRecord {
  item: EvalItem;
  answer: Answer;
  /** Wall time from question to finished answer, ms. */
  ms: number;
}

export interface EvalMetrics {
  recallAt3: number;
  answerAt1: number;
  abstention: number;
  falseAbstention: number;
  p50: number;
  p95: number;
  answerable: number;
  unanswerable: number;
}

/** Case-insensitive, whitespace-folded comparison, as the eval README defines it. */
export function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function containsEvidence(text: string, evidence: string[]): boolean {
  const t = norm(text);
  return evidence.some((e) => t.includes(norm(e)));
}

/** Did the answer cite the evidence within its first three citations? */
export function hitAt3(r: EvalRecord): boolean {
  return r.answer.citations.slice(0, 3).some((c) => containsEvidence(c.text, r.item.evidence ?? []));
}

export function hitAnswer(r: EvalRecord): boolean {
  return containsEvidence(r.answer.text, r.item.evidence ?? []);
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** The metrics of eval/README.md over a run. */
export function computeMetrics(records: EvalRecord[]): EvalMetrics {
  const answerable = records.filter((r) => !r.item.abstain);
  const unanswerable = records.filter((r) => r.item.abstain);
  const share = (xs: EvalRecord[], f: (r: EvalRecord) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 1);
  const ms = records.map((r) => r.ms);
  return {
    recallAt3: share(answerable, hitAt3),
    answerAt1: share(answerable, hitAnswer),
    abstention: share(unanswerable, (r) => r.answer.abstained && r.answer.citations.length === 0),
    falseAbstention: answerable.length ? answerable.filter((r) => r.answer.abstained).length / answerable.length : 0,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    answerable: answerable.length,
    unanswerable: unanswerable.length,
  };
}

/** The one summary line: `eval: recall@3=… answer@1=… abstention=… false_abstention=… p50=…ms p95=…ms`. */
export function metricsLine(m: EvalMetrics): string {
  const f = (x: number) => x.toFixed(2);
  const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)}ms`;
  return `eval: recall@3=${f(m.recallAt3)} answer@1=${f(m.answerAt1)} abstention=${f(m.abstention)} false_abstention=${f(m.falseAbstention)} p50=${ms(m.p50)} p95=${ms(m.p95)}`;
}
