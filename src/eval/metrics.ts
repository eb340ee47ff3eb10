import { z } from 'zod';
import type { Answer } from '../answer/types.js';

/** One question of an eval file (see eval/README.md). */
export const evalQuestionSchema = z.object({
  id: z.string(),
  lang: z.enum(['de', 'en']).optional(),
  question: z.string().min(1),
  evidence: z.array(z.string()).optional(),
  abstain: z.boolean().optional(),
});
export type EvalItem = z.infer<typeof evalQuestionSchema>;

/** A conversation: turns asked in order, each with the history a chat front end keeps. */
export const evalConversationSchema = z.object({
  id: z.string(),
  turns: z
    .array(evalQuestionSchema.omit({ id: true }).extend({ id: z.string().optional() }))
    .min(1),
});
export type EvalConversation = z.infer<typeof evalConversationSchema>;

/** A topic overview: which strings it should show and which it must not. */
export const evalTopicSchema = z.object({
  id: z.string(),
  topic: z.string(),
  evidence: z.array(z.string()).min(1),
  offTopic: z.array(z.string()).default([]),
});
export type EvalTopic = z.infer<typeof evalTopicSchema>;

/** Any line of an eval file: a topic line has `topic`, a conversation `turns`, a question `question`. */
export type EvalLine =
  | { kind: 'question'; item: EvalItem }
  | { kind: 'conversation'; item: EvalConversation }
  | { kind: 'topic'; item: EvalTopic };

/** Parses one line; the error message names what is wrong, never the line's content. */
export function parseEvalLine(value: unknown): { ok: true; line: EvalLine } | { ok: false; message: string } {
  const obj = (value ?? {}) as Record<string, unknown>;
  const [kind, schema] =
    'topic' in obj
      ? (['topic', evalTopicSchema] as const)
      : 'turns' in obj
        ? (['conversation', evalConversationSchema] as const)
        : (['question', evalQuestionSchema] as const);
  const r = (schema as z.ZodTypeAny).safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, message: `${kind} line: ${issue?.path.join('.') || 'value'}: ${issue?.message}` };
  }
  return { ok: true, line: { kind, item: r.data } as EvalLine };
}

export interface EvalRecord {
  item: EvalItem;
  answer: Answer;
  /** Wall time from question to finished answer, ms. */
  ms: number;
}

export interface ConversationRecord {
  item: EvalConversation;
  turns: EvalRecord[];
}

export interface TopicRecord {
  item: EvalTopic;
  /** The overview (undefined: the topic id is unknown). */
  answer: Answer | undefined;
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
  /** Conversation turns answered right, and whole conversations right (undefined: none in the files). */
  turns?: number;
  conversations?: number;
  /** Mean share of a topic's evidence strings shown, and off-topic strings shown in all (undefined: no topic lines). */
  topics?: number;
  offTopic?: number;
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

/** A turn is right when it declines as it should (no citation), or answers with evidence in its text or first three quotes. */
export function turnRight(r: EvalRecord): boolean {
  if (r.item.abstain) return r.answer.abstained && r.answer.citations.length === 0;
  return !r.answer.abstained && (hitAnswer(r) || hitAt3(r));
}

/** Everything an overview shows: its text and its quotes. */
function shownText(a: Answer): string {
  return [a.text, ...a.citations.map((c) => c.text)].join('\n');
}

/** Share of a topic line's evidence strings that its overview shows. */
export function topicCoverage(r: TopicRecord): number {
  if (!r.answer) return 0;
  const shown = shownText(r.answer);
  return r.item.evidence.filter((e) => containsEvidence(shown, [e])).length / r.item.evidence.length;
}

/** The off-topic strings an overview shows. */
export function offTopicShown(r: TopicRecord): string[] {
  if (!r.answer) return [];
  const shown = shownText(r.answer);
  return r.item.offTopic.filter((e) => containsEvidence(shown, [e]));
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** The metrics of eval/README.md over a run. */
export function computeMetrics(records: EvalRecord[], conversations: ConversationRecord[] = [], topics: TopicRecord[] = []): EvalMetrics {
  const answerable = records.filter((r) => !r.item.abstain);
  const unanswerable = records.filter((r) => r.item.abstain);
  const share = (xs: EvalRecord[], f: (r: EvalRecord) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 1);
  const allTurns = conversations.flatMap((c) => c.turns);
  const ms = [...records, ...allTurns].map((r) => r.ms);
  return {
    recallAt3: share(answerable, hitAt3),
    answerAt1: share(answerable, hitAnswer),
    abstention: share(unanswerable, (r) => r.answer.abstained && r.answer.citations.length === 0),
    falseAbstention: answerable.length ? answerable.filter((r) => r.answer.abstained).length / answerable.length : 0,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    ...(conversations.length
      ? {
          turns: share(allTurns, turnRight),
          conversations: conversations.filter((c) => c.turns.every(turnRight)).length / conversations.length,
        }
      : {}),
    ...(topics.length
      ? {
          topics: topics.reduce((a, t) => a + topicCoverage(t), 0) / topics.length,
          offTopic: topics.reduce((a, t) => a + offTopicShown(t).length, 0),
        }
      : {}),
  };
}

/**
 * The one summary line: `eval: recall@3=… answer@1=… abstention=… false_abstention=… turns=…
 * conversations=… topics=… off_topic=… p50=…ms p95=…ms`, each group only when the files hold that kind of line.
 */
export function metricsLine(m: EvalMetrics): string {
  const f = (x: number) => x.toFixed(2);
  const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)}ms`;
  const parts = ['eval:'];
  if (m.answerable + m.unanswerable > 0) {
    parts.push(`recall@3=${f(m.recallAt3)}`, `answer@1=${f(m.answerAt1)}`, `abstention=${f(m.abstention)}`, `false_abstention=${f(m.falseAbstention)}`);
  }
  if (m.turns !== undefined) parts.push(`turns=${f(m.turns)}`, `conversations=${f(m.conversations!)}`);
  if (m.topics !== undefined) parts.push(`topics=${f(m.topics)}`, `off_topic=${m.offTopic}`);
  parts.push(`p50=${ms(m.p50)}`, `p95=${ms(m.p95)}`);
  return parts.join(' ');
}
