import type { FastifyInstance } from 'fastify';
import { healthSchema } from '../schemas.js';
import type { WebContext } from '../web-context.js';

/** `GET /healthz`: liveness and the size of the live index (no token needed). */
export function registerHealthRoute(app: FastifyInstance, ctx: WebContext): void {
  app.get(
    '/healthz',
    { schema: { summary: 'Health check', description: 'No token needed.', response: { 200: healthSchema } } },
    async () => ({ status: 'ok' as const, passages: ctx.service.info().passages }),
  );
}
