import type { FastifyInstance } from 'fastify';
import type { Lang } from '../../answer/types.js';
import { ApiError } from '../api-error.js';
import { answerWebQuestion, checkWebRateLimit } from '../answer-web-question.js';
import { errorResponses, idParamsSchema, langQuerySchema } from '../schemas.js';
import { toApiAnswer } from '../to-api-answer.js';
import type { WebContext } from '../web-context.js';

/** `GET /api/topics` (the list) and `GET /api/topics/:id` (a cited overview of one topic). */
export function registerTopicRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get(
    '/api/topics',
    {
      schema: {
        summary: 'List the topics',
        response: { 200: { type: 'array', items: { $ref: 'Topic#' } }, ...errorResponses(401) },
      },
    },
    async () => ctx.service.topics(),
  );
  app.get<{ Params: { id: string }; Querystring: { lang?: Lang } }>(
    '/api/topics/:id',
    {
      schema: {
        summary: 'Overview of one topic',
        description: 'A cited overview of the topic, in the same shape as an answer (without conversationId).',
        params: idParamsSchema,
        querystring: langQuerySchema,
        response: { 200: { $ref: 'Answer#' }, ...errorResponses(401, 404, 429) },
      },
    },
    async (request) => {
      const { id } = request.params;
      if (!ctx.service.topics().some((t) => t.id === id)) throw new ApiError('topic_not_found');
      // An overview is computed like an answer, so it counts as a question.
      checkWebRateLimit(ctx, request.ip);
      const answer = await answerWebQuestion(ctx, () => ctx.service.topicOverview(id, request.query.lang));
      if (!answer) throw new ApiError('topic_not_found');
      return toApiAnswer(answer);
    },
  );
}
