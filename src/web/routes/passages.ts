import type { FastifyInstance } from 'fastify';
import { ApiError } from '../api-error.js';
import { errorResponses, idParamsSchema } from '../schemas.js';
import { toApiPassage } from '../to-api-answer.js';
import type { WebContext } from '../web-context.js';

/** `GET /api/passages/:id`: the whole passage a citation quotes from. */
export function registerPassageRoute(app: FastifyInstance, ctx: WebContext): void {
  app.get<{ Params: { id: string } }>(
    '/api/passages/:id',
    {
      schema: {
        summary: 'Get a whole passage',
        description: 'The full text of a cited passage (citations[].passageId).',
        params: idParamsSchema,
        response: { 200: { $ref: 'Passage#' }, ...errorResponses(401, 404) },
      },
    },
    async (request) => {
      const passage = ctx.service.passage(request.params.id);
      if (!passage) throw new ApiError('passage_not_found');
      return toApiPassage(passage);
    },
  );
}
