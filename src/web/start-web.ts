import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { createWebApp } from './create-web-app.js';
import { isLoopbackHost } from './is-loopback-host.js';
import type { WebContextDeps } from './web-context.js';

/** Port `npm run web` uses when WEB_PORT is not set. */
export const DEFAULT_WEB_PORT = 3000;

export interface WebHandle {
  app: FastifyInstance;
  /** Base URL, e.g. `http://127.0.0.1:3000`. */
  url: string;
  port: number;
  /** Refuses new questions, waits (bounded) for answers in flight, closes the server. Idempotent. */
  stop(): Promise<void>;
}

export interface StartWebDeps extends WebContextDeps {
  /** How long `stop()` waits for answers in flight (ms); default 10,000. */
  stopTimeoutMs?: number;
}

/**
 * Starts the web chat and API on WEB_HOST:WEB_PORT (default port {@link DEFAULT_WEB_PORT}).
 * @throws {AppError} `WEB_TOKEN_REQUIRED` when WEB_HOST is not loopback and WEB_TOKEN is unset,
 *   `WEB_PORT_IN_USE`, `WEB_LISTEN_FAILED`.
 */
export async function startWeb(deps: StartWebDeps): Promise<WebHandle> {
  const { config, logger } = deps;
  const host = config.WEB_HOST;
  const port = config.WEB_PORT ?? DEFAULT_WEB_PORT;
  if (!config.WEB_TOKEN && !isLoopbackHost(host)) throw new AppError('WEB_TOKEN_REQUIRED', { host });
  const { app, ctx } = await createWebApp(deps);
  try {
    await app.listen({ host, port });
  } catch (error) {
    await app.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE') throw new AppError('WEB_PORT_IN_USE', { host, port }, { cause: error });
    throw new AppError('WEB_LISTEN_FAILED', { host, port, reason: String(code ?? (error as Error).message) }, { cause: error });
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${actualPort}`;
  logger.info('web chat listening', { url, token: config.WEB_TOKEN ? 'required' : 'none' });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      ctx.inFlight.close();
      const drained = await ctx.inFlight.drain(deps.stopTimeoutMs ?? 10_000);
      if (!drained) logger.warn('web server stopped with answers still in flight', { inFlight: ctx.inFlight.size });
      await app.close();
    })());
  return { app, url, port: actualPort, stop };
}
