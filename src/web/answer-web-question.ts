import type { Answer, AskOptions } from '../answer/types.js';
import { turnOf } from '../answer/turn-of.js';
import { ApiError } from './api-error.js';
import type { WebContext } from './web-context.js';

/**
 * Runs one answer inside the concurrency cap and tracked for shutdown, then remembers it for
 * feedback and (with a conversation id) as the conversation's newest turn.
 * @throws {ApiError} `shutting_down` once the server has begun to stop.
 */
export async function answerWebQuestion(
  ctx: WebContext,
  compute: (options: AskOptions) => Promise<Answer | undefined>,
  conversationId?: string,
): Promise<Answer | undefined> {
  if (ctx.inFlight.closed) throw new ApiError('shutting_down');
  const history = conversationId ? ctx.conversations.history(conversationId) : [];
  const answer = await ctx.inFlight.track(ctx.answerSlots.run(() => compute(history.length > 0 ? { history } : {})));
  if (!answer) return undefined;
  ctx.answers.set(answer.id, answer.question);
  if (conversationId) {
    ctx.conversations.add(conversationId, turnOf(answer));
  }
  return answer;
}

/** @throws {ApiError} `rate_limited` with `Retry-After` (seconds) when `client` asked too often. */
export function checkWebRateLimit(ctx: WebContext, client: string): void {
  const decision = ctx.rateLimiter?.take(client);
  if (decision && !decision.ok) {
    const seconds = Math.ceil(decision.retryAfterMs / 1000);
    throw new ApiError(
      'rate_limited',
      `Too many ${client.startsWith('vote:') ? 'votes' : 'questions'} from this client (limit: ${ctx.config.RATE_LIMIT_PER_MINUTE} per minute). Try again in ${seconds} s.`,
      { 'retry-after': String(seconds) },
    );
  }
}
