import type { AnswerService } from '../answer/types.js';
import type { Logger } from '../logger.js';
import { createChatModel, describeModel, type LlmConfig } from './create-chat-model.js';
import { GroundedAnswerService } from './grounded-answer-service.js';

/**
 * The answer service front ends use: `inner` itself (extractive answers, the default) unless
 * LLM_BASE_URL and LLM_MODEL are set, then `inner` wrapped in a {@link GroundedAnswerService}.
 * Does not contact the model (a model that is down must not keep the bot from starting).
 */
export function withOptionalLlm(inner: AnswerService, config: LlmConfig, logger: Logger): AnswerService {
  const model = createChatModel(config);
  if (!model) return inner;
  const modelName = describeModel(config);
  logger.info('Generated answers enabled (checked against the cited passages)', { model: modelName });
  return new GroundedAnswerService({ inner, model, logger, timeoutMs: config.LLM_TIMEOUT_MS, modelName, secrets: [config.LLM_API_KEY] });
}
