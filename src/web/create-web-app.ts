import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { ApiError, type ApiErrorCode } from './api-error.js';
import { buildOpenApi, type RouteDoc } from './openapi.js';
import { registerAskRoute } from './routes/ask.js';
import { registerFeedbackRoute } from './routes/feedback.js';
import { registerHealthRoute } from './routes/health.js';
import { registerPageRoutes } from './routes/page.js';
import { registerPassageRoute } from './routes/passages.js';
import { registerTopicRoutes } from './routes/topics.js';
import { sharedSchemas } from './schemas.js';
import { createWebContext, type WebContext, type WebContextDeps } from './web-context.js';

/** Largest accepted request body (bytes); larger ones get 413. */
export const BODY_LIMIT_BYTES = 16 * 1024;

/**
 * Strict policy: only this origin's script, style, images and fetches; no inline script or
 * style, no framing, no plugins. Document and user text is only ever set as text by app.js.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Fastify's own error codes for bodies it refuses, mapped to the API's codes. */
const FASTIFY_ERRORS: Record<string, ApiErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
};

/** Answers on the raw response (router errors that come before Fastify's reply exists). */
function sendRaw(res: ServerResponse, error: ApiError): void {
  res.writeHead(error.status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(error.toBody()));
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Whether a matched route pattern belongs to the API (unmatched requests have none). */
function isApiRoute(route: string | undefined): boolean {
  return route !== undefined && route.startsWith('/api/');
}

/** Routes under /api/ that need no token. */
const PUBLIC_API = new Set(['/api/openapi.json']);

/**
 * The web server's routes over one answer service: the page, the JSON API with its OpenAPI
 * description, token check (WEB_TOKEN), per-client rate limit, security headers and JSON errors.
 * Does not listen; see `startWeb`.
 */
export async function createWebApp(deps: WebContextDeps): Promise<{ app: FastifyInstance; ctx: WebContext }> {
  const ctx = createWebContext(deps);
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    // The page and the API never take more; long-polling clients cannot hold sockets forever.
    requestTimeout: 120_000,
    routerOptions: {
      // Merged citations have long ids (`a+b`); nothing legitimate is longer.
      maxParamLength: 2000,
      // The router answers these before any hook runs: same JSON shape and headers as all errors.
      onBadUrl: (_path, _req, res) => sendRaw(res, new ApiError('invalid_request', 'The URL is not valid (bad percent-encoding).')),
      onMaxParamLength: (_path, _req, res) => sendRaw(res, new ApiError('uri_too_long')),
    },
    // Reject `{"question": 42}` instead of turning it into "42"; drop unknown properties.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: true, allErrors: false } },
  });
  for (const schema of sharedSchemas) app.addSchema(schema);
  // JSON only: a text/plain body gets 415 instead of reaching the schema as a string.
  app.removeContentTypeParser('text/plain');

  const routes: RouteDoc[] = [];
  app.addHook('onRoute', (route) => void routes.push(route as RouteDoc));

  const receivedAt = new WeakMap<object, number>();
  app.addHook('onRequest', async (request) => void receivedAt.set(request, performance.now()));
  const expected = ctx.config.WEB_TOKEN ? digest(`Bearer ${ctx.config.WEB_TOKEN}`) : undefined;
  app.addHook('onRequest', async (request) => {
    if (!expected) return;
    // Decide by the route that matched, not the raw URL: `/%61pi/topics` is routed to /api/topics.
    const route = request.routeOptions.url;
    if (!isApiRoute(route) || PUBLIC_API.has(route!)) return;
    // Compare digests in constant time, so the token cannot be guessed byte by byte.
    if (!timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) throw new ApiError('unauthorized');
  });

  app.addHook('onSend', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (isApiRoute(request.routeOptions.url) || reply.statusCode >= 400) {
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      // Time spent in the server until the response is sent (ms), for operators and `npm run bench:web`.
      const started = receivedAt.get(request);
      if (started !== undefined) reply.header('server-timing', `app;dur=${(performance.now() - started).toFixed(2)}`);
    }
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    let apiError: ApiError;
    if (error instanceof ApiError) apiError = error;
    else if (error.validation) {
      const first = error.validation[0];
      const where = error.validationContext ?? 'body';
      const field = first?.instancePath ? `${where}${first.instancePath.replace(/\//g, '.')}` : where;
      apiError = new ApiError('invalid_request', `Invalid request: ${field} ${first?.message ?? 'is invalid'}.`);
    } else if (error.code && FASTIFY_ERRORS[error.code]) apiError = new ApiError(FASTIFY_ERRORS[error.code]!);
    else if (error.statusCode === 405) apiError = new ApiError('method_not_allowed');
    else {
      ctx.logger.error('web request failed', { method: request.method, url: request.url.split('?')[0], error });
      apiError = new ApiError('internal');
    }
    if (apiError.code === 'unauthorized') reply.header('www-authenticate', 'Bearer');
    return reply.code(apiError.status).headers(apiError.headers).send(apiError.toBody());
  });
  app.setNotFoundHandler((_request, reply) => {
    const error = new ApiError('not_found');
    return reply.code(error.status).send(error.toBody());
  });

  registerPageRoutes(app);
  registerHealthRoute(app, ctx);
  registerAskRoute(app, ctx);
  registerPassageRoute(app, ctx);
  registerTopicRoutes(app, ctx);
  registerFeedbackRoute(app, ctx);
  let openApi: unknown;
  app.get('/api/openapi.json', async () => {
    openApi ??= buildOpenApi(routes, { title: 'egov-docs-bot API', version: '1', bearer: !!expected });
    return openApi;
  });
  await app.ready();
  return { app, ctx };
}
