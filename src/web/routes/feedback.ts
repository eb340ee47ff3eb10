import type { FastifyInstance } from 'fastify';
import { ApiError } from '../api-error.js';
import { checkWebRateLimit } from '../answer-web-question.js';
import { errorResponses, feedbackBodySchema } from '../schemas.js';
import type { WebContext } from '../web-context.js';

/** `POST /api/feedback`: a 👍/👎 vote on a recent answer, appended to FEEDBACK_FILE. */
export function registerFeedbackRoute(app: FastifyInstance, ctx: WebContext): void {
  app.post<{ Body: { answerId: string; vote: 'up' | 'down' } }>(
    '/api/feedback',
    {
      schema: {
        summary: 'Vote on an answer',
        description: 'Appends {question, answerId, vote, time, user} to FEEDBACK_FILE; user is a salted hash of the client address.',
        body: feedbackBodySchema,
        response: {
          200: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['recorded'] } } },
          ...errorResponses(400, 401, 404, 413, 415, 429),
        },
      },
    },
    async (request) => {
      const { answerId, vote } = request.body;
      const question = ctx.answers.get(answerId);
      if (question === undefined) throw new ApiError('answer_not_found');
      // Votes have their own budget (as many per minute as questions), so nobody can flood the file.
      checkWebRateLimit(ctx, `vote:${request.ip}`);
      await ctx.feedback.record({ question, answerId, vote, userId: `web:${request.ip}` });
      return { status: 'recorded' as const };
    },
  );
}
