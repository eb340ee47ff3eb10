import type { Answer, AnswerService, Lang } from '../answer/types.js';
import { turnOf } from '../answer/turn-of.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { BoundedMap } from './bounded-map.js';
import { ConversationStore } from './conversation-store.js';
import { answerKeyFor } from './custom-ids.js';
import { FeedbackLog } from './feedback-log.js';
import { buildAnswerMessage, type AnswerMessage } from './format/answer-message.js';
import { InFlight } from './in-flight.js';
import { SlidingWindowRateLimiter } from './rate-limiter.js';
import { ReindexRunner } from './reindex-runner.js';
import { Semaphore } from './semaphore.js';
import { BotUserError } from './user-error.js';

/** What the bot remembers about an answer it sent, for its buttons. */
export interface RememberedAnswer {
  answerId: string;
  question: string;
  /** Passage id per citation number. */
  passages: Record<number, string>;
}

/** Everything handlers need, built once by {@link createBotContext}. */
export interface BotContext {
  config: Config;
  service: AnswerService;
  logger: Logger;
  rateLimiter: SlidingWindowRateLimiter;
  answerSlots: Semaphore;
  conversations: ConversationStore;
  /** answer key (see custom-ids) → answer facts; bounded, 24 h. */
  answers: BoundedMap<string, RememberedAnswer>;
  reindex: ReindexRunner;
  feedback: FeedbackLog;
  inFlight: InFlight;
}

export function createBotContext(deps: { config: Config; service: AnswerService; logger: Logger; now?: () => number }): BotContext {
  const { config, service, logger, now } = deps;
  return {
    config,
    service,
    logger,
    rateLimiter: new SlidingWindowRateLimiter({ limit: config.RATE_LIMIT_PER_MINUTE, now }),
    answerSlots: new Semaphore(config.MAX_CONCURRENT_ANSWERS),
    conversations: new ConversationStore({ maxTurns: config.HISTORY_TURNS, now }),
    answers: new BoundedMap({ maxEntries: 5000, ttlMs: 24 * 3_600_000, now }),
    reindex: new ReindexRunner(service),
    feedback: new FeedbackLog(config.FEEDBACK_FILE, config.FEEDBACK_SALT, now),
    inFlight: new InFlight(),
  };
}

/** @throws {BotUserError} with the retry time when `userId` asked too often. */
export function checkRateLimit(ctx: BotContext, userId: string): void {
  const decision = ctx.rateLimiter.take(userId);
  if (!decision.ok) {
    const seconds = Math.ceil(decision.retryAfterMs / 1000);
    throw new BotUserError((m) => m.rateLimited(seconds));
  }
}

/**
 * Computes an answer inside the concurrency cap (with the conversation's history), remembers the
 * turn and the answer's passages, and returns the Discord message for it in `lang`.
 */
export async function answerQuestion(
  ctx: BotContext,
  req: {
    question: string;
    conversation: string | undefined;
    lang: Lang | undefined;
    compute?: () => Promise<Answer | undefined>;
    /** Receives the growing, unchecked text when the service streams (LLM configured). */
    onPartial?: (text: string) => void;
  },
): Promise<AnswerMessage | undefined> {
  const history = req.conversation ? ctx.conversations.history(req.conversation) : [];
  const options = history.length > 0 ? { history } : {};
  const { service } = ctx;
  const streaming = req.onPartial && service.askStream ? req.onPartial : undefined;
  const answer = await ctx.answerSlots.run(
    req.compute ??
      (() => (streaming ? service.askStream!(req.question, options, streaming) : service.ask(req.question, options))),
  );
  if (!answer) return undefined;
  if (req.conversation) {
    ctx.conversations.add(req.conversation, turnOf(answer));
  }
  ctx.answers.set(answerKeyFor(answer.id), {
    answerId: answer.id,
    question: answer.question,
    passages: Object.fromEntries(answer.citations.map((c) => [c.n, c.passageId])),
  });
  return buildAnswerMessage(answer, ctx.service.info(), req.lang ?? answer.lang);
}
