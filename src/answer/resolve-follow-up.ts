import type { Turn } from './types.js';

export interface Resolution {
  /** The question to retrieve with (the user's, or combined with the previous subject). */
  resolved: string;
  isFollowUp: boolean;
  /** "Was noch?" / "what else?": the same subject, other passages. */
  wantsMore: boolean;
}

const CONNECTOR = /^(und|aber|also|sowie|dann|and|but|also|what about|how about)\b/i;
const MORE = /\b(was noch|sonst noch|noch mehr|noch etwas|weiteres?|weitere|what else|anything else|more)\b/i;
// Pronouns that point back. Articles ("das Wetter") are not references: "das"/"dies"/"this"/
// "that" count only when no word follows them ("Was kostet das?").
const REFERENCE = /\b(es|dort|dafür|dazu|davon|damit|darin|daran|ihn|ihm|it|they|them|there|its|their)\b|\b(das|dies|dieses|this|that|these)\b(?!\s+[\p{L}\p{N}])/iu;
const MAX_WORDS_SHORT = 5;
const MAX_RESOLVED_WORDS = 40;

/**
 * Decides whether a question continues the conversation ("Und bis wann?", "Was noch?",
 * "and the budget?") and, if so, carries the previous question's subject into it. Pure:
 * the engine may still fall back to the resolved form when the question alone finds nothing.
 */
export function resolveFollowUp(question: string, history: Turn[] | undefined): Resolution {
  const prev = history?.at(-1);
  const plain = { resolved: question, isFollowUp: false, wantsMore: false };
  if (!prev) return plain;
  const words = question.match(/[\p{L}\p{N}-]+/gu) ?? [];
  const short = words.length <= MAX_WORDS_SHORT;
  const wantsMore = short && MORE.test(question);
  const isFollowUp = wantsMore || CONNECTOR.test(question.trim()) || (short && REFERENCE.test(question)) || words.length <= 2;
  if (!isFollowUp) return plain;
  return { resolved: combine(prev.resolvedQuestion, wantsMore ? '' : question), isFollowUp, wantsMore };
}

/** The previous subject followed by the new question, kept to a bounded length. */
export function combine(previous: string, question: string): string {
  const joined = `${previous} ${question}`.trim().split(/\s+/);
  return joined.slice(-MAX_RESOLVED_WORDS).join(' ');
}
