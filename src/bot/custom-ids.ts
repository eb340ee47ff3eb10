import { createHash } from 'node:crypto';
import { DISCORD_LIMITS } from './format/limits.js';

/**
 * Button custom ids (at most 100 characters). A "show source" button carries the passage id
 * itself when it fits (so it keeps working after a restart), otherwise a short answer key plus
 * the citation number, resolved through the bot's bounded answer memory.
 */
export type ButtonAction =
  | { kind: 'source'; passageId: string }
  | { kind: 'source-ref'; answerKey: string; n: number }
  | { kind: 'feedback'; vote: 'up' | 'down'; answerKey: string };

/** A short, custom-id-safe key for an answer id (the id itself when short and plain). */
export function answerKeyFor(answerId: string): string {
  if (/^[\w-]{1,40}$/.test(answerId)) return answerId;
  return 'h' + createHash('sha256').update(answerId).digest('base64url').slice(0, 22);
}

export function sourceButtonId(passageId: string, answerKey: string, n: number): string {
  const direct = `src:p:${passageId}`;
  return direct.length <= DISCORD_LIMITS.customId ? direct : `src:a:${answerKey}:${n}`;
}

export function feedbackButtonId(vote: 'up' | 'down', answerKey: string): string {
  return `fb:${vote}:${answerKey}`;
}

/** Parses a custom id made by this module; `undefined` for anything else. */
export function parseButtonId(customId: string): ButtonAction | undefined {
  if (customId.startsWith('src:p:') && customId.length > 6) return { kind: 'source', passageId: customId.slice(6) };
  const ref = /^src:a:([\w-]+):(\d+)$/.exec(customId);
  if (ref) return { kind: 'source-ref', answerKey: ref[1]!, n: Number(ref[2]) };
  const fb = /^fb:(up|down):([\w-]+)$/.exec(customId);
  if (fb) return { kind: 'feedback', vote: fb[1] as 'up' | 'down', answerKey: fb[2]! };
  return undefined;
}
