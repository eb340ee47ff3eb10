/**
 * Checks a model's answer against the passages it was given, before anything is sent to a user.
 * Pure: the decisions are made on text alone, so they are unit-tested exhaustively.
 */

import type { Lang } from '../answer/types.js';
import { unsupportedFacts } from './check-facts.js';
import { NO_ANSWER_SENTINEL } from './build-prompt.js';
import { splitStatements, stripThinking, withoutMarkers, type Statement } from './split-statements.js';

/** Longest raw answer accepted (characters); more means the model ran off (LLM_MAX_TOKENS is ~4 chars/token). */
export const MAX_ANSWER_CHARS = 8000;

export interface CheckInput {
  /** The model's raw output. */
  raw: string;
  /** The passages given to the model, by their prompt number. */
  passages: { n: number; text: string }[];
  question: string;
  lang: Lang;
}

/** Why a statement was removed from the answer. */
export type DropReason = 'uncited' | 'unknown-citation' | 'fragment' | 'unsupported';

export interface DroppedStatement {
  text: string;
  reason: DropReason;
  /** For `unsupported`: the facts the cited passages do not contain; for `unknown-citation`: the bad numbers. */
  details?: string[];
}

export type CheckResult =
  /** Statements that passed, each citing only given passages (prompt numbers). */
  | { kind: 'answer'; statements: Statement[]; dropped: DroppedStatement[] }
  /** The model says the passages do not answer the question. */
  | { kind: 'no-answer' }
  /** Unusable output: the caller falls back to the extractive answer. */
  | { kind: 'reject'; reason: string; dropped: DroppedStatement[] };

// Said instead of the sentinel: "Die Passagen enthalten dazu keine Angaben", "The passages do not say".
const NO_ANSWER_PHRASES = [
  /\b(passagen?|dokumente?n?|unterlagen|texte?n?|quellen)\b[^.]*\b(nicht|keine[nrs]?|nichts)\b/i,
  /\b(nicht|keine)\b[^.]*\b(beantworten|beantwortet|angaben|informationen|hinweise)\b/i,
  /\b(passages?|documents?|sources?|texts?)\b[^.]*\b(not|no|don't|doesn't|nothing)\b/i,
  /\b(cannot|can't|unable to)\b[^.]*\banswer\b/i,
];

/**
 * Decides what of a model answer may be sent:
 * - empty output, markers only, or more than {@link MAX_ANSWER_CHARS} → `reject`;
 * - the sentinel, or a short "the passages don't say" reply without any valid citation → `no-answer`;
 * - every statement must cite a given passage (`[n]` outside 1..k is removed; none left →
 *   dropped), have at least two words, and contain no number, acronym or unread name that its
 *   cited passages lack (see {@link unsupportedFacts}); failing statements are dropped;
 * - more than half dropped, or nothing left → `reject`.
 */
export function checkAnswer(input: CheckInput): CheckResult {
  const text = stripThinking(input.raw).trim();
  if (text.length > MAX_ANSWER_CHARS) return reject(`answer too long (${text.length} characters)`);
  if (!/[\p{L}\p{N}]/u.test(withoutMarkers(text))) return reject('empty answer');
  const given = new Map(input.passages.map((p) => [p.n, p.text]));
  const statements = splitStatements(text);
  const anyValidCitation = statements.some((s) => s.cites.some((n) => given.has(n)));
  // Only a short, uncited reply counts as "no answer": an uncited answer that merely mentions
  // missing details is unchecked content, and the extractive answer serves the user better.
  const saysNoAnswer = !anyValidCitation && statements.length <= 2 && statements.some((s) => NO_ANSWER_PHRASES.some((re) => re.test(s.text)));
  if (text.includes(NO_ANSWER_SENTINEL) || saysNoAnswer) {
    return { kind: 'no-answer' };
  }
  const readText = [input.question, ...given.values()].join('\n');
  const kept: Statement[] = [];
  const dropped: DroppedStatement[] = [];
  for (const s of statements) {
    const unknown = s.cites.filter((n) => !given.has(n));
    const cites = s.cites.filter((n) => given.has(n));
    if (!cites.length) {
      dropped.push(unknown.length ? { text: s.text, reason: 'unknown-citation', details: unknown.map((n) => `[${n}]`) } : { text: s.text, reason: 'uncited' });
      continue;
    }
    if ((s.text.match(/[\p{L}\p{N}]+/gu) ?? []).length < 2) {
      dropped.push({ text: s.text, reason: 'fragment' });
      continue;
    }
    const cited = cites.map((n) => given.get(n)!).join('\n');
    const missing = unsupportedFacts(s.text, { cited, readText, question: input.question, lang: input.lang });
    if (missing.length) {
      dropped.push({ text: s.text, reason: 'unsupported', details: missing });
      continue;
    }
    kept.push({ ...s, cites });
  }
  if (!kept.length) return reject('no statement is supported by a cited passage', dropped);
  if (dropped.length * 2 > statements.length) return reject(`${dropped.length} of ${statements.length} statements unsupported`, dropped);
  return { kind: 'answer', statements: kept, dropped };
}

function reject(reason: string, dropped: DroppedStatement[] = []): CheckResult {
  return { kind: 'reject', reason, dropped };
}
