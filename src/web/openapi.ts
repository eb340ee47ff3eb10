import { sharedSchemas } from './schemas.js';

/** What {@link buildOpenApi} needs of a route (Fastify's `onRoute` options fit). */
export interface RouteDoc {
  method: string | string[];
  url: string;
  schema?: {
    summary?: string;
    description?: string;
    body?: unknown;
    params?: unknown;
    querystring?: unknown;
    response?: Record<string | number, unknown>;
    eventStream?: string;
  };
}

/** `Citation#` (Fastify's shared-schema reference) → `#/components/schemas/Citation`. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) =>
        k === '$ref' && typeof v === 'string' ? [k, `#/components/schemas/${v.replace(/#$/, '')}`] : k === '$id' ? [k, undefined] : [k, rewriteRefs(v)],
      ).filter(([, v]) => v !== undefined),
    );
  }
  return value;
}

function parameters(schema: unknown, where: 'path' | 'query'): unknown[] {
  const s = schema as { properties?: Record<string, unknown>; required?: string[] } | undefined;
  return Object.entries(s?.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === 'path' || (s?.required ?? []).includes(name),
    schema: rewriteRefs(prop),
  }));
}

/**
 * The OpenAPI 3.1 description of the documented routes (those whose schema has a `summary`),
 * built from the same schemas Fastify validates with.
 */
export function buildOpenApi(routes: RouteDoc[], info: { title: string; version: string; bearer: boolean }): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const schema = route.schema;
    if (!schema?.summary) continue;
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      const responses = Object.fromEntries(
        Object.entries(schema.response ?? {}).map(([status, body]) => [
          status,
          {
            description: status.startsWith('2') ? 'OK' : 'Error',
            content: {
              'application/json': { schema: rewriteRefs(body) },
              ...(status === '200' && schema.eventStream ? { 'text/event-stream': { schema: { type: 'string', description: schema.eventStream } } } : {}),
            },
          },
        ]),
      );
      paths[path] ??= {};
      paths[path]![method.toLowerCase()] = {
        summary: schema.summary,
        ...(schema.description ? { description: schema.description } : {}),
        parameters: [...parameters(schema.params, 'path'), ...parameters(schema.querystring, 'query')],
        ...(schema.body ? { requestBody: { required: true, content: { 'application/json': { schema: rewriteRefs(schema.body) } } } } : {}),
        responses,
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: info.title, version: info.version },
    paths,
    components: {
      schemas: Object.fromEntries(sharedSchemas.map((s) => [s.$id, rewriteRefs(s)])),
      ...(info.bearer ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
    },
    ...(info.bearer ? { security: [{ bearer: [] }] } : {}),
  };
}

declare module 'fastify' {
  interface FastifySchema {
    /** One line for the OpenAPI description; routes without one are left out of it. */
    summary?: string;
    description?: string;
    /** Set when the 200 response can also be `text/event-stream`: what the events are. */
    eventStream?: string;
  }
}
