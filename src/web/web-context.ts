import type { AnswerService } from '../answer/types.js';
import { BoundedMap } from '../bot/bounded-map.js';
import { ConversationStore } from '../bot/conversation-store.js';
import { FeedbackLog } from '../bot/feedback-log.js';
import { InFlight } from '../bot/in-flight.js';
import { SlidingWindowRateLimiter } from '../bot/rate-limiter.js';
import { Semaphore } from '../bot/semaphore.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** Conversations kept at most, and how long an idle one lives (as in Discord). */
const MAX_CONVERSATIONS = 1000;
const CONVERSATION_TTL_MS = 30 * 60_000;

/** State shared by the web routes, built once by {@link createWebContext}; every memory is bounded. */
export interface WebContext {
  config: Config;
  service: AnswerService;
  logger: Logger;
  /** Questions per client address per minute (RATE_LIMIT_PER_MINUTE); `undefined` disables it (benchmarks). */
  rateLimiter: SlidingWindowRateLimiter | undefined;
  answerSlots: Semaphore;
  /** Recent turns per conversation id (HISTORY_TURNS). */
  conversations: ConversationStore;
  /** Conversation ids this server issued and that have not expired. */
  liveConversations: BoundedMap<string, true>;
  /** answerId → question, for feedback; 24 h. */
  answers: BoundedMap<string, string>;
  feedback: FeedbackLog;
  inFlight: InFlight;
}

export interface WebContextDeps {
  config: Config;
  service: AnswerService;
  logger: Logger;
  now?: () => number;
  /** `false` turns the per-client question limit off (load tests on loopback). Default true. */
  rateLimit?: boolean;
}

export function createWebContext(deps: WebContextDeps): WebContext {
  const { config, service, logger, now } = deps;
  return {
    config,
    service,
    logger,
    rateLimiter: deps.rateLimit === false ? undefined : new SlidingWindowRateLimiter({ limit: config.RATE_LIMIT_PER_MINUTE, now }),
    answerSlots: new Semaphore(config.MAX_CONCURRENT_ANSWERS),
    conversations: new ConversationStore({ maxTurns: config.HISTORY_TURNS, maxConversations: MAX_CONVERSATIONS, ttlMs: CONVERSATION_TTL_MS, now }),
    liveConversations: new BoundedMap({ maxEntries: MAX_CONVERSATIONS, ttlMs: CONVERSATION_TTL_MS, now }),
    answers: new BoundedMap({ maxEntries: 5000, ttlMs: 24 * 3_600_000, now }),
    feedback: new FeedbackLog(config.FEEDBACK_FILE, config.FEEDBACK_SALT, now),
    inFlight: new InFlight(),
  };
}
